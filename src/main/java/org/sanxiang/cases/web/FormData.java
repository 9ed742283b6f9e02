package org.sanxiang.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.springframework.util.MultiValueMap;

/**
 * The fields of a posted form, read as the types a step needs. A value that cannot be read is a
 * {@link StepDataInvalid} naming the field, so the page shows it like any other rule.
 */
final class FormData {

    /** Fields that hold several values (check boxes): always echoed as a list. */
    private static final java.util.Set<String> MULTI = java.util.Set.of("handlerIds", "officerIds",
            "proposedPenaltyTypes", "penaltyTypes", "audioVideoAbsence");

    private final MultiValueMap<String, String> values;

    FormData(MultiValueMap<String, String> values) {
        this.values = values;
    }

    String text(String field) {
        String v = values.getFirst(field);
        return v == null || v.isBlank() ? null : v.trim();
    }

    boolean bool(String field) {
        String v = text(field);
        return "true".equals(v) || "on".equals(v);
    }

    Boolean optionalBool(String field) {
        String v = text(field);
        return v == null ? null : Boolean.valueOf("true".equals(v) || "on".equals(v));
    }

    LocalDate date(String field) {
        return parse(field, LocalDate::parse, Reason.of("form-date"));
    }

    BigDecimal decimal(String field) {
        return parse(field, BigDecimal::new, Reason.of("form-number"));
    }

    Long id(String field) {
        return parse(field, Long::valueOf, Reason.of("form-id"));
    }

    Integer integer(String field) {
        return parse(field, Integer::valueOf, Reason.of("form-integer"));
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return parse(field, v -> Enum.valueOf(type, v), Reason.of("form-choice"));
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(field, List.of())) {
            if (v != null && !v.isBlank()) {
                out.add(v.trim());
            }
        }
        return out;
    }

    /** A multi-line text area, one item a line. */
    List<String> lines(String field) {
        String v = text(field);
        return v == null ? List.of() : v.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    List<Long> ids(String field) {
        return texts(field).stream().map(v -> parseValue(field, v, Long::valueOf, Reason.of("form-id"))).toList();
    }

    <E extends Enum<E>> List<E> enums(String field, Class<E> type) {
        return texts(field).stream().map(v -> parseValue(field, v, s -> Enum.valueOf(type, s), Reason.of("form-choice"))).toList();
    }

    /** The values as the form shows them again after a problem. */
    Map<String, Object> echo() {
        Map<String, Object> out = new HashMap<>();
        values.forEach((k, v) -> out.put(k, v.size() == 1 && !MULTI.contains(k) ? v.get(0) : v));
        return out;
    }

    private <T> T parse(String field, Function<String, T> parser, Reason reason) {
        String v = text(field);
        return v == null ? null : parseValue(field, v, parser, reason);
    }

    private static <T> T parseValue(String field, String v, Function<String, T> parser, Reason reason) {
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StepDataInvalid(field, reason);
        }
    }
}
