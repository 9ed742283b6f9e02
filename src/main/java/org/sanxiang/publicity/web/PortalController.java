package org.sanxiang.publicity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.sanxiang.process.Problem;
import org.sanxiang.publicity.AnnualStatistics;
import org.sanxiang.publicity.PublicPortal;
import org.sanxiang.publicity.PublicProcedures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/** The public portal (行政执法公示平台): Chinese pages, no login (G118; RULES §3). */
@Controller
@RequiredArgsConstructor
class PortalController {

    private final PublicPortal portal;
    private final PublicProcedures procedures;
    private final AnnualStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/portal")
    String home(Model model) {
        model.addAttribute("bodies", portal.bodiesWithRemedies());
        model.addAttribute("latest", portal.decisions(null, 0, 5));
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        return "portal/home";
    }

    @GetMapping("/portal/decisions")
    String decisions(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", portal.decisions(q, page, size));
        return "portal/decisions";
    }

    @GetMapping("/portal/decisions/{number}")
    String decision(@PathVariable String number, Model model) {
        model.addAttribute("d", portal.decision(number));
        return "portal/decision";
    }

    @GetMapping("/portal/withdrawals")
    String withdrawals(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("result", portal.withdrawals(page, size));
        return "portal/withdrawals";
    }

    @GetMapping("/portal/officers")
    String officers(Model model) {
        model.addAttribute("officers", portal.officers());
        return "portal/officers";
    }

    @GetMapping("/portal/certificates")
    String certificate(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("asked", number != null && !number.isBlank());
        model.addAttribute("certificate", portal.certificate(number).orElse(null));
        return "portal/certificates";
    }

    @GetMapping("/portal/powers")
    String powers(Model model) {
        model.addAttribute("powers", portal.powers());
        return "portal/powers";
    }

    /** 执法流程: every deployed procedure, read from the engine. */
    @GetMapping("/portal/procedures")
    String procedures(Model model) {
        model.addAttribute("procedures", procedures.list());
        return "portal/procedures";
    }

    /** One procedure: its diagram (drawn by the read-only viewer from the deployed model) and its steps. */
    @GetMapping("/portal/procedures/{key}")
    String procedure(@PathVariable String key, Model model) {
        model.addAttribute("p", procedures.procedure(key));
        return "portal/procedure";
    }

    /** The deployed BPMN 2.0 XML with its diagram, for the viewer (and for anyone who wants the model). */
    @GetMapping(value = "/portal/procedures/{key}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> diagram(@PathVariable String key) {
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(procedures.diagram(key));
    }

    /** 随机抽查事项清单 (双随机、一公开). */
    @GetMapping("/portal/inspections")
    String inspections(Model model) {
        model.addAttribute("inspections", portal.inspections());
        return "portal/inspections";
    }

    /** 记录校验点: the signed chain heads and how to check them. */
    @GetMapping("/portal/checkpoints")
    String checkpoints(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("result", portal.checkpoints(page, size));
        model.addAttribute("officeKey", portal.checkpointKey());
        model.addAttribute("officeKeyPem", pem(portal.checkpointKey()));
        return "portal/checkpoints";
    }

    /** The lines whose SHA-256 is the checkpoint's digest. */
    @GetMapping(value = "/portal/checkpoints/{id}/heads.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    ResponseEntity<String> checkpointHeads(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.US_ASCII))
                .body(portal.checkpointHeads(id));
    }

    static String pem(String base64) {
        StringBuilder s = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            s.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return s.append("-----END PUBLIC KEY-----\n").toString();
    }

    @GetMapping("/portal/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("s", statistics.of(y));
        return "portal/statistics";
    }

    /** Unknown numbers: a 404 page; bad paging or year: a 400 page — never a 500. */
    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem p) {
        return error(p.status(), messages.getMessage(p.messageCode(), p.args(), p.getMessage(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, messages.getMessage("ui.error.400.detail", null, LocaleContextHolder.getLocale()));
    }

    private static ModelAndView error(HttpStatus status, String message) {
        ModelAndView mav = new ModelAndView("portal/error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        return mav;
    }
}
