package org.sanxiang.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.cases.CaseLists;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.CaseSupervision;
import org.sanxiang.cases.DecisionRevocations;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.SummaryProcedure;
import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.CaseViews.CaseRow;
import org.sanxiang.cases.CaseViews.CaseSearch;
import org.sanxiang.cases.CaseViews.InboxItem;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.CaseViews.PageResult;
import org.sanxiang.cases.InvestigationRecordInput;
import org.sanxiang.cases.RegisterLead;
import org.sanxiang.cases.StepInput;
import org.sanxiang.cases.SummaryDecisionInput;
import org.sanxiang.process.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

/**
 * The case API: register a lead, add investigation records, complete each step with its data,
 * the inbox, search and the case page. Thin: every rule is in the use cases ({@link LeadRegistration}, {@link StepCompletion}, …).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "cases", description = "一般程序与简易程序案件")
@RequiredArgsConstructor
class CaseController {

    private final LeadRegistration leadRegistration;
    private final SummaryProcedure summaryProcedure;
    private final StepCompletion stepCompletion;
    private final Investigations investigations;
    private final CaseSupervision caseSupervision;
    private final DecisionRevocations decisionRevocations;
    private final CaseQueries queries;
    private final CaseLists lists;

    @PostMapping("/cases")
    @Operation(summary = "案源登记：登记案源并启动一般程序")
    ResponseEntity<CaseRef> registerLead(@RequestBody RegisterLead lead, Actor actor) {
        CaseRef ref = leadRegistration.registerLead(lead, actor);
        return ResponseEntity.created(URI.create("/api/cases/" + ref.id())).body(ref);
    }

    @PostMapping("/summary-cases")
    @Operation(summary = "简易程序：当场作出处罚决定（APL 51、52）")
    ResponseEntity<CaseRef> decideOnTheSpot(@RequestBody SummaryDecisionInput input, Actor actor) {
        CaseRef ref = summaryProcedure.decideOnTheSpot(input, actor);
        return ResponseEntity.created(URI.create("/api/cases/" + ref.id())).body(ref);
    }

    @GetMapping("/cases")
    @Operation(summary = "案件查询（分页）")
    PageResult<CaseRow> search(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String party, @RequestParam(required = false) Long matterId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        return lists.search(new CaseSearch(caseNumber, party, matterId, status, from, to), actor, page, size);
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "案件详情，含全过程记录时间线及其校验结果")
    CaseDetail detail(@PathVariable long caseId, Actor actor) {
        return queries.detail(caseId, actor);
    }

    @GetMapping("/cases/{caseId}/deadlines")
    @Operation(summary = "案件期限：规则、法条、起算日、届满日、是否暂定、是否按期；中止记录")
    org.sanxiang.cases.CaseViews.CaseDeadlines deadlines(@PathVariable long caseId, Actor actor) {
        return queries.deadlines(caseId, actor);
    }

    @GetMapping("/inbox")
    @Operation(summary = "我的待办")
    PageResult<InboxItem> inbox(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        return lists.inbox(actor, page, size);
    }

    @PostMapping("/cases/{caseId}/investigation-records")
    @Operation(summary = "添加调查笔录 / 现场检查笔录（APL 42、55）")
    ResponseEntity<List<OpenTask>> addInvestigationRecord(@PathVariable long caseId,
            @RequestBody InvestigationRecordInput input, Actor actor) {
        investigations.addInvestigationRecord(caseId, input, actor);
        return ResponseEntity.status(201).body(queries.openTasks(caseId));
    }

    @PostMapping("/cases/{caseId}/seizures")
    @Operation(summary = "启动查封扣押（行政强制法第十八条；调查取证期间由承办人启动），返回待办环节")
    ResponseEntity<List<OpenTask>> startSeizure(@PathVariable long caseId, @RequestBody org.sanxiang.cases.SeizureRequest request,
            Actor actor) {
        investigations.startSeizure(caseId, request, actor);
        return ResponseEntity.status(201).body(queries.openTasks(caseId));
    }

    record SeizureExtension(String reason) {
    }

    record SeizureRelease(LocalDate releasedOn, String reason) {
    }

    @PostMapping("/cases/{caseId}/seizures/extension")
    @Operation(summary = "负责人批准延长查封扣押期限（不超过三十日，行政强制法第二十五条）")
    org.sanxiang.calendar.CaseDeadline extendSeizure(@PathVariable long caseId, @RequestBody SeizureExtension body, Actor actor) {
        return investigations.extendSeizure(caseId, body.reason(), actor);
    }

    @PostMapping("/cases/{caseId}/seizures/release")
    @Operation(summary = "解除查封扣押，期限停止计算（行政强制法第二十七、二十八条）")
    ResponseEntity<Void> releaseSeizure(@PathVariable long caseId, @RequestBody SeizureRelease body, Actor actor) {
        investigations.releaseSeizure(caseId, body.releasedOn(), body.reason(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/steps/seizure")
    @Operation(summary = "查封扣押（行政强制法第十八、二十四、二十五条；音像记录必须，缺失时须以 audioVideoAbsence 说明理由）")
    List<OpenTask> completeSeizure(@PathVariable long caseId, @RequestBody StepInput.Seizure input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/filing-approval")
    @Operation(summary = "立案审批（负责人）")
    List<OpenTask> completeFilingApproval(@PathVariable long caseId, @RequestBody StepInput.FilingApproval input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/investigation")
    @Operation(summary = "调查取证完毕（承办人，至少一份笔录）")
    List<OpenTask> completeInvestigation(@PathVariable long caseId, @RequestBody StepInput.InvestigationDone input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/investigation-end")
    @Operation(summary = "调查终结（APL 57 四种处理意见）")
    List<OpenTask> completeInvestigationEnd(@PathVariable long caseId, @RequestBody StepInput.InvestigationEnd input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/legal-review")
    @Operation(summary = "法制审核意见（法制审核人员，非承办人）")
    List<OpenTask> completeLegalReview(@PathVariable long caseId, @RequestBody StepInput.LegalReview input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/collective-discussion")
    @Operation(summary = "集体讨论（负责人）")
    List<OpenTask> completeCollectiveDiscussion(@PathVariable long caseId, @RequestBody StepInput.CollectiveDiscussion input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/prior-notice")
    @Operation(summary = "事先告知（APL 44）")
    List<OpenTask> completePriorNotice(@PathVariable long caseId, @RequestBody StepInput.PriorNotice input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/statement-defence")
    @Operation(summary = "陈述申辩及听证申请（APL 45、64）")
    List<OpenTask> completeStatementDefence(@PathVariable long caseId, @RequestBody StepInput.StatementDefence input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/hearing")
    @Operation(summary = "听证（APL 64、65）")
    List<OpenTask> completeHearing(@PathVariable long caseId, @RequestBody StepInput.Hearing input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/head-decision")
    @Operation(summary = "负责人决定（APL 57、59）")
    List<OpenTask> completeHeadDecision(@PathVariable long caseId, @RequestBody StepInput.HeadDecision input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/service")
    @Operation(summary = "送达（APL 61）")
    List<OpenTask> completeService(@PathVariable long caseId, @RequestBody StepInput.ServiceRecord input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/execution")
    @Operation(summary = "执行（APL 66、67；ACL 35、53、54）")
    List<OpenTask> completeExecution(@PathVariable long caseId, @RequestBody StepInput.Execution input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/transfer")
    @Operation(summary = "移送审批（APL 27）")
    List<OpenTask> completeTransfer(@PathVariable long caseId, @RequestBody StepInput.Transfer input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/closing")
    @Operation(summary = "结案")
    List<OpenTask> completeClosing(@PathVariable long caseId, @RequestBody StepInput.Closing input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/archive")
    @Operation(summary = "归档")
    List<OpenTask> completeArchive(@PathVariable long caseId, @RequestBody StepInput.Archive input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/summary-execution")
    @Operation(summary = "简易程序执行（APL 68、69）")
    List<OpenTask> completeSummaryExecution(@PathVariable long caseId, @RequestBody StepInput.SummaryExecution input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/summary-filing")
    @Operation(summary = "简易程序报备归档（APL 52）")
    List<OpenTask> completeSummaryFiling(@PathVariable long caseId, @RequestBody StepInput.SummaryFiling input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @GetMapping("/review-tasks")
    @Operation(summary = "法制审核任务列表：全部 / 我的 / 待领取 / 即将到期 / 已逾期，按事项筛选，附各项计数")
    org.sanxiang.cases.CaseViews.ReviewTaskList reviewTasks(
            @RequestParam(defaultValue = "ALL") org.sanxiang.cases.CaseViews.ReviewFilter filter,
            @RequestParam(required = false) Long matterId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        return lists.reviewTasks(actor, filter, matterId, page, size);
    }

    @PostMapping("/tasks/{taskId}/claim")
    @Operation(summary = "领取任务")
    ResponseEntity<Void> claim(@PathVariable String taskId, Actor actor) {
        caseSupervision.claim(taskId, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    @Operation(summary = "退回任务至待领取")
    ResponseEntity<Void> unclaim(@PathVariable String taskId, Actor actor) {
        caseSupervision.unclaim(taskId, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/legal-review/extension")
    @Operation(summary = "负责人批准延长法制审核期限（3 个工作日）")
    List<OpenTask> extendReview(@PathVariable long caseId, Actor actor) {
        caseSupervision.extendReview(caseId, actor);
        return queries.openTasks(caseId);
    }

    record Reassignment(Long removeOfficerId, Long addOfficerId, String reason) {
    }

    @PostMapping("/cases/{caseId}/handlers/reassignment")
    @Operation(summary = "负责人更换承办人（APL 42）")
    CaseDetail reassign(@PathVariable long caseId, @RequestBody Reassignment body, Actor actor) {
        caseSupervision.reassignHandler(caseId, body.removeOfficerId(), body.addOfficerId(), body.reason(), actor);
        return queries.detail(caseId, actor);
    }

    @PostMapping("/cases/{caseId}/decision-revocations")
    @Operation(summary = "负责人登记决定被变更、撤销、确认违法或确认无效（APL 48）：撤回公示")
    ResponseEntity<org.sanxiang.cases.CaseViews.Revocation> revokeDecision(@PathVariable long caseId,
            @RequestBody org.sanxiang.cases.DecisionRevocationInput body, Actor actor) {
        var revocation = decisionRevocations.revokeDecision(caseId, body, actor);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/decision-revocations/" + revocation.id()))
                .body(revocation);
    }

    @GetMapping("/cases/{caseId}/decision-revocations")
    @Operation(summary = "案件决定被变更、撤销、确认违法或确认无效的登记（种类、理由、依据文书、生效日期、登记人、登记时间）")
    List<org.sanxiang.cases.CaseViews.Revocation> revocations(@PathVariable long caseId, Actor actor) {
        return queries.revocations(caseId, actor);
    }

    record Suspension(org.sanxiang.calendar.SuspensionReason reason, LocalDate from) {
    }

    record Resumption(LocalDate on) {
    }

    @PostMapping("/cases/{caseId}/decision-clock/suspension")
    @Operation(summary = "中止办案期限（听证、检测鉴定、公告；APL 60）")
    ResponseEntity<Void> suspend(@PathVariable long caseId, @RequestBody Suspension body, Actor actor) {
        caseSupervision.suspendDecisionClock(caseId, body.reason(), body.from(), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/decision-clock/resumption")
    @Operation(summary = "恢复办案期限，作出决定期限相应顺延")
    List<OpenTask> resume(@PathVariable long caseId, @RequestBody Resumption body, Actor actor) {
        caseSupervision.resumeDecisionClock(caseId, body.on(), actor);
        return queries.openTasks(caseId);
    }

    /**
     * @param audioVideoAbsence for a step whose audio-video record is mandatory and missing: the written
     *                          reason(s) from the fixed list (SECRET_OR_PRIVACY, EMERGENCY, TECHNICAL_FAILURE; G118)
     */
    private List<OpenTask> complete(long caseId, StepInput input, List<String> audioVideoAbsence, Actor actor) {
        return stepCompletion.completeStepListingOpenTasks(caseId, input, actor, audioVideoAbsence == null ? List.of() : audioVideoAbsence);
    }
}
