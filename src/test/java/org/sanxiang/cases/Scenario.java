package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.process.Actor;
import org.springframework.jdbc.core.JdbcTemplate;

/** Actors and data of the demo office, and shortcuts that drive a case through its steps. */
public class Scenario {

    public static final Actor ZHANG = new Actor("zhangwei", Set.of("officer"));
    public static final Actor LI = new Actor("liqiang", Set.of("officer"));
    public static final Actor WANG = new Actor("wangfang", Set.of("officer"));
    public static final Actor HEAD = new Actor("liuyang", Set.of("head"));
    public static final Actor REVIEWER = new Actor("chenjing", Set.of("reviewer"));

    private final LeadRegistration leadRegistration;
    private final StepCompletion stepCompletion;
    private final Investigations investigations;
    private final CaseSupervision caseSupervision;
    private final JdbcTemplate jdbc;

    public Scenario(LeadRegistration leadRegistration, StepCompletion stepCompletion, Investigations investigations,
            CaseSupervision caseSupervision, JdbcTemplate jdbc) {
        this.caseSupervision = caseSupervision;
        this.leadRegistration = leadRegistration;
        this.stepCompletion = stepCompletion;
        this.investigations = investigations;
        this.jdbc = jdbc;
    }

    /** The office date of the test run: the date the office {@code Clock} bean starts on (OfficeTestClock). */
    public static LocalDate today() {
        return org.sanxiang.OfficeTestClock.TODAY;
    }

    public long bodyId() {
        return jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
    }

    public long matterId(String code) {
        return jdbc.queryForObject("SELECT id FROM power_item WHERE code = ?", Long.class, code);
    }

