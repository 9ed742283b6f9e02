package org.sanxiang.publicity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Chinese texts of publicity from {@code messages.properties}: record entries, the published
 * content's fixed words and the reason labels. The record and the public list are kept in the office's
 * language of record whatever the reader's locale, so they are read from the root bundle (the English
 * bundle holds the same keys for the workspace).
 */
final class PublicityTexts {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private PublicityTexts() {
    }

    /** The text of {@code key}, its {@code {0}}, {@code {1}} ... filled in as Spring's MessageSource does. */
    static String text(String key, Object... args) {
        String pattern = ZH.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The text of {@code key}, or {@code fallback} where the bundle has none. */
    static String textOr(String key, String fallback) {
        return ZH.containsKey(key) ? ZH.getString(key) : fallback;
    }
}
