package org.sanxiang.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.CasesProperties;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerAdministration;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's view of the power lists and the catalogue thresholds in force (read-only: set in configuration). */
@WorkspacePage
class CataloguePages {

    private final CasesProperties thresholds;
    private final OfficerDirectory directory;
    private final OfficerAdministration administration;

    CataloguePages(CasesProperties thresholds, OfficerDirectory directory, OfficerAdministration administration) {
        this.thresholds = thresholds;
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping("/admin/catalogue")
    String catalogue(Actor actor, Model model) {
        Map<EnforcementBody, List<Matter>> powerLists = new LinkedHashMap<>();
        administration.officers(null, 0, 200, actor).items().stream().map(Officer::bodyId).distinct()
                .forEach(id -> powerLists.put(directory.body(id), directory.powerList(id)));
        model.addAttribute("t", thresholds);
        model.addAttribute("powerLists", powerLists);
        return "admin/catalogue";
    }
}
