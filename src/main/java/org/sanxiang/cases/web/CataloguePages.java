package org.sanxiang.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.CasesProperties;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/** The administrator's view of the power lists and the catalogue thresholds in force (read-only: set in configuration). */
@WorkspacePage
@RequiredArgsConstructor
class CataloguePages {

    private final CasesProperties thresholds;
    private final OfficerDirectory directory;

    @GetMapping("/admin/catalogue")
    String catalogue(Model model) {
        Map<EnforcementBody, List<Matter>> powerLists = new LinkedHashMap<>();
        directory.bodies().forEach(b -> powerLists.put(b, directory.powerList(b.id())));
        model.addAttribute("t", thresholds);
        model.addAttribute("powerLists", powerLists);
        return "admin/catalogue";
    }
}
