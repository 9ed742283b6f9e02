package org.sanxiang.evidence;

import java.util.List;
import java.util.Set;

import org.sanxiang.evidence.EvidenceProblems.EvidenceNotPermitted;

/**
 * A case as its evidence sees it (from {@link EvidenceAccessPolicy}): number and process instance, what the
 * actor may do with its evidence (APL Art. 42, 46), its investigation records, current handlers (lead first)
 * and the BPMN task keys of its open tasks.
 *
 * @param mayAdd     the actor is one of the case's handlers
 * @param mayRead    handlers, and the head, legal reviewers, supervisors and the administrator
 * @param mayExclude handlers and the head
 */
public record CaseEvidence(long caseId, String caseNumber, String processInstanceId, boolean mayAdd, boolean mayRead,
        boolean mayExclude, Set<Long> investigationRecordIds, List<Long> handlerIds, List<String> openTaskKeys) {

    public CaseEvidence requireAdd() {
        if (!mayAdd) {
            throw new EvidenceNotPermitted("APL Art. 42", "only the case's handlers may add evidence", caseNumber);
        }
        return this;
    }

    public CaseEvidence requireRead() {
        if (!mayRead) {
            throw new EvidenceNotPermitted("APL Art. 42", "not a handler of the case", caseNumber);
        }
        return this;
    }

    public CaseEvidence requireExclude() {
        if (!mayExclude) {
            throw new EvidenceNotPermitted("APL Art. 46", "only the case's handlers or the head may exclude evidence",
                    caseNumber);
        }
        return this;
    }
}
