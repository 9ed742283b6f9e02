package org.sanxiang.cases;

import java.util.List;
import java.util.Set;

import org.sanxiang.cases.CaseQueries.CaseAccess;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceAccessPolicy;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The evidence module's access port, answered by the case: evidence follows case access (another body's
 * case is not found); the case's handlers add (APL Art. 42); handlers, the head, legal reviewers,
 * supervisors and administrators read; handlers and the head exclude (APL Art. 46).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class EvidenceAccessRules implements EvidenceAccessPolicy {

    static final Set<String> READERS = Set.of(Roles.HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.ADMIN);

    private final CaseQueries queries;
    private final CaseMapper cases;

    @Override
    public CaseEvidence caseOf(long caseId, Actor actor) {
        CaseAccess c = queries.access(caseId, actor);
        boolean mayRead = c.handler() || READERS.stream().anyMatch(actor::inGroup);
        boolean mayExclude = c.handler() || actor.inGroup(Roles.HEAD);
        List<String> open = queries.openTasks(caseId).stream().map(OpenTask::step).toList();
        return new CaseEvidence(c.caseId(), c.caseNumber(), c.processInstanceId(), c.handler(), mayRead, mayExclude,
                c.investigationRecordIds(), cases.selectHandlerIds(caseId), open);
    }
}
