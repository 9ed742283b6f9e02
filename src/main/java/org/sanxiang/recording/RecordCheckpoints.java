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

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Signed checkpoints of every case chain's head (G118 防删改): taken daily and on demand, stored,
 * appended to an append-only file and published. Someone with full database rights can rewrite a
 * chain and recompute every hash so that {@link CaseRecord#verify} passes, but cannot make it match
 * the heads that signed, published checkpoints saw.
 */
@Service
public class RecordCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(RecordCheckpoints.class);

    private final RecordMapper mapper;
    private final RecordProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate newTransaction;
    private volatile CheckpointKey key;

    RecordCheckpoints(RecordMapper mapper, RecordProperties properties, ObjectMapper json, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The scheduled checkpoint (cron {@code sanxiang.recording.checkpoint-cron}, office time; hourly by default),
     * taken by one node of a cluster: the node that holds the {@code record-checkpoint} lock (ShedLock) for the
     * period; the others skip it. Skipped when no chain moved since the last checkpoint, so the unprotected tail
     * is at most an hour long.
     */
    @Scheduled(cron = "${sanxiang.recording.checkpoint-cron:0 0 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "record-checkpoint", lockAtLeastFor = "${sanxiang.cluster.lock-at-least-for:PT5M}",
            lockAtMostFor = "PT1H")
    public void scheduled() {
        List<Checkpoint> last = mapper.selectCheckpoints();
        if (!last.isEmpty() && last.get(0).digest().equals(digest(mapper.selectHeads()))) {
            return;
        }
        Checkpoint c = create();
        log.info("record checkpoint {}: {} chains, {} entries, digest {}", c.id(), c.chains(), c.entries(), c.digest());
    }

    /** Synchronisation key: one checkpoint after a transaction, however many acts in it asked for one. */
    private static final Object AFTER_COMMIT = new Object();

    /**
     * Takes a checkpoint once the current transaction has committed (in a transaction of its own), so the act
     * just recorded — a decision — is signed and published within seconds ({@code checkpoint-after-acts}).
     */
    void createAfterCommit() {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()
                || org.springframework.transaction.support.TransactionSynchronizationManager.hasResource(AFTER_COMMIT)) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.bindResource(AFTER_COMMIT, Boolean.TRUE);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        org.springframework.transaction.support.TransactionSynchronizationManager.unbindResourceIfPossible(AFTER_COMMIT);
                        if (status != STATUS_COMMITTED) {
                            return;
                        }
                        try {
                            Checkpoint c = newTransaction.execute(tx -> create());
                            log.debug("record checkpoint {} after a decision", c.id());
                        } catch (RuntimeException e) {
                            // the act is committed; the hourly checkpoint signs it if this one failed
                            log.warn("record checkpoint after commit failed: {}", e.toString());
                        }
                    }
                });
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
        String officeKey = key().publicKeyBase64();
        java.util.Map<Long, Checkpoint> stored = new java.util.HashMap<>();
        for (Checkpoint c : covering) {
            stored.put(c.id(), c);
            List<ChainHead> heads = mapper.selectCheckpointHeads(c.id());
            ChainHead head = heads.stream().filter(h -> h.caseId() == caseId).findFirst().orElseThrow();
            if (!authentic(c, heads, officeKey) || !inChain(caseId, head)) {
                return new CheckpointComparison(caseId, covering.size(), false, c.id(), head.seq(), 0, 0);
            }
        }
        // the append-only file: every checkpoint it holds that saw this chain must still be in the database, the
        // same, and its head still in the chain — deleting checkpoint rows (or the chain's rows) hides nothing
        int filed = 0;
        int missing = 0;
        Long firstMismatch = null;
        Integer atSeq = null;
        for (FiledCheckpoint f : filed()) {
            ChainHead head = f.heads().stream().filter(h -> h.caseId() == caseId).findFirst().orElse(null);
            if (head == null || !authentic(f.checkpoint(), f.heads(), officeKey)) {
                continue; // not about this chain, or not the office's: a forged line proves nothing
            }
            filed++;
            Checkpoint db = stored.get(f.checkpoint().id());
            boolean same = db != null && db.digest().equals(f.checkpoint().digest())
                    && db.signature().equals(f.checkpoint().signature());
            if (!same) {
                missing++;
            }
            if ((!same || !inChain(caseId, head)) && firstMismatch == null) {
                firstMismatch = f.checkpoint().id();
                atSeq = head.seq();
            }
        }
        boolean consistent = firstMismatch == null;
        return new CheckpointComparison(caseId, covering.size(), consistent, firstMismatch, atSeq, filed, missing);
    }

    private boolean inChain(long caseId, ChainHead head) {
        RecordEntry entry = mapper.selectEntry(caseId, head.seq());
        return entry != null && entry.hash().equals(head.hash());
    }

    private static boolean authentic(Checkpoint c, List<ChainHead> heads, String officeKey) {
        return c.publicKey().equals(officeKey) && digest(heads).equals(c.digest()) && heads.size() == c.chains()
                && CheckpointKey.verify(c.signedText(), c.signature(), c.publicKey());
    }

    /** A checkpoint as its line in the append-only file holds it. */
    record FiledCheckpoint(Checkpoint checkpoint, List<ChainHead> heads) {
    }

    /** Every readable line of the append-only checkpoint file, in file order (an unreadable line is skipped). */
    List<FiledCheckpoint> filed() {
        Path file = properties.checkpointFile().toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<FiledCheckpoint> all = new java.util.ArrayList<>();
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                    List<ChainHead> heads = new java.util.ArrayList<>();
                    n.get("heads").forEach(h -> heads.add(new ChainHead(h.get(0).asLong(), h.get(1).asInt(), h.get(2).asText())));
                    all.add(new FiledCheckpoint(new Checkpoint(n.get("id").asLong(), LocalDateTime.parse(n.get("createdAt").asText()),
                            n.get("chains").asInt(), n.get("entries").asLong(), n.get("digest").asText(),
                            n.get("signature").asText(), n.get("publicKey").asText()), heads));
                } catch (IOException | RuntimeException unreadable) {
                    log.warn("checkpoint file {}: unreadable line skipped", file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint file " + file, e);
        }
        return all;
    }

    /**
     * The database's checkpoints against the append-only file (G118 防删改): a checkpoint row deleted or changed,
     * or a row no file line backs, is named. Admin, head and supervisor ask it; it is what a mirror of the public
     * feed can check too.
     */
    @Transactional(readOnly = true)
    public CheckpointAudit audit() {
        String officeKey = key().publicKeyBase64();
        java.util.Map<Long, Checkpoint> stored = new java.util.TreeMap<>();
        mapper.selectCheckpoints().forEach(c -> stored.put(c.id(), c));
        java.util.Set<Long> inFile = new java.util.TreeSet<>();
        List<Long> missing = new java.util.ArrayList<>();
        List<Long> differing = new java.util.ArrayList<>();
        List<Long> notAuthentic = new java.util.ArrayList<>();
        for (FiledCheckpoint f : filed()) {
            long id = f.checkpoint().id();
            if (!authentic(f.checkpoint(), f.heads(), officeKey)) {
                notAuthentic.add(id);
                continue;
            }
            inFile.add(id);
            Checkpoint db = stored.get(id);
            if (db == null) {
                missing.add(id);
            } else if (!db.digest().equals(f.checkpoint().digest()) || !db.signature().equals(f.checkpoint().signature())
                    || !digest(mapper.selectCheckpointHeads(id)).equals(db.digest())) {
                differing.add(id);
            }
        }
        List<Long> unfiled = stored.keySet().stream().filter(id -> !inFile.contains(id)).toList();
        boolean consistent = missing.isEmpty() && differing.isEmpty() && unfiled.isEmpty() && notAuthentic.isEmpty();
        return new CheckpointAudit(stored.size(), inFile.size(), consistent, missing, differing, unfiled, notAuthentic);
    }

    /** The append-only checkpoint file as it is: the public feed (one signed JSON line per checkpoint). */
    public Path feed() {
        return properties.checkpointFile().toAbsolutePath();
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
