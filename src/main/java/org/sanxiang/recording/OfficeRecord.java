package org.sanxiang.recording;

import java.util.List;

import org.sanxiang.process.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office record of an enforcement body (G118; APL Art. 47): a hash chain like a case's, for the
 * acts that leave no case behind — above all acts refused before any case exists (a lead on a matter
 * not on the power list, an uncertified officer registering or deciding on the spot; APL Art. 24, 42,
 * 51). It is the same chain code and table as {@link CaseRecord}: the chain of body {@code b} is keyed
 * {@code -b}, so {@link RecordCheckpoints} signs its head with every case's and the checkpoint
 * comparison covers it unchanged.
 */
@Service
public class OfficeRecord {

    /** Attempts when a concurrent append took the next sequence number of the office chain. */
    static final int ATTEMPTS = 5;

    private final CaseRecord chains;
    private final RecordCheckpoints checkpoints;
    private final TransactionTemplate ownTransaction;

    OfficeRecord(CaseRecord chains, RecordCheckpoints checkpoints, PlatformTransactionManager transactions) {
        this.chains = chains;
        this.checkpoints = checkpoints;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The chain key of a body's office record (as in {@code record_entry.case_id} and checkpoint heads). */
    public static long chainOf(long bodyId) {
        if (bodyId <= 0) {
            throw new IllegalArgumentException("not a body id: " + bodyId);
        }
        return -bodyId;
    }

    /**
     * Appends to the body's office chain in a transaction of its own, committed whatever becomes of the
     * caller's (a refused act rolls back; its record must not). Appends to one office chain are not
     * serialised by a row lock: when a concurrent append took the sequence number, it is tried again.
     */
    public RecordEntry append(long bodyId, Act act) {
        long chain = chainOf(bodyId);
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> chains.appendToChain(chain, act));
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw new OfficeRecordBusy(bodyId);
                }
            }
        }
    }

    public List<RecordEntry> timeline(long bodyId) {
        return chains.timeline(chainOf(bodyId));
    }

    /** The office chain re-hashed; its {@code caseId} is the chain key ({@link #chainOf}). */
    public ChainVerification verify(long bodyId) {
        return chains.verify(chainOf(bodyId));
    }

    /** The office chain compared with every signed checkpoint that saw its head. */
    public CheckpointComparison compare(long bodyId) {
        return checkpoints.compare(chainOf(bodyId));
    }

    /** Concurrent appends kept taking the office chain's next sequence number: 409, try again. */
    public static class OfficeRecordBusy extends Conflict {

        OfficeRecordBusy(long bodyId) {
            super("office-record-busy", "G118", "the office record of body " + bodyId + " is busy; try again", bodyId);
        }
    }
}
