package org.sanxiang.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.sanxiang.recording.persistence.RecordMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

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
@RequiredArgsConstructor
public class CaseRecord {

    static final String GENESIS = "0".repeat(64);

    private final RecordMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final RecordProperties properties;
    private final RecordCheckpoints checkpoints;

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
        if (properties.checkpointAfterActs().contains(act.act())) {
            checkpoints.createAfterCommit(); // a decision is signed and published within seconds of its commit
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public List<RecordEntry> timeline(long caseId) {
        return mapper.selectByCase(caseId);
    }

    /**
     * The case's entries of one act and step whose payload holds {@code payloadPart} (e.g. {@code "taskId":"…"}),
     * found by the database: no whole chain is read to look for one entry.
     */
    @Transactional(readOnly = true)
    public List<RecordEntry> entries(long caseId, String act, String step, String payloadPart) {
        return mapper.selectByAct(caseId, act, step, payloadPart);
    }

    /** Entries read per query while verifying: memory stays bounded however long a chain grows. */
    static final int VERIFY_PAGE = 5_000;

    /** One page of a chain in order, by column position (the verification reads every entry: no mapping by name). */
    static final String VERIFY_PAGE_SQL = "SELECT seq, act, step, actor, article, summary, payload, recorded_at, prev_hash, hash"
            + " FROM record_entry WHERE case_id = ? AND seq > ? ORDER BY seq LIMIT ?";

    /**
     * Recomputes every entry's hash in keyset pages of {@link #VERIFY_PAGE} (bounded memory), reading the
     * rows as they stream by column position: a million entries are read without building a million
     * objects (issue 9's chain benchmark).
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(long caseId) {
        Verifier v = new Verifier(caseId);
        int read;
        do {
            int before = v.read;
            jdbc.query(VERIFY_PAGE_SQL, v, caseId, v.expectedSeq - 1, VERIFY_PAGE);
            read = v.read - before;
        } while (v.brokenAtSeq == null && read == VERIFY_PAGE);
        if (v.brokenAtSeq != null) {
            return new ChainVerification(caseId, mapper.countByCase(caseId), false, v.brokenAtSeq);
        }
        return new ChainVerification(caseId, v.read, true, null);
    }

    private static final class Verifier implements RowCallbackHandler {
        final long caseId;
        final MessageDigest digest = sha256();
        String prev = GENESIS;
        int expectedSeq = 1;
        int read;
        Integer brokenAtSeq;

        Verifier(long caseId) {
            this.caseId = caseId;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            read++;
            if (brokenAtSeq != null) {
                return; // the rest of the page is not looked at
            }
            int seq = rs.getInt(1);
            String prevHash = rs.getString(9);
            String hash = rs.getString(10);
            String recomputed = hash(digest, prevHash, caseId, seq, rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDateTime.class));
            if (seq != expectedSeq || !prevHash.equals(prev) || !recomputed.equals(hash)) {
                brokenAtSeq = seq;
                return;
            }
            prev = hash;
            expectedSeq++;
        }
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
