package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.SuspensionReason;
import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.officers.CertifiedOfficer;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Who holds a case's work and how its clocks run: claiming and returning tasks, the head's extension of
 * the review period (G118), suspending and resuming the decision clock (APL Art. 60), and replacing a
 * handler (APL Art. 42).
 */
@Service
@Transactional
@RefusalsOnRecord
@RequiredArgsConstructor
public class CaseSupervision {

    private final CaseAccess access;
    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final TaskService tasks;
    private final TaskDueDates dueDates;
    private final Deadlines calendar;
    private final ReviewTaskCountCache reviewCounts;

    /** Claims a task for the actor, who must be allowed to work on it; 409 when someone else holds it. */
    public void claim(String taskId, Actor actor) {
        CaseEntity c = access.lockCase(access.task(taskId).caseId, actor);
        InboxTaskEntity task = access.task(taskId); // again under the case's lock: a completion that got it first removed it
        Step step = Step.byTaskKey(task.step).orElseThrow(() -> new NotFound("task", taskId));
        access.authorize(c, step, officers.matter(c.matterId), actor);
        if (task.assignee != null && !task.assignee.equals(actor.username())) {
            throw new CaseProblems.TaskClaimedByOther(taskId, task.assignee);
        }
        tasks.claim(taskId, actor.username());
        record.append(c.id, new Act("TASK_CLAIMED", task.step, actor.username(), null, step.label() + "：领取任务",
                Map.of("taskId", taskId)));
    }

    /** Returns a claimed task to its group: by whoever holds it, or by the head. */
    public void unclaim(String taskId, Actor actor) {
        CaseEntity c = access.lockCase(access.task(taskId).caseId, actor);
        InboxTaskEntity task = access.task(taskId); // again under the case's lock, as for claim
        if (task.assignee == null) {
            return;
        }
        if (!task.assignee.equals(actor.username()) && !actor.inGroup(Roles.HEAD)) {
            throw new CaseProblems.TaskClaimedByOther(taskId, task.assignee);
        }
        tasks.setAssignee(taskId, null);
        record.append(c.id, new Act("TASK_UNCLAIMED", task.step, actor.username(), null, "放回任务至待领取",
                Map.of("taskId", taskId, "heldBy", task.assignee)));
    }

    /** The head approves 3 more working days for the open review round (G118; RULES §4). */
    public void extendReview(long caseId, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        CaseAccess.requireGroup(actor, Roles.HEAD, Step.LEGAL_REVIEW);
        InboxTaskEntity task = access.currentTask(c, Step.LEGAL_REVIEW);
        var extended = calendar.extend(caseId, "legal-review");
        dueDates.move(task.taskId, calendar.endOfDay(extended.due()));
        record.append(c.id, new Act("REVIEW_EXTENDED", Step.LEGAL_REVIEW.taskKey(), actor.username(), "G118",
                "负责人批准延长法制审核期限至 " + extended.due(), Map.of("due", extended.due().toString())));
    }

    /** 中止: the 90-day decision clock stops (hearing, testing/appraisal, public notice; APL Art. 60). */
    public void suspendDecisionClock(long caseId, SuspensionReason reason, LocalDate from, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        CaseAccess.requireGroup(actor, Roles.HEAD, Step.HEAD_DECISION);
        CaseAccess.requirePresent("reason", reason, "APL Art. 60");
        CaseAccess.requirePresent("from", from, "APL Art. 60");
        calendar.suspend(caseId, reason, from);
        record.append(c.id, new Act("DECISION_CLOCK_SUSPENDED", null, actor.username(), "APL Art. 60",
                "中止办案期限（" + reason + "），自 " + from, Map.of("reason", reason.name(), "from", from.toString())));
    }

    /** The clock runs again; the decision due date has moved by the suspended days, and so do open tasks'. */
    public void resumeDecisionClock(long caseId, LocalDate on, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        CaseAccess.requireGroup(actor, Roles.HEAD, Step.HEAD_DECISION);
        CaseAccess.requirePresent("on", on, "APL Art. 60");
        var decision = calendar.resume(caseId, on);
        for (InboxTaskEntity t : access.openTasks(caseId)) {
            if (dueDates.ruleOf(t.taskId, t.step).filter("decision"::equals).isPresent()) {
                dueDates.move(t.taskId, calendar.endOfDay(decision.due()));
            }
        }
        record.append(c.id, new Act("DECISION_CLOCK_RESUMED", null, actor.username(), "APL Art. 60",
                "恢复办案期限，自 " + on + "；作出决定期限顺延至 " + decision.due(),
                Map.of("on", on.toString(), "due", decision.due().toString())));
    }

    /**
     * 更换承办人: the head replaces a handler (typically one whose certificate lapsed mid-case) with a
     * certified officer of the body. The old assignment is kept with who removed it, when and why.
     */
    public void reassignHandler(long caseId, Long removeOfficerId, Long addOfficerId, String reason, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        CaseAccess.requireGroup(actor, Roles.HEAD, Step.FILING_APPROVAL);
        CaseAccess.requirePresent("removeOfficerId", removeOfficerId, "APL Art. 42");
        CaseAccess.requirePresent("addOfficerId", addOfficerId, "APL Art. 42");
        if (CaseAccess.blank(reason)) {
            throw new StepDataInvalid("reason", Reason.of("reassignment-reason"));
        }
        List<Long> handlers = cases.selectHandlerIds(c.id);
        if (!handlers.contains(removeOfficerId)) {
            throw new StepDataInvalid("removeOfficerId", Reason.of("not-a-handler-of-case"));
        }
        if (handlers.contains(addOfficerId)) {
            throw new StepDataInvalid("addOfficerId", Reason.of("already-a-handler-of-case"));
        }
        Matter matter = officers.matter(c.matterId);
        EnforcementBody body = officers.body(c.bodyId);
        Officer added = officers.officer(addOfficerId);
        if (added.bodyId() != body.id()) {
            throw new NotPermitted("not-an-officer-of-body", "APL Art. 42", added.name() + " is not an officer of " + body.name(),
                    added.name(), body.name());
        }
        access.requireNeverReviewed(c, added);
        CertifiedOfficer certified = officers.requireMayAct(added, matter, body.area(), access.today(), "addOfficerId");
        Officer removed = officers.officer(removeOfficerId);
        cases.removeHandler(c.id, removeOfficerId, actor.username(), access.now(), reason);
        cases.insertHandler(c.id, addOfficerId, false, actor.username(), access.now());
        reviewCounts.inboxChanged(); // a reviewer's own cases leave their task list
        record.append(c.id, new Act("HANDLER_REASSIGNED", null, actor.username(), "APL Art. 42",
                "更换承办人：" + removed.name() + " → " + added.name() + "（执法证 " + certified.certificate().number() + "），理由：" + reason,
                Map.of("removed", removeOfficerId, "added", addOfficerId, "certificate", certified.certificate().number(),
                        "reason", reason)));
    }
}
