package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.StepInput;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives a new case of the demo office to the step an endpoint needs, through the JSON API as the
 * people who act in it (张伟 handles, 刘洋 decides, 陈静 reviews), with the inputs of {@link Scenario}.
 */
final class CaseAtStep {

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final Scenario scenario;

    CaseAtStep(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc, Scenario scenario) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.scenario = scenario;
    }

    /** The task key a step endpoint ({@code POST /api/cases/{caseId}/steps/<path>}) completes. */
    static String taskOf(String path) {
        return org.sanxiang.cases.Step.byPath(path).orElseThrow().taskKey();
    }

    /** A new case whose current step is the one {@code path} completes (its case id). */
    long at(String path) throws Exception {
        long id;
        switch (path) {
            case "summary-execution" -> id = summary(PenaltyType.FINE, new BigDecimal("200"));
            case "summary-filing" -> id = summary(PenaltyType.WARNING, null);
            case "filing-approval" -> id = lead();
            default -> id = general(path);
        }
        assertThat(currentStep(id)).as("case %d driven to %s", id, path).isEqualTo(taskOf(path));
        return id;
    }

    private long general(String path) throws Exception {
        long id = lead();
        step(id, "filing-approval", new StepInput.FilingApproval(true, "同意立案"), "liuyang");
        if (path.equals("investigation")) {
            return id;
        }
        if (path.equals("seizure")) {
            call("zhangwei", "/api/cases/" + id + "/seizures", Map.of("measure", "SEAL_UP", "reason", "防止证据损毁"), 201);
            return id;
        }
        call("zhangwei", "/api/cases/" + id + "/investigation-records", scenario.onSiteRecord(), 201);
        step(id, "investigation", new StepInput.InvestigationDone("现场检查一次"), "zhangwei");
        if (path.equals("investigation-end")) {
            return id;
        }
        if (path.equals("transfer")) {
            step(id, "investigation-end", Scenario.outcome(InvestigationOutcome.TRANSFER), "zhangwei");
            return id;
        }
        boolean major = path.equals("legal-review") || path.equals("collective-discussion") || path.equals("hearing");
        BigDecimal fine = new BigDecimal(major ? "6000" : "1000");
        step(id, "investigation-end", Scenario.penalty(fine), "zhangwei");
        if (major) {
            String task = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                    String.class, id);
            call("chenjing", "/api/tasks/" + task + "/claim", null, 204);
            if (path.equals("legal-review")) {
                return id;
            }
            if (path.equals("collective-discussion")) {
                step(id, "legal-review", Scenario.review(ReviewOutcome.DISAGREE, "裁量过重", null), "chenjing");
                return id;
            }
            step(id, "legal-review", Scenario.review(ReviewOutcome.AGREE, "同意", null), "chenjing");
        }
        if (path.equals("prior-notice")) {
            return id;
        }
        step(id, "prior-notice", Scenario.notice(fine), "zhangwei");
        if (path.equals("statement-defence")) {
            return id;
        }
        step(id, "statement-defence", Scenario.statement(path.equals("hearing")), "zhangwei");
        if (path.equals("hearing")) {
            call("zhangwei", "/api/cases/" + id + "/hearing-notice", Scenario.hearingNotice(scenario.officerId("wangfang")), 201);
        }
        if (path.equals("hearing") || path.equals("head-decision")) {
            return id;
        }
        step(id, "head-decision", Scenario.decision(fine), "liuyang");
        if (path.equals("service")) {
            return id;
        }
        step(id, "service", Scenario.served(), "zhangwei");
        if (path.equals("execution")) {
            return id;
        }
        step(id, "execution", Scenario.paid(fine), "zhangwei");
        if (path.equals("closing")) {
            return id;
        }
        step(id, "closing", Scenario.closing(), "zhangwei");
        return id; // archive
    }

    /** A case registered by 张伟 and waiting for the head's filing approval. */
    long lead() throws Exception {
        MvcResult r = call("zhangwei", "/api/cases", scenario.lead(Scenario.person()), 201);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private long summary(PenaltyType type, BigDecimal fine) throws Exception {
        var input = new org.sanxiang.cases.SummaryDecisionInput(scenario.bodyId(), scenario.matterId("GF-002"), "未分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), type, fine);
        MvcResult r = call("zhangwei", "/api/summary-cases", input, 201);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    /** The input of a step endpoint that passes its checks on a case at that step. */
    static Object inputOf(String path, Scenario scenario) {
        return switch (path) {
            case "filing-approval" -> new StepInput.FilingApproval(true, "同意立案");
            case "investigation" -> new StepInput.InvestigationDone("现场检查一次");
            case "investigation-end" -> Scenario.penalty(new BigDecimal("1000"));
            case "legal-review" -> Scenario.review(ReviewOutcome.AGREE, "同意", null);
            case "collective-discussion" -> new StepInput.CollectiveDiscussion(Scenario.today(), List.of("刘洋", "张某", "李某"),
                    "讨论后维持处罚意见", InvestigationOutcome.PENALTY);
            case "prior-notice" -> Scenario.notice(new BigDecimal("1000"));
            case "statement-defence" -> Scenario.statement(false);
            case "hearing" -> new StepInput.Hearing(scenario.officerId("wangfang"), Scenario.today(), true, "听证笔录");
            case "head-decision" -> Scenario.decision(new BigDecimal("1000"));
            case "service" -> Scenario.served();
            case "execution" -> Scenario.paid(new BigDecimal("1000"));
            case "transfer" -> new StepInput.Transfer("某县公安局", Scenario.today(), "涉嫌犯罪");
            case "closing" -> Scenario.closing();
            case "archive" -> Scenario.archive();
            case "summary-execution" -> new StepInput.SummaryExecution(new BigDecimal("200"), Scenario.today(), "NO.9");
            case "summary-filing" -> new StepInput.SummaryFiling(Scenario.today(), "SZZ-J-2");
            case "seizure" -> new StepInput.Seizure(StepInput.CoercionMeasure.SEAL_UP, Scenario.today(), "三张镇人民路 18 号门前",
                    List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002"),
                    "负责人刘洋批准（审批单 2026-07）", "依据《行政强制法》第九条、第二十二条、第二十三条查封；不服可申请复议或提起诉讼。",
                    List.of("摊位车 1 辆"), 30, "执法人员出示证件，告知当事人理由、依据和权利，当事人未提出异议。", true, null);
            default -> throw new IllegalArgumentException(path);
        };
    }

    String currentStep(long caseId) {
        return jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, caseId);
    }

    private void step(long caseId, String path, Object input, String user) throws Exception {
        call(user, "/api/cases/" + caseId + "/steps/" + path, input, 200);
    }

    /** A case whose seizure (查封) was started and recorded: its 30-day period runs (ACL Art. 25). */
    long withSeizureRunning() throws Exception {
        long id = at("seizure");
        call("zhangwei", "/api/cases/" + id + "/steps/seizure?audioVideoAbsence=EMERGENCY", inputOf("seizure", scenario), 200);
        return id;
    }

    MvcResult call(String user, String path, Object body, int expected) throws Exception {
        var req = post(path).with(httpBasic(user, "demo1234")).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        MvcResult r = mvc.perform(req).andReturn();
        assertThat(r.getResponse().getStatus()).as("POST %s as %s -> %s", path, user,
                r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        return r;
    }
}
