package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.evidence.BlobStore.BlobTooLarge;
import org.sanxiang.evidence.BlobStore.StagedBlob;
import org.sanxiang.evidence.EvidenceProblems.AlreadyExcluded;
import org.sanxiang.evidence.EvidenceProblems.ContentTypeNotAllowed;
import org.sanxiang.evidence.EvidenceProblems.EvidenceEmpty;
import org.sanxiang.evidence.EvidenceProblems.EvidenceTooLarge;
import org.sanxiang.evidence.EvidenceProblems.MetadataInvalid;
import org.sanxiang.evidence.EvidenceProblems.UploadInterrupted;
import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.sanxiang.evidence.persistence.EvidenceRow;
import org.sanxiang.process.NotFound;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds, lists, serves, re-verifies and excludes the evidence items of a case (APL Art. 46). The file
 * is streamed into the blob store before any transaction opens (a video may take minutes); the row
 * and its {@code EVIDENCE_ADDED} record entry are then written in one transaction, and a blob whose
 * transaction fails is removed again. Access checks are the caller's (the cases module).
 */
@Service
public class EvidenceRegistry {

    private final EvidenceMapper mapper;
    private final BlobStore blobs;
    private final EvidenceProperties properties;
    private final UploadValidation validation;
    private final TaskInstanceBinding taskInstances;
    private final CaseRecord record;
    private final TransactionTemplate tx;
    private final Clock clock;

