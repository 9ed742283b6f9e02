package org.sanxiang.cases;

import java.util.Map;
import java.util.Set;

import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every act refused for who was acting — an uncertified or unqualified officer, too few certified
 * officers, certificates not shown, a handler reviewing, an investigator chairing (APL Art. 42, 55, 58,
 * 64, 76) — is itself recorded in the case's chain, in its own transaction, because the refused
 * act's transaction rolls back. The caller records only before appending its own entry.
 */
@Component
class RefusedActs {

    private static final Set<String> BLOCKS = Set.of("certificate-not-valid", "too-few-handlers",
            "certificates-shown-mismatch", "hearing-chair-is-investigator", "not-a-handler", "reviewer-is-handler",
            "reviewer-not-qualified", "not-an-officer-of-body");

    private final CaseRecord record;

    RefusedActs(CaseRecord record) {
        this.record = record;
    }

    static boolean isBlock(Problem p) {
        return BLOCKS.contains(p.slug());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long caseId, String step, Actor actor, Problem p) {
        record.append(caseId, new Act("ACT_REFUSED", step, actor.username(), p.article(),
                "拒绝办理：" + p.getMessage(), Map.of("type", p.type(), "detail", p.getMessage())));
    }
}
