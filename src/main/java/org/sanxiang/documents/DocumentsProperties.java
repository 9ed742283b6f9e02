package org.sanxiang.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param patterns number pattern per document kind; placeholders {@code {prefix}} (the body's
 *                 document prefix), {@code {year}} and {@code {seq}}
 */
@ConfigurationProperties("sanxiang.documents")
public record DocumentsProperties(Map<String, String> patterns) {

    public DocumentsProperties {
        patterns = patterns == null ? Map.of() : Map.copyOf(patterns);
    }
}