    EvidenceRegistry(EvidenceMapper mapper, BlobStore blobs, EvidenceProperties properties, UploadValidation validation,
            TaskInstanceBinding taskInstances, CaseRecord record, PlatformTransactionManager transactions, Clock clock) {
        this.mapper = mapper;
        this.blobs = blobs;
        this.properties = properties;
        this.validation = validation;
        this.taskInstances = taskInstances;
        this.record = record;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores a file as evidence of the case whose process instance is {@code processInstanceId}.
     *
     * @param declaredLength the request's Content-Length, or -1 when unknown (checked early against the limit)
     */
    public EvidenceItem add(long caseId, String processInstanceId, EvidenceUpload upload, InputStream content,
            long declaredLength, String actor) {
        validation.check(upload, processInstanceId);
        EvidenceType type = upload.type();
        long limit = properties.maxBytes(type);
        if (declaredLength == 0) {
            throw new EvidenceEmpty();
        }
        if (declaredLength > limit) {
            throw new EvidenceTooLarge(type, limit);
        }
        String[] detected = new String[1];
        StagedBlob staged;
        try {
            staged = blobs.stage(content, limit, head -> {
                if (head.length == 0) {
                    throw new EvidenceEmpty();
                }
                detected[0] = ContentSniffer.detect(head);
                if (!type.allows(detected[0])) {
                    throw new ContentTypeNotAllowed(detected[0], type);
                }
            });
        } catch (BlobTooLarge e) {
            throw new EvidenceTooLarge(type, limit);
        } catch (IOException e) {
            throw new UploadInterrupted(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        try (staged) {
            boolean[] created = new boolean[1];
            try {
                return tx.execute(status -> {
                    EvidenceRow row = toRow(caseId, upload, detected[0], staged, actor);
                    row.taskId = taskInstances.of(processInstanceId, upload.step());
                    mapper.insert(row);
                    record.append(caseId, new Act("EVIDENCE_ADDED", upload.step(), actor, "APL Art. 46",
                            "证据（" + type.label() + "）：" + upload.fileName() + "，SHA-256 " + staged.sha256(),
                            addedPayload(row)));
                    try {
                        created[0] = staged.commit();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return toItem(row);
                });
            } catch (RuntimeException e) {
                if (created[0] && mapper.countBySha256(staged.sha256()) == 0) {
                    blobs.discard(staged.sha256());
                }
                throw e;
            }
        }
    }

    public List<EvidenceItem> list(long caseId) {
        return mapper.selectByCase(caseId).stream().map(EvidenceRegistry::toItem).toList();
    }

    public EvidenceItem item(long evidenceId) {
        EvidenceRow row = mapper.selectById(evidenceId);
        if (row == null) {
            throw new NotFound("evidence", evidenceId);
        }
        return toItem(row);
    }

    /**
     * The stored file, readable with ranges — only while the item's row still names the file its
     * {@code EVIDENCE_ADDED} entry recorded: a row pointed at another file is refused, never served as the
     * evidence (G118 防删改).
     */
    public Resource content(EvidenceItem item) {
        String chained = chainSha256(item);
        if (!item.sha256().equals(chained)) {
            throw new EvidenceProblems.EvidenceTampered(item.id());
        }
        return blobs.get(item.sha256()).orElseThrow(() -> new NotFound("evidence file", item.sha256()));
    }

    /** The SHA-256 the item's {@code EVIDENCE_ADDED} entry in the case's chain recorded; null when there is none. */
    public String chainSha256(EvidenceItem item) {
        String part = "\"evidenceId\":" + item.id() + ",";
        return record.entries(item.caseId(), "EVIDENCE_ADDED", item.step(), part).stream()
                .map(e -> payloadSha256(e.payload(), item.id())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String payloadSha256(String payload, long evidenceId) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(payload);
            return node.path("evidenceId").asLong(-1) == evidenceId && node.hasNonNull("sha256") ? node.get("sha256").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Re-hashes the stored file and records the check (G118: tamper-resistant storage): the file the chain's
     * {@code EVIDENCE_ADDED} entry names, against the hash recorded there; the row must name the same hash.
     */
    public BlobVerification verify(long evidenceId, String actor) {
        EvidenceItem item = item(evidenceId);
        String chained = chainSha256(item);
        String actual;
        try {
            actual = blobs.rehash(chained != null ? chained : item.sha256()).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean intact = chained != null && chained.equals(item.sha256()) && chained.equals(actual);
        BlobVerification result = new BlobVerification(item.id(), item.sha256(), actual, actual != null, intact, now(),
                chained);
        tx.executeWithoutResult(status -> record.append(item.caseId(), new Act("EVIDENCE_VERIFIED", item.step(), actor,
                "G118", "证据校验：" + item.fileName() + (result.intact() ? "，完整" : "，不一致"), Map.of(
                        "evidenceId", item.id(), "recordedSha256", item.sha256(), "chainSha256", String.valueOf(chained),
                        "actualSha256", String.valueOf(actual), "intact", result.intact()))));
        return result;
    }

    /** Marks an item excluded (e.g. unlawfully obtained, APL Art. 46); the item and its file stay. */
    public EvidenceItem exclude(long evidenceId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new MetadataInvalid("reason", "1-2000 characters");
        }
        return tx.execute(status -> {
            EvidenceItem item = item(evidenceId);
            if (mapper.markExcluded(evidenceId, reason.trim(), actor, now()) == 0) {
                throw new AlreadyExcluded(evidenceId);
            }
            record.append(item.caseId(), new Act("EVIDENCE_EXCLUDED", item.step(), actor, "APL Art. 46",
                    "排除证据：" + item.fileName() + "，理由：" + reason.trim(),
                    Map.of("evidenceId", item.id(), "sha256", item.sha256(), "reason", reason.trim())));
            return item(evidenceId);
        });
    }

    /** Whether the case has a usable (not excluded) audio-video item for the step. */
    public boolean hasAudioVideo(long caseId, String step) {
        return mapper.countAudioVideo(caseId, step) > 0;
    }

    // ------------------------------------------------------------------ mapping

    private EvidenceRow toRow(long caseId, EvidenceUpload upload, String contentType, StagedBlob staged, String actor) {
        EvidenceRow row = new EvidenceRow();
        row.caseId = caseId;
        row.evidenceType = upload.type().name();
        row.step = upload.step();
        row.investigationRecordId = upload.investigationRecordId();
        row.fileName = upload.fileName();
        row.description = upload.description();
        row.capturedAt = upload.capturedAt() == null ? null : upload.capturedAt().truncatedTo(ChronoUnit.SECONDS);
        row.place = upload.place();
        row.officerIds = joinIds(upload.officerIds());
        row.durationSeconds = upload.durationSeconds();
        row.contentType = contentType;
        row.sizeBytes = staged.size();
        row.sha256 = staged.sha256();
        row.uploadedBy = actor;
        row.uploadedAt = now();
        return row;
    }

    private static Map<String, Object> addedPayload(EvidenceRow row) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("evidenceId", row.id);
        payload.put("type", row.evidenceType);
        payload.put("taskId", row.taskId);
        payload.put("fileName", row.fileName);
        payload.put("sha256", row.sha256);
        payload.put("size", row.sizeBytes);
        payload.put("contentType", row.contentType);
        payload.put("investigationRecordId", row.investigationRecordId);
        payload.put("capturedAt", row.capturedAt == null ? null : row.capturedAt.toString());
        payload.put("place", row.place);
        payload.put("officerIds", row.officerIds);
        payload.put("durationSeconds", row.durationSeconds);
        payload.put("description", row.description);
        return payload;
    }

    static EvidenceItem toItem(EvidenceRow r) {
        List<Long> ids = r.officerIds == null || r.officerIds.isBlank() ? List.of()
                : Arrays.stream(r.officerIds.split(",")).map(Long::valueOf).toList();
        return new EvidenceItem(r.id, r.caseId, EvidenceType.valueOf(r.evidenceType), r.step, r.taskId, r.investigationRecordId,
                r.fileName, r.description, r.capturedAt, r.place, ids, r.durationSeconds, r.contentType, r.sizeBytes,
                r.sha256, r.uploadedBy, r.uploadedAt, r.excluded, r.exclusionReason, r.excludedBy, r.excludedAt);
    }

    static String joinIds(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
