package org.sanxiang.recording;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkpoints of the chained record (G118 防删改).
 *
 * @param keyFile        the office's Ed25519 signing key; generated on first start when missing
 * @param checkpointFile the append-only file every checkpoint is also written to (one JSON line each); served
 *                       as the public feed third parties mirror, and compared with the database on verification
 * @param checkpointCron when the scheduled checkpoint is taken (office time; default hourly, skipped when no
 *                       chain moved since the last one); "-" disables it
 * @param checkpointAfterActs acts after whose commit a checkpoint is taken at once (default {@code ROW_SEALED}:
 *                       every decision seals its row, so every decision is signed within seconds); empty: none
 */
@ConfigurationProperties("sanxiang.recording")
public record RecordProperties(
        @DefaultValue("./data/keys/checkpoint-ed25519.key") Path keyFile,
        @DefaultValue("./data/checkpoints/checkpoints.jsonl") Path checkpointFile,
        @DefaultValue("0 0 * * * *") String checkpointCron,
        @DefaultValue("ROW_SEALED") List<String> checkpointAfterActs) {
}
