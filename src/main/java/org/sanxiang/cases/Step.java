package org.sanxiang.cases;

import java.util.Arrays;
import java.util.Optional;

/** The user-task steps of the models, keyed by their BPMN task id. */
public enum Step {
    FILING_APPROVAL("Task_FilingApproval", "filing-approval", "立案审批", Group.HEAD, "APL Art. 54"),
    INVESTIGATION("Task_Investigation", "investigation", "调查取证", Group.HANDLER, "APL Art. 55"),
    /** 查封/扣押, an administrative coercive measure taken during the investigation (event subprocess of the general procedure). */
    SEIZURE("Task_Seizure", "seizure", "查封扣押", Group.HANDLER, "ACL Art. 18, 24, 25"),
    /** 先行登记保存 and its disposal (event subprocess of the general procedure). */
    EVIDENCE_PRESERVATION("Task_EvidencePreservation", "evidence-preservation", "先行登记保存", Group.HANDLER, "APL Art. 56"),
    PRESERVATION_DISPOSAL("Task_PreservationDisposal", "preservation-disposal", "先行登记保存处理决定", Group.HANDLER, "APL Art. 56"),
    INVESTIGATION_END("Task_InvestigationEnd", "investigation-end", "调查终结", Group.HANDLER, "APL Art. 57"),
    LEGAL_REVIEW("Task_LegalReview", "legal-review", "法制审核", Group.REVIEWER, "APL Art. 58"),
    COLLECTIVE_DISCUSSION("Task_CollectiveDiscussion", "collective-discussion", "集体讨论", Group.HEAD, "APL Art. 57"),
    PRIOR_NOTICE("Task_PriorNotice", "prior-notice", "事先告知", Group.HANDLER, "APL Art. 44"),
    STATEMENT_DEFENCE("Task_StatementDefence", "statement-defence", "陈述申辩", Group.HANDLER, "APL Art. 45"),
    HEARING("Task_Hearing", "hearing", "听证", Group.HANDLER, "APL Art. 64"),
    HEAD_DECISION("Task_HeadDecision", "head-decision", "负责人决定", Group.HEAD, "APL Art. 59"),
    SERVICE("Task_Service", "service", "送达", Group.HANDLER, "APL Art. 61"),
    EXECUTION("Task_Execution", "execution", "执行", Group.HANDLER, "APL Art. 67"),
    TRANSFER("Task_Transfer", "transfer", "移送审批", Group.HEAD, "APL Art. 27"),
    CLOSING("Task_Closing", "closing", "结案", Group.HANDLER, "G118"),
    ARCHIVE("Task_Archive", "archive", "归档", Group.HANDLER, "G118"),
    SUMMARY_EXECUTION("Task_SummaryExecution", "summary-execution", "执行", Group.HANDLER, "APL Art. 68"),
    SUMMARY_FILING("Task_SummaryFiling", "summary-filing", "报备归档", Group.HANDLER, "APL Art. 52"),
    /** 复查 of the order to correct the decision carried. */
    FOLLOW_UP_INSPECTION("Task_FollowUpInspection", "follow-up-inspection", "复查", Group.HANDLER, "APL Art. 28"),
    /** The forced-demolition model (forced-demolition.bpmn), called when a building was not demolished. */
    DEMOLITION_NOTICE("Task_DemolitionNotice", "demolition-notice", "强制拆除公告", Group.HANDLER, "ACL Art. 44"),
    DEMOLITION_REMINDER("Task_DemolitionReminder", "demolition-reminder", "催告", Group.HANDLER, "ACL Art. 35"),
    DEMOLITION_STATEMENT("Task_DemolitionStatement", "demolition-statement", "强制执行陈述申辩", Group.HANDLER, "ACL Art. 36"),
    DEMOLITION_DECISION("Task_DemolitionDecision", "demolition-decision", "强制拆除决定", Group.HEAD, "ACL Art. 37"),
    FORCED_DEMOLITION("Task_ForcedDemolition", "forced-demolition", "强制拆除", Group.HANDLER, "ACL Art. 43, 44");

    /** Who may complete a step: a certified handler of the case, the head, or a legal reviewer who is not a handler. */
    public enum Group {
        HANDLER, HEAD, REVIEWER
    }

    private final String taskKey;
    private final String path;
    private final String label;
    private final Group group;
    private final String article;

    Step(String taskKey, String path, String label, Group group, String article) {
        this.taskKey = taskKey;
        this.path = path;
        this.label = label;
        this.group = group;
        this.article = article;
    }

    /** The article the step fulfils, cited in its record entry. */
    public String article() {
        return article;
    }

    public String taskKey() {
        return taskKey;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    public static Optional<Step> byPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    public static Optional<Step> byTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
