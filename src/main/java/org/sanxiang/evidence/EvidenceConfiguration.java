package org.sanxiang.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The blob store: {@code sanxiang.evidence.store=file} (the default) keeps blobs under
 * {@code sanxiang.evidence.blob-root}, which a cluster's nodes share as one mount; {@code s3} keeps them in an
 * S3-compatible bucket ({@link S3Properties}). Another {@link BlobStore} bean replaces both.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean(BlobStore.class)
    @ConditionalOnProperty(name = "sanxiang.evidence.store", havingValue = "file", matchIfMissing = true)
    BlobStore fileSystemBlobStore(EvidenceProperties properties) {
        return new FileSystemBlobStore(properties.blobRoot());
    }

    @Bean
    @ConditionalOnMissingBean(BlobStore.class)
    @ConditionalOnProperty(name = "sanxiang.evidence.store", havingValue = "s3")
    BlobStore s3BlobStore(S3Properties s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("sanxiang.evidence.store=s3 needs sanxiang.evidence.s3.bucket");
        }
        return new S3BlobStore(s3Client(s3), s3.bucket(), s3.prefix(), s3.stagingDir());
    }

    static S3Client s3Client(S3Properties s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // checksums only where S3 requires them: the SDK's default (aws-chunked uploads with trailing
                // CRC32) is stored verbatim, framing and all, by S3-compatible servers that do not speak it
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // a plain body with its length: over http the SDK would otherwise sign it in aws-chunked frames
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .credentialsProvider(s3.accessKey() == null || s3.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }
}
