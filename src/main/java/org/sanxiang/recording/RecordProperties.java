package org.sanxiang.recording;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkpoints of the chained record (G118 防删改).
 *
 * @param keyFile        the office's Ed25519 signing key; generated on first start when missing
 * @param checkpointFile the append-only file every checkpoint is also written to (one JSON line each)
 * @param checkpointCron when the scheduled checkpoint is taken (office time); "-" disables it
 */
@ConfigurationProperties("sanxiang.recording")
public record RecordProperties(
        @DefaultValue("./data/keys/checkpoint-ed25519.key") Path keyFile,
        @DefaultValue("./data/checkpoints/checkpoints.jsonl") Path checkpointFile,
        @DefaultValue("0 30 0 * * *") String checkpointCron) {
}
