package org.sanxiang.evidence;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible blob store ({@code sanxiang.evidence.store=s3}; the file-system store otherwise).
 *
 * @param endpoint   the service's URL (a MinIO, Ceph RGW or cloud endpoint); empty: the SDK's default for the region
 * @param region     the signing region ({@code us-east-1} suits most S3-compatible servers)
 * @param bucket     the bucket (created by the administrator; the store does not create it)
 * @param prefix     the key prefix of every object ({@code evidence/}); blobs under {@code <prefix>blobs/aa/bb/<sha256>},
 *                   orphans under {@code <prefix>orphans/}
 * @param accessKey  the access key; empty: the SDK's default credential chain (environment, profile, instance role)
 * @param secretKey  the secret key
 * @param pathStyle  path-style URLs ({@code endpoint/bucket/key}), which most S3-compatible servers need
 * @param stagingDir a local directory where an upload is hashed before it is sent (it must hold the largest upload)
 */
@ConfigurationProperties("sanxiang.evidence.s3")
public record S3Properties(
        URI endpoint,
        @DefaultValue("us-east-1") String region,
        String bucket,
        @DefaultValue("evidence/") String prefix,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("./data/s3-staging") Path stagingDir) {
}
