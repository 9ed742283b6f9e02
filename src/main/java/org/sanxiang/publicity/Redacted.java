package org.sanxiang.publicity;

import java.util.Set;

/**
 * A text after automatic redaction and what kinds of personal data were removed from it.
 *
 * @param removed e.g. {@code ID_NUMBER}, {@code MOBILE}, {@code ADDRESS} (see {@link Redactor})
 */
public record Redacted(String text, Set<String> removed) {
}
