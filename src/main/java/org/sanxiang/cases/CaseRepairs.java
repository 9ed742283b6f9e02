package org.sanxiang.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Conflict;
import org.sanxiang.process.Roles;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The one way to repair a case's engine state (G118; APL Art. 47): the engine REST API writes nothing, so a
 * technical failure — a service task or timer whose job failed and left an incident — is retried here, by an
 * administrator who gives a reason. The repair is a named operation that cannot change the legal path (no
 * variable, no jump, no deletion): it only lets the failed jobs of the case's process instances (and the
 * instances they called) run again, and the rules those jobs run still decide on our tables. Reason, actor and
 * the jobs are appended to the case's chain in the same transaction as the retry.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CaseRepairs {

    /** What a repair may do. */
    public enum Operation {
        /** the case's failed jobs (no retries left, an incident open) run again, once each */
        RETRY_FAILED_JOBS
    }

    /** A repair asked for: what, and why (recorded). */
    public record RepairInput(Operation operation, String reason) {
    }

    /** What was repaired: the chain entry and the jobs retried. */
    public record Repair(long caseId, Operation operation, String reason, List<String> jobIds, int recordSeq) {
    }

    private final CaseAccess access;
    private final CaseRecord record;
    private final RuntimeService runtime;
    private final ManagementService management;

    public Repair repair(long caseId, RepairInput input, Actor actor) {
        if (!actor.inGroup(Roles.ADMIN)) {
            throw new NotPermitted("role-required", "G118", "only an administrator repairs a case's engine state",
                    "引擎状态修复", Roles.ADMIN);
        }
        CaseEntity c = access.lockCase(caseId, actor);
        if (input == null || input.operation() == null) {
            throw new StepDataInvalid("operation", Reason.of("required"), "G118");
        }
        if (input.reason() == null || input.reason().strip().length() < 4) {
            throw new StepDataInvalid("reason", Reason.of("repair-reason"), "G118");
        }
        String reason = input.reason().strip();
        List<String> jobs = new ArrayList<>();
        List<String> instances = new ArrayList<>(instancesOf(c.processInstanceId));
        // the publicity process of the case's decisions is started by an event, not called: found by its case
        runtime.createProcessInstanceQuery().variableValueEquals("decisionCaseId", c.id).list()
                .forEach(p -> instances.addAll(instancesOf(p.getId())));
        for (String instance : instances) {
            management.createJobQuery().processInstanceId(instance).noRetriesLeft().list().stream()
                    .map(Job::getId).forEach(jobs::add);
        }
        if (jobs.isEmpty()) {
            throw new NothingToRepair(c.caseNumber);
        }
        jobs.forEach(job -> management.setJobRetries(job, 1));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("operation", input.operation().name());
        payload.put("reason", reason);
        payload.put("jobIds", jobs);
        var entry = record.append(c.id, new Act("ENGINE_REPAIR", null, actor.username(), "G118; APL Art. 47",
                "管理员修复引擎状态（重试失败作业 " + jobs.size() + " 个）：" + reason, payload));
        return new Repair(c.id, input.operation(), reason, List.copyOf(jobs), entry.seq());
    }

    /** The case's process instance and every running instance it called, transitively. */
    private List<String> instancesOf(String root) {
        List<String> all = new ArrayList<>();
        if (root == null) {
            return all;
        }
        List<String> next = List.of(root);
        while (!next.isEmpty()) {
            all.addAll(next);
            List<String> called = new ArrayList<>();
            for (String id : next) {
                runtime.createProcessInstanceQuery().superProcessInstanceId(id).list().forEach(p -> called.add(p.getId()));
            }
            next = called;
        }
        return all;
    }

    /** G118: a repair that would repair nothing is no act. */
    public static class NothingToRepair extends Conflict {
        public NothingToRepair(String caseNumber) {
            super("nothing-to-repair", "G118", "case " + caseNumber + " has no failed job to retry", caseNumber);
        }
    }
}
