package org.sanxiang.cases.web;

import java.util.List;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.ForcedDemolitions;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.Actor;
import org.springframework.http.ResponseEntity;
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
 * The API of 先行登记保存 (APL Art. 56), the follow-up inspection of the order to correct (APL Art. 28) and forced
 * demolition (ACL Art. 34-38, 43, 44). Thin: the rules are in the step rules and the use cases.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "cases", description = "一般程序与简易程序案件")
@RequiredArgsConstructor
class EnforcementController {

    private final StepCompletion stepCompletion;
    private final Investigations investigations;
    private final ForcedDemolitions forcedDemolitions;
    private final CaseQueries queries;

    record PreservationRequest(String reason) {
    }

    @PostMapping("/cases/{caseId}/evidence-preservations")
    @Operation(summary = "启动先行登记保存（行政处罚法第五十六条；调查取证期间由承办人启动），返回待办环节")
    ResponseEntity<List<OpenTask>> startPreservation(@PathVariable long caseId, @RequestBody PreservationRequest request,
            Actor actor) {
        investigations.startPreservation(caseId, request.reason(), actor);
        return ResponseEntity.status(201).body(queries.openTasks(caseId));
    }

    @PostMapping("/cases/{caseId}/steps/evidence-preservation")
    @Operation(summary = "先行登记保存（负责人批准、清单、出示证件；七个工作日内作出处理决定）")
    List<OpenTask> completeEvidencePreservation(@PathVariable long caseId, @RequestBody StepInput.EvidencePreservation input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/preservation-disposal")
    @Operation(summary = "先行登记保存处理决定（解除、转查封扣押、随处罚决定没收；逾期只能解除）")
    List<OpenTask> completePreservationDisposal(@PathVariable long caseId, @RequestBody StepInput.PreservationDisposal input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/follow-up-inspection")
    @Operation(summary = "复查责令改正情况（行政处罚法第二十八条；改正期限届满前只能记录已改正）")
    List<OpenTask> completeFollowUpInspection(@PathVariable long caseId, @RequestBody StepInput.FollowUpInspection input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/demolition-notice")
    @Operation(summary = "强制拆除公告（行政强制法第四十四条）")
    List<OpenTask> completeDemolitionNotice(@PathVariable long caseId, @RequestBody StepInput.DemolitionNotice input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/demolition/challenge")
    @Operation(summary = "登记当事人申请行政复议或提起行政诉讼，依法停止强制拆除（行政强制法第四十四条）")
    ResponseEntity<Void> recordDemolitionChallenge(@PathVariable long caseId,
            @RequestBody org.sanxiang.cases.DemolitionChallenge challenge, Actor actor) {
        forcedDemolitions.recordChallenge(caseId, challenge, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/steps/demolition-reminder")
    @Operation(summary = "催告（行政强制法第三十五条；不少于十个工作日）")
    List<OpenTask> completeDemolitionReminder(@PathVariable long caseId, @RequestBody StepInput.DemolitionReminder input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/demolition-statement")
    @Operation(summary = "强制执行前陈述申辩（行政强制法第三十六条）")
    List<OpenTask> completeDemolitionStatement(@PathVariable long caseId, @RequestBody StepInput.DemolitionStatement input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/demolition-decision")
    @Operation(summary = "强制拆除决定（负责人，行政强制法第三十七条）")
    List<OpenTask> completeDemolitionDecision(@PathVariable long caseId, @RequestBody StepInput.DemolitionDecision input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    @PostMapping("/cases/{caseId}/steps/forced-demolition")
    @Operation(summary = "实施强制拆除（行政强制法第四十三、四十四条；不得在夜间或法定节假日实施；音像记录必须）")
    List<OpenTask> completeForcedDemolition(@PathVariable long caseId, @RequestBody StepInput.ForcedDemolition input,
            @RequestParam(required = false) List<String> audioVideoAbsence, Actor actor) {
        return complete(caseId, input, audioVideoAbsence, actor);
    }

    private List<OpenTask> complete(long caseId, StepInput input, List<String> audioVideoAbsence, Actor actor) {
        return stepCompletion.completeStepListingOpenTasks(caseId, input, actor, audioVideoAbsence == null ? List.of() : audioVideoAbsence);
    }
}
