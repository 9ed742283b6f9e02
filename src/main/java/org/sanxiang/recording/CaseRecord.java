package org.sanxiang.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.sanxiang.recording.persistence.RecordMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends acts to a case's hash chain and verifies it. Appends join the caller's transaction, so a
 * state change and its record commit together or not at all; the unique (case, seq) key makes two
 * concurrent appends to one chain fail rather than fork it.
 * <p>
 * Every chain is keyed by a number (column {@code record_entry.case_id}, the first field of a checkpoint
 * head): a case's chain by the case id (&gt; 0), an enforcement body's office chain ({@link OfficeRecord}) by
 * the body id negated. The key is part of every entry's hash, so an entry cannot move between chains.
 */
@Service
public class CaseRecord {

    static final String GENESIS = "0".repeat(64);

    private final RecordMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    CaseRecord(RecordMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RecordEntry append(long caseId, Act act) {
        if (caseId <= 0) {
            throw new IllegalArgumentException("not a case id: " + caseId + " (office chains are written by OfficeRecord)");
        }
        return appendToChain(caseId, act);
    }

    /** Appends to the chain keyed {@code caseId} (a case id, or an office chain's negative key) in the caller's transaction. */
    RecordEntry appendToChain(long caseId, Act act) {
        RecordEntry last = mapper.selectLast(caseId);
        int seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? GENESIS : last.hash();
        // seconds precision: what the database keeps (sendFractionalSeconds=false) is what is hashed
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String payload = toJson(act);
        String hash = hash(prev, caseId, seq, act.act(), act.step(), act.actor(), act.article(), act.summary(), payload, at);
        RecordEntry entry = new RecordEntry(0, caseId, seq, act.act(), act.step(), act.actor(), act.article(),
                act.summary(), payload, at, prev, hash);
        mapper.insert(entry);
        return entry;
    }

    @Transactional(readOnly = true)
    public List<RecordEntry> timeline(long caseId) {
        return mapper.selectByCase(caseId);
    }

    /** Entries read per query while verifying: memory stays bounded however long a chain grows. */
    static final int VERIFY_PAGE = 5_000;

    @Transactional(readOnly = true)
    public ChainVerification verify(long caseId) {
        String prev = GENESIS;
        int expectedSeq = 1;
        int checked = 0;
        MessageDigest digest = sha256();
        List<RecordEntry> page;
        do {
            page = mapper.selectPageAfter(caseId, expectedSeq - 1, VERIFY_PAGE);
            for (RecordEntry e : page) {
                checked++;
                String recomputed = hash(digest, e.prevHash(), e.caseId(), e.seq(), e.act(), e.step(), e.actor(),
                        e.article(), e.summary(), e.payload(), e.recordedAt());
                if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !recomputed.equals(e.hash())) {
                    return new ChainVerification(caseId, mapper.countByCase(caseId), false, e.seq());
                }
                prev = e.hash();
                expectedSeq++;
            }
        } while (page.size() == VERIFY_PAGE);
        return new ChainVerification(caseId, checked, true, null);
    }

    private String toJson(Act act) {
        try {
            return json.writeValueAsString(act.payload() == null ? java.util.Map.of() : act.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record payload is not serialisable", e);
        }
    }

    /**
     * The hash of one entry: SHA-256 over its fields and its predecessor's hash, joined by U+001F. Public
     * so that offline tools (archive checks, benchmarks) compute exactly what the engine computes.
     */
    public static String entryHash(String prev, long caseId, int seq, String act, String step, String actor,
            String article, String summary, String payload, LocalDateTime at) {
        return hash(sha256(), prev, caseId, seq, act, step, actor, article, summary, payload, at);
    }

    static String hash(String prev, long caseId, int seq, String act, String step, String actor, String article,
            String summary, String payload, LocalDateTime at) {
        return entryHash(prev, caseId, seq, act, step, actor, article, summary, payload, at);
    }

    static String hash(MessageDigest digest, String prev, long caseId, int seq, String act, String step, String actor,
            String article, String summary, String payload, LocalDateTime at) {
        String canonical = String.join("\u001f", prev, Long.toString(caseId), Integer.toString(seq), act,
                String.valueOf(step), actor, String.valueOf(article), summary, payload, at.toString());
        return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