    /**
     * An officer record of the demo office for {@code username} (an account without one belongs to no body and
     * acts on no case, RULES §6), with no certificate and no legal-profession qualification.
     */
    public long ensureOfficer(String username, String name, String position) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE username = ?", Integer.class, username) == 0) {
            jdbc.update("INSERT INTO officer (body_id, username, name, position) VALUES (?, ?, ?, ?)", bodyId(), username,
                    name, position);
        }
        return officerId(username);
    }

    public long officerId(String username) {
        return jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username);
    }

    public RegisterLead lead(PartyInput party) {
        return new RegisterLead(bodyId(), LeadSource.INSPECTION, matterId("SR-001"),
                "当事人在三张镇人民路占用人行道摆摊经营，经劝阻未改正。", today().minusDays(10), today(), "三张镇人民路 18 号门前",
                false, party, List.of(officerId("zhangwei"), officerId("liqiang")));
    }

    public static PartyInput person() {
        return new PartyInput(PartyKind.NATURAL_PERSON, "王某某", "11010519491231002X", null, null, "13800000000",
                "三张镇人民路 18 号");
    }

    public static PartyInput company() {
        return new PartyInput(PartyKind.ORGANISATION, "三张镇某某建材有限公司", null, "91440101MA5CXXXX0X", "李某",
                "020-12345678", "三张镇工业园 3 号");
    }

    public CaseRef registerAndFile(PartyInput party) {
        CaseRef ref = leadRegistration.registerLead(lead(party), ZHANG);
        stepCompletion.completeStep(ref.id(), new StepInput.FilingApproval(true, "同意立案"), HEAD);
        return ref;
    }

    public void investigate(long caseId) {
        // a later round (after 退回补正) adds a further inspection, not the same record again (a duplicate is refused)
        int earlier = jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, caseId);
        InvestigationRecordInput r = onSiteRecord();
        if (earlier > 0) {
            r = new InvestigationRecordInput(r.kind(), r.recordedOn(), r.place(), r.officerIds(), r.certificatesShown(),
                    "第 " + (earlier + 1) + " 次现场检查：当事人仍占道摆摊约 6 平方米。", r.persons());
        }
        investigations.addInvestigationRecord(caseId, r, ZHANG);
        stepCompletion.completeStep(caseId, new StepInput.InvestigationDone("现场检查一次"), ZHANG);
    }

    public InvestigationRecordInput onSiteRecord() {
        return new InvestigationRecordInput(InvestigationRecordInput.Kind.ON_SITE_INSPECTION, today(),
                "三张镇人民路 18 号门前", List.of(officerId("zhangwei"), officerId("liqiang")),
                List.of("44190210001", "44190210002"), "现场检查发现当事人占道摆摊约 6 平方米。");
    }

    public static StepInput.InvestigationEnd penalty(BigDecimal fine) {
        return new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "事实清楚，证据确凿，拟予罚款。",
                List.of(PenaltyType.FINE), fine, null, false, false, false, false, null);
    }

    public static StepInput.InvestigationEnd outcome(InvestigationOutcome outcome) {
        return new StepInput.InvestigationEnd(outcome, "调查终结报告。", List.of(), null, null, false, false, false, false,
                outcome == InvestigationOutcome.TRANSFER ? "涉嫌犯罪，数额较大" : null);
    }

    public static StepInput.PriorNotice notice(BigDecimal fine) {
        return new StepInput.PriorNotice(today(), List.of(PenaltyType.FINE), fine, "违反《城市市容和环境卫生管理条例》第十四条。");
    }

    /**
     * Monday 2026-11-09: 7 working days before the office date (no holiday between), the latest day a hearing
     * notice can be served for a hearing held today (APL Art. 64, 85).
     */
    public static final LocalDate SEVEN_WORKING_DAYS_AGO = LocalDate.of(2026, 11, 9);

    /** A hearing notice served 7 working days before a hearing held today at 9:00, chaired by {@code chairOfficerId}. */
    public static HearingNoticeInput hearingNotice(long chairOfficerId) {
        return new HearingNoticeInput(SEVEN_WORKING_DAYS_AGO, today().atTime(9, 0), "三张镇人民政府二楼会议室", chairOfficerId);
    }

    public static StepInput.StatementDefence statement(boolean hearing) {
        return new StepInput.StatementDefence(StepInput.PartyResponse.STATED, "当事人称系初犯，请求从轻。", hearing,
                hearing ? today() : null);
    }

    public static StepInput.HeadDecision decision(BigDecimal fine) {
        return new StepInput.HeadDecision(today(), List.of(PenaltyType.FINE), fine, null, "依据第三十六条第（二）项处罚。",
                correction());
    }

    /** APL Art. 28: the order to correct a penalty decision carries — here at once (0 days). */
    public static StepInput.CorrectionOrder correction() {
        return new StepInput.CorrectionOrder(StepInput.CorrectionKind.CORRECT, "立即停止占道经营，恢复人行道通行", 0);
    }

    /** 复查 by 张伟 and 李强 today: the order was carried out. */
    public StepInput.FollowUpInspection corrected() {
        return new StepInput.FollowUpInspection(today(), true, "复查时当事人已停止占道经营，人行道已恢复通行。", null,
                List.of(officerId("zhangwei"), officerId("liqiang")), List.of("44190210001", "44190210002"));
    }

    /**
     * A building case (城乡规划法 Art. 65, matter CX-001) decided today with the order to stop building and demolish
     * within {@code days} days of service, served today; the case waits at the follow-up inspection.
     */
    public long buildingOrderServed(int days) {
        RegisterLead l = lead(person());
        RegisterLead building = new RegisterLead(l.bodyId(), l.source(), matterId("CX-001"),
                "当事人未取得乡村建设规划许可证，在三张镇新村 3 组宅基地外加建两层砖混房屋约 120 平方米。", l.actDate(),
                l.discoveredOn(), "三张镇新村 3 组", false, l.party(), l.handlerIds());
        long id = leadRegistration.registerLead(building, ZHANG).id();
        stepCompletion.completeStep(id, new StepInput.FilingApproval(true, "同意立案"), HEAD);
        investigate(id);
        stepCompletion.completeStep(id, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY,
                "未取得乡村建设规划许可证建设，事实清楚。", List.of(PenaltyType.OTHER), null, null, false, false, false, false,
                null), ZHANG);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                Integer.class, id) > 0) {
            reviewAs(REVIEWER, id, review(org.sanxiang.review.ReviewOutcome.AGREE, "同意", null));
        }
        stepCompletion.completeStep(id, new StepInput.PriorNotice(today(), List.of(PenaltyType.OTHER), null,
                "违反《城乡规划法》第四十一条，拟依第六十五条责令停止建设、限期拆除。"), ZHANG);
        stepCompletion.completeStep(id, statement(false), ZHANG);
        stepCompletion.completeStep(id, new StepInput.HeadDecision(today(), List.of(PenaltyType.OTHER), null, null,
                "依据《城乡规划法》第六十五条。", new StepInput.CorrectionOrder(StepInput.CorrectionKind.STOP_CONSTRUCTION_DEMOLISH,
                        "立即停止建设，拆除违法加建的房屋", days)), HEAD);
        stepCompletion.completeStep(id, served(), ZHANG);
        return id;
    }

    /**
     * The office clock is fixed (OfficeTestClock), and the remedy periods run six months: the order's service is moved
     * back to {@code servedOn} in {@code correction_order}, as if the decision had been served then, its last day
     * following ({@code servedOn} plus the order's days, computed by the calendar like the service step does).
     */
    public void orderServedOn(long caseId, java.time.LocalDate servedOn, java.time.LocalDate dueOn) {
        jdbc.update("UPDATE correction_order SET served_on = ?, due_on = ? WHERE case_id = ?", servedOn, dueOn, caseId);
    }

    /** Completes the follow-up inspection (corrected) when the case waits at it. */
    public void followUpIfOpen(long caseId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ? AND step = 'Task_FollowUpInspection'",
                Integer.class, caseId) > 0) {
            stepCompletion.completeStep(caseId, corrected(), ZHANG);
        }
    }

    public static StepInput.HeadDecision noPenaltyDecision() {
        return new StepInput.HeadDecision(today(), List.of(), null, null, "违法行为轻微并及时改正，没有造成危害后果。");
    }

    public static StepInput.ServiceRecord served() {
        return new StepInput.ServiceRecord(StepInput.ServiceMethod.DIRECT, today(), "王某某", null);
    }

    public static StepInput.Execution paid(BigDecimal amount) {
        return new StepInput.Execution(StepInput.ExecutionMode.PAID, amount, today(), "NO.0001", null, null);
    }

    public static StepInput.Closing closing() {
        return new StepInput.Closing("案件已执行完毕，予以结案。");
    }

    /** A full eight-point checklist, all points ok. */
    public static List<org.sanxiang.review.ChecklistAnswer> allPointsOk() {
        return java.util.Arrays.stream(org.sanxiang.review.ChecklistPoint.values())
                .map(p -> new org.sanxiang.review.ChecklistAnswer(p, true, null)).toList();
    }

    public static StepInput.LegalReview review(org.sanxiang.review.ReviewOutcome outcome, String opinion, String corrections) {
        return new StepInput.LegalReview(outcome, opinion, corrections, allPointsOk());
    }

    /** Claims the open review task of the case for the reviewer and answers it. */
    public void reviewAs(Actor reviewer, long caseId, StepInput.LegalReview review) {
        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, caseId);
        caseSupervision.claim(taskId, reviewer);
        stepCompletion.completeStep(caseId, review, reviewer);
    }

    public static StepInput.Archive archive() {
        return new StepInput.Archive("SZZ-2026-001", 1);
    }
}
