package org.sanxiang.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file-system blob store unless another {@link BlobStore} (e.g. S3-compatible) is configured. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean(BlobStore.class)
    BlobStore fileSystemBlobStore(EvidenceProperties properties) {
        return new FileSystemBlobStore(properties.blobRoot());
    }
}
