package org.sanxiang.cases;

import static org.sanxiang.evidence.RecordCheck.ownInput;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.evidence.RecordCheck;
import org.sanxiang.evidence.RecordSource;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * What satisfies each record name the case steps list in {@code requiredRecords} (G118; APL Art. 47).
 * Two kinds:
 * <ul>
 * <li><b>made by the step's own form</b> — the document is the data entered for the step, so it exists
 * when the step's stored input (or, in the case service's pre-check, the input being entered) has the
 * listed fields: e.g. 调查终结报告 is {@code report} of {@link StepInput.InvestigationEnd};</li>
 * <li><b>made beforehand</b> — checked against the case's stored data: 现场检查笔录 and 询问笔录 are
 * investigation records of that kind, 当场行政处罚决定书 the summary decision; 送达回证 is the step's own
 * service form or a service record already stored.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class CaseRecords implements RecordSource {

    private final CaseMapper cases;

    @Override
    public Map<String, RecordCheck> recordChecks() {
        Map<String, RecordCheck> m = new LinkedHashMap<>();
        // made beforehand, while 调查取证 is open (APL Art. 55)
        m.put("现场检查笔录", step -> cases.countInvestigationRecordsOfKind(step.caseId(),
                InvestigationRecordInput.Kind.ON_SITE_INSPECTION.name()) > 0);
        m.put("询问笔录", step -> cases.countInvestigationRecordsOfKind(step.caseId(),
                InvestigationRecordInput.Kind.INQUIRY.name()) > 0);
        // made by the step's own form
        m.put("立案审批表", ownInput("approved", "opinion"));
        m.put("调查终结报告", ownInput("outcome", "report"));
        m.put("法制审核意见书", ownInput("outcome", "opinion"));
        m.put("集体讨论记录", ownInput("heldOn", "participants", "minutes"));
        m.put("行政处罚事先告知书", ownInput("noticeDate", "factsAndReasons"));
        m.put("陈述申辩笔录", ownInput("response"));
        m.put("听证笔录", ownInput("heldOn", "record"));
        m.put("行政处罚决定书", ownInput("decidedOn", "reasons"));
        m.put("送达回证", ownInput("servedOn", "recipient").or(step -> cases.countServiceRecords(step.caseId()) > 0));
        m.put("缴款凭证", ownInput("receiptNumber"));
        m.put("强制执行申请书", ownInput("reminderServedOn", "courtAppliedOn")); // ACL Art. 53, 54
        m.put("案件移送函", ownInput("receivingOrgan", "letterDate", "reasons"));
        m.put("结案报告", ownInput("closingReport"));
        m.put("案卷目录", ownInput("fileReference", "volumes"));
        m.put("备案记录", ownInput("filedOn", "fileReference"));
        // 查封/扣押 (ACL Art. 18, 24): the decision, the on-site record and the list, all made on the spot
        m.put("查封扣押决定书", ownInput("measure", "headApproval", "legalBasisAndReasons", "periodDays"));
        m.put("现场笔录", ownInput("onSiteRecord", "officerIds", "certificatesShown"));
        m.put("查封扣押清单", ownInput("items"));
        // 先行登记保存 (APL Art. 56): the notice with the head's approval and the list, then the disposal decision
        m.put("先行登记保存通知书", ownInput("preservedOn", "headApproval", "items"));
        m.put("先行登记保存处理决定书", ownInput("decidedOn", "outcome", "reasons"));
        // 复查 of the order to correct (APL Art. 28, 55) and forced demolition (ACL Art. 35, 37, 44)
        m.put("复查笔录", ownInput("inspectedOn", "findings", "certificatesShown"));
        m.put("强制拆除公告", ownInput("noticedOn", "postedAt", "text"));
        m.put("催告书", ownInput("remindedOn", "periodDays", "content"));
        m.put("强制拆除决定书", ownInput("decidedOn", "reasonsAndBasis", "mannerAndTime"));
        // made beforehand: the on-the-spot decision of the summary procedure (APL Art. 52)
        m.put("当场行政处罚决定书", step -> cases.countDecisionsOfKind(step.caseId(), "SUMMARY_PENALTY") > 0);
        return m;
    }
}
