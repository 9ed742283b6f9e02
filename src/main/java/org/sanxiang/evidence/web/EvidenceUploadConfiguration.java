package org.sanxiang.evidence.web;

import java.util.Arrays;

import org.sanxiang.evidence.EvidenceProperties;
import org.sanxiang.evidence.EvidenceType;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * Multipart limits for the workspace's upload forms: large enough for the largest evidence file any
 * APL 46 type allows ({@code sanxiang.evidence.max-size.*}, 4 GB for audio-video by default), so the
 * evidence module's own per-type limit decides and its Chinese message is shown on the page. Parts
 * above 1 MB go to a temporary file, never to memory.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceUploadConfiguration {

    static final DataSize IN_MEMORY = DataSize.ofMegabytes(1);
    /** Room for the form's other fields and the multipart framing. */
    static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(EvidenceProperties evidence, MultipartProperties multipart) {
        long largest = Arrays.stream(EvidenceType.values()).mapToLong(evidence::maxBytes).max().orElse(0);
        long file = Math.max(largest + 1, multipart.getMaxFileSize().toBytes());
        long request = Math.max(file + FORM_OVERHEAD.toBytes(), multipart.getMaxRequestSize().toBytes());
        String location = multipart.getLocation() == null ? "" : multipart.getLocation();
        return new MultipartConfigElement(location, file, request, (int) IN_MEMORY.toBytes());
    }
}
