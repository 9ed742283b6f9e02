package org.sanxiang.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.recording.persistence.RecordMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Signed checkpoints of every case chain's head (G118 防删改): taken daily and on demand, stored,
 * appended to an append-only file and published. Someone with full database rights can rewrite a
 * chain and recompute every hash so that {@link CaseRecord#verify} passes, but cannot make it match
 * the heads that signed, published checkpoints saw.
 */
@Service
@RequiredArgsConstructor
public class RecordCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(RecordCheckpoints.class);

    private final RecordMapper mapper;
    private final RecordProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile CheckpointKey key;

    /**
     * The daily checkpoint (cron {@code sanxiang.recording.checkpoint-cron}, office time), taken by one node of
     * a cluster: the node that holds the {@code record-checkpoint} lock (ShedLock) for the period; the others
     * skip it.
     */
    @Scheduled(cron = "${sanxiang.recording.checkpoint-cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "record-checkpoint", lockAtLeastFor = "${sanxiang.cluster.lock-at-least-for:PT5M}",
            lockAtMostFor = "PT1H")
    public void scheduled() {
        Checkpoint c = create();
        log.info("record checkpoint {}: {} chains, {} entries, digest {}", c.id(), c.chains(), c.entries(), c.digest());
    }

    /** Signs the heads of every chain now, stores the checkpoint and appends it to the checkpoint file. */
    @Transactional
    public Checkpoint create() {
        List<ChainHead> heads = mapper.selectHeads();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long entries = heads.stream().mapToLong(ChainHead::seq).sum();
        String digest = digest(heads);
        String signed = Checkpoint.signedText(at, heads.size(), entries, digest);
        CheckpointKey k = key();
        Checkpoint draft = new Checkpoint(0, at, heads.size(), entries, digest, k.sign(signed), k.publicKeyBase64());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("createdAt", at);
        row.put("chains", draft.chains());
        row.put("entries", entries);
        row.put("digest", digest);
        row.put("signature", draft.signature());
        row.put("publicKey", draft.publicKey());
        mapper.insertCheckpoint(row);
        long id = ((Number) row.get("id")).longValue();
        if (!heads.isEmpty()) {
            mapper.insertCheckpointHeads(id, heads);
        }
        Checkpoint checkpoint = new Checkpoint(id, at, draft.chains(), entries, digest, draft.signature(), draft.publicKey());
        appendToFile(checkpoint, heads);
        return checkpoint;
    }

    /** Every checkpoint, newest first (published on the public portal). */
    @Transactional(readOnly = true)
    public List<Checkpoint> list() {
        return mapper.selectCheckpoints();
    }

    /** The heads a checkpoint saw. */
    @Transactional(readOnly = true)
    public List<ChainHead> heads(long checkpointId) {
        return mapper.selectCheckpointHeads(checkpointId);
    }

    /** The checkpoints that covered the case, oldest first. */
    @Transactional(readOnly = true)
    public List<Checkpoint> covering(long caseId) {
        return mapper.selectCheckpointsCovering(caseId);
    }

    /**
     * Compares a case's chain with every checkpoint that covered it: each checkpoint must carry the
     * office's key and a valid signature over the digest of its heads, and the entry it saw as the
     * case's head must still be in the chain with the same hash.
     */
    @Transactional(readOnly = true)
    public CheckpointComparison compare(long caseId) {
        List<Checkpoint> covering = mapper.selectCheckpointsCovering(caseId);
        String officeKey = covering.isEmpty() ? null : key().publicKeyBase64();
        for (Checkpoint c : covering) {
            List<ChainHead> heads = mapper.selectCheckpointHeads(c.id());
            ChainHead head = heads.stream().filter(h -> h.caseId() == caseId).findFirst().orElseThrow();
            boolean authentic = c.publicKey().equals(officeKey) && digest(heads).equals(c.digest())
                    && heads.size() == c.chains() && CheckpointKey.verify(c.signedText(), c.signature(), c.publicKey());
            RecordEntry entry = mapper.selectEntry(caseId, head.seq());
            if (!authentic || entry == null || !entry.hash().equals(head.hash())) {
                return new CheckpointComparison(caseId, covering.size(), false, c.id(), head.seq());
            }
        }
        return new CheckpointComparison(caseId, covering.size(), true, null, null);
    }

    /** The office's public key (X.509, Base64) that checkpoints are signed with. */
    public String publicKey() {
        return key().publicKeyBase64();
    }

    /** Checks a checkpoint's signature with the key it names (for offline tools: also compare the key). */
    public static boolean signatureValid(Checkpoint c) {
        return CheckpointKey.verify(c.signedText(), c.signature(), c.publicKey());
    }

    static String digest(List<ChainHead> heads) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            heads.stream().sorted(java.util.Comparator.comparingLong(ChainHead::caseId))
                    .forEach(h -> digest.update(h.line().getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CheckpointKey key() {
        CheckpointKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = CheckpointKey.loadOrCreate(properties.keyFile());
                }
                k = key;
            }
        }
        return k;
    }

    private void appendToFile(Checkpoint c, List<ChainHead> heads) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("format", Checkpoint.FORMAT);
        line.put("id", c.id());
        line.put("createdAt", c.createdAt().toString());
        line.put("chains", c.chains());
        line.put("entries", c.entries());
        line.put("digest", c.digest());
        line.put("signature", c.signature());
        line.put("publicKey", c.publicKey());
        line.put("heads", heads.stream().map(h -> List.of(h.caseId(), h.seq(), h.hash())).toList());
        Path file = properties.checkpointFile().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint file " + file, e);
        }
    }
}
