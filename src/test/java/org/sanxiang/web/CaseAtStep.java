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

    private final org.camunda.bpm.engine.ProcessEngine engine;

    CaseAtStep(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc, Scenario scenario, org.camunda.bpm.engine.ProcessEngine engine) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.scenario = scenario;
        this.engine = engine;
    }

    /** The building order's service moved back (the office clock is fixed, the remedy periods run 6 months). */
    static final java.time.LocalDate BUILDING_SERVED = java.time.LocalDate.of(2026, 3, 10);
    static final java.time.LocalDate BUILDING_DUE = java.time.LocalDate.of(2026, 4, 9);

    /** A building case in forced demolition, driven to {@code path} (ACL Art. 44), its timers fired. */
    private long demolition(String path) throws Exception {
        long id = scenario.buildingOrderServed(30);
        scenario.orderServedOn(id, BUILDING_SERVED, BUILDING_DUE);
        step(id, "follow-up-inspection", new StepInput.FollowUpInspection(BUILDING_DUE.plusDays(1), false, "违法建筑仍未拆除。",
                StepInput.FollowUp.FORCED_DEMOLITION, List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")),
                List.of("44190210001", "44190210002")), "zhangwei");
        for (String next : List.of("demolition-notice", "demolition-reminder", "demolition-statement", "demolition-decision")) {
            if (path.equals(next)) {
                return id;
            }
            step(id, next, inputOf(next, scenario), next.equals("demolition-decision") ? "liuyang" : "zhangwei");
            if (next.equals("demolition-notice")) {
                fireTimer(id, "Timer_RemedyPeriodsLapsed");
            } else if (next.equals("demolition-statement")) {
                fireTimer(id, "Timer_ReminderPeriodLapsed");
            }
        }
        return id; // forced-demolition
    }

    private void fireTimer(long caseId, String activityId) {
        var management = engine.getManagementService();
        var job = management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> caseId == ((Number) engine.getRuntimeService().getVariable(j.getProcessInstanceId(), "caseId"))
                        .longValue())
                .findFirst().orElseThrow();
        management.executeJob(job.getId());
    }

    /** A building case whose demolition notice was posted: a challenge may be recorded (ACL Art. 44). */
    long withDemolitionNoticed() throws Exception {
        long id = demolition("demolition-notice");
        step(id, "demolition-notice", inputOf("demolition-notice", scenario), "zhangwei");
        return id;
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
            case "demolition-notice", "demolition-reminder", "demolition-statement", "demolition-decision",
                    "forced-demolition" -> id = demolition(path);
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
        if (path.equals("evidence-preservation") || path.equals("preservation-disposal")) {
            call("zhangwei", "/api/cases/" + id + "/evidence-preservations", Map.of("reason", "证据可能被转移"), 201);
            if (path.equals("preservation-disposal")) {
                step(id, "evidence-preservation", inputOf("evidence-preservation", scenario), "zhangwei");
            }
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
        if (path.equals("follow-up-inspection")) {
            return id;
        }
        step(id, "follow-up-inspection", scenario.corrected(), "zhangwei"); // APL Art. 28
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
            case "evidence-preservation" -> new StepInput.EvidencePreservation(Scenario.today(), "三张镇人民路 18 号门前",
                    List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002"),
                    "负责人刘洋批准（审批单 2026-09）", List.of("货架 2 个"), "现场登记保存，当事人签名确认。", true, null);
            case "preservation-disposal" -> new StepInput.PreservationDisposal(Scenario.today(),
                    StepInput.PreservationOutcome.RELEASE, "已拍照固定，解除先行登记保存");
            case "follow-up-inspection" -> scenario.corrected();
            case "demolition-notice" -> new StepInput.DemolitionNotice(BUILDING_DUE.plusDays(4), "违法建筑现场及村务公开栏", 10,
                    "限当事人于十个工作日内自行拆除。");
            case "demolition-reminder" -> new StepInput.DemolitionReminder(java.time.LocalDate.of(2026, 9, 11), 10,
                    "限十个工作日内自行拆除；有权陈述和申辩。");
            case "demolition-statement" -> new StepInput.DemolitionStatement(java.time.LocalDate.of(2026, 9, 14),
                    StepInput.PartyResponse.STATED, "称系自住房屋。", false, "经复核，理由不成立。");
            case "demolition-decision" -> new StepInput.DemolitionDecision(java.time.LocalDate.of(2026, 9, 25),
                    "逾期未自行拆除，依据《行政强制法》第三十七条、第四十四条决定强制拆除。", "2026 年 10 月 9 日白天");
            case "forced-demolition" -> new StepInput.ForcedDemolition(java.time.LocalDateTime.of(2026, 10, 9, 9, 0),
                    java.time.LocalDateTime.of(2026, 10, 9, 16, 0), List.of(scenario.officerId("zhangwei"),
                            scenario.officerId("liqiang")), List.of("44190210001", "44190210002"), "现场笔录：组织拆除并清点物品。",
                    "村民委员会主任");
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
