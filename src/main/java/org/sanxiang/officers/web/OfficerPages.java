package org.sanxiang.officers.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.sanxiang.officers.CertificateStatus;
import org.sanxiang.officers.OfficerAdministration;
import org.sanxiang.officers.OfficerCsv;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/** The administrator's page of officers and certificates, with the CSV import of either (RULES §6). */
@WorkspacePage
@RequiredArgsConstructor
class OfficerPages {

    private final OfficerAdministration administration;
    private final OfficerCsv csv;
    private final ProblemText text;

    @GetMapping("/admin/officers")
    String officers(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) CertificateStatus status,
            Actor actor, Model model) {
        model.addAttribute("officers", administration.officers(null, 0, 200, actor));
        model.addAttribute("certificates", administration.certificates(null, status, page, 50, actor));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CertificateStatus.values());
        model.addAttribute("officerColumns", String.join(",", OfficerCsv.OFFICER_COLUMNS));
        model.addAttribute("certificateColumns", String.join(",", OfficerCsv.CERTIFICATE_COLUMNS));
        return "admin/officers";
    }

    @PostMapping("/admin/officers/import")
    String importCsv(@RequestParam String kind, @RequestParam("file") MultipartFile file, Actor actor,
            RedirectAttributes redirect) throws IOException {
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            int rows = "certificates".equals(kind) ? csv.importCertificates(content, actor) : csv.importOfficers(content, actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.imported", rows));
        } catch (Problem p) {
            text.flash(redirect, p);
        }
        return "redirect:/admin/officers";
    }
}
