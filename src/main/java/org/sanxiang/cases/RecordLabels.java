package org.sanxiang.cases;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Chinese, not internals, in the chained record: the words a record summary uses for a value of an enum
 * (处理意见 给予行政处罚, not PENALTY), from {@code messages.properties} — the record is kept in the office's
 * language whatever the reader's. Free of Spring, for the step rules; a value without a label keeps its name.
 */
public final class RecordLabels {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private RecordLabels() {
    }

    /** {@code label.<group>.<NAME>} in Chinese, e.g. {@code of("outcome", PENALTY)} → 给予行政处罚. */
    public static String of(String group, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "label." + group + "." + value.name();
        return ZH.containsKey(key) ? ZH.getString(key) : value.name();
    }

    /** Several values, joined with 、. */
    public static String of(String group, Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(v -> of(group, v)).collect(Collectors.joining("、"));
    }
}
