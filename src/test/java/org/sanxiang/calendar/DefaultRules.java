package org.sanxiang.calendar;

import static org.sanxiang.calendar.CountingKind.CALENDAR;
import static org.sanxiang.calendar.CountingKind.WORKING;
import static org.sanxiang.calendar.ExpiryAction.ESCALATE;
import static org.sanxiang.calendar.ExpiryAction.MOVE_PROCESS;
import static org.sanxiang.calendar.ExpiryAction.WARN;

import java.util.List;

/** The default rules of issue 3 / RULES.md §2, as the Flyway seed must hold them. */
final class DefaultRules {

    static final List<DeadlineRule> ALL = List.of(
            new DeadlineRule("decision", "作出处罚决定", "APL Art. 60", CALENDAR, 90, "CASE_FILED", ESCALATE, null, true),
            new DeadlineRule("filing", "立案审批", "APL Art. 54", WORKING, 15, "LEAD_DISCOVERED", ESCALATE, null, false),
            new DeadlineRule("cash-handover", "当场收缴罚款交至行政机关", "APL Art. 71, 85", WORKING, 2, "FINE_COLLECTED_ON_THE_SPOT", ESCALATE, null, false),
            new DeadlineRule("cash-deposit", "当场收缴罚款缴付指定银行", "APL Art. 71, 85", WORKING, 2, "CASH_HANDED_OVER", ESCALATE, null, false),
            new DeadlineRule("hearing-notice", "听证通知（最早听证日）", "APL Art. 64", WORKING, 7, "HEARING_NOTICE_SERVED", WARN, null, false),
            new DeadlineRule("hearing-request", "听证申请期限", "APL Art. 64", WORKING, 5, "PRIOR_NOTICE_SERVED", MOVE_PROCESS, null, false),
            new DeadlineRule("legal-review", "法制审核", "APL Art. 58; G118", WORKING, 7, "REVIEW_MATERIALS_COMPLETE", ESCALATE, 3, false),
            new DeadlineRule("payment", "缴纳罚款", "APL Art. 67", CALENDAR, 15, "DECISION_SERVED", MOVE_PROCESS, null, false),
            new DeadlineRule("preservation-disposal", "先行登记保存处理决定", "APL Art. 56", WORKING, 7, "EVIDENCE_PRESERVED", ESCALATE, null, false),
            new DeadlineRule("publication-other", "公示其他执法决定", "G118", WORKING, 20, "DECISION_MADE", WARN, null, false),
            new DeadlineRule("publication-penalty", "公示处罚/许可决定", "G118; APL Art. 48", WORKING, 7, "DECISION_MADE", WARN, null, false),
            new DeadlineRule("seizure", "查封扣押期限", "ACL Art. 25", CALENDAR, 30, "MEASURE_TAKEN", ESCALATE, 30, false),
            new DeadlineRule("service", "送达处罚决定书", "APL Art. 61", WORKING, 7, "DECISION_MADE", ESCALATE, null, false),
            new DeadlineRule("withdrawal", "撤回公示", "APL Art. 48", WORKING, 3, "DECISION_CHANGED", ESCALATE, null, false));

    static DeadlineRule rule(String key) {
        return ALL.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private DefaultRules() {
    }
}
