package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a holiday-cn file and checks it against the rules of its {@code schema.json} plus the
 * sense checks the schema cannot express: the year matches, dates are real ISO dates within the
 * year ±1, a date is listed once, names are not blank. Validated in code: the schema is small and a
 * JSON Schema library would give less precise reasons.
 */
final class HolidayNoticeParser {

    private HolidayNoticeParser() {
    }

    static HolidayNotice parse(JsonNode root, int expectedYear) {
        if (root == null || !root.isObject()) {
            throw new HolidayFileRejected("$", "not a JSON object");
        }
        JsonNode year = root.get("year");
        if (year == null || !year.isNumber()) {
            throw new HolidayFileRejected("year", "required, a number");
        }
        if (!year.canConvertToInt() || year.isFloatingPointNumber() || year.intValue() != expectedYear) {
            throw new HolidayFileRejected("year", year.asText() + " does not match " + expectedYear);
        }
        JsonNode papers = root.get("papers");
        if (papers == null || !papers.isArray()) {
            throw new HolidayFileRejected("papers", "required, an array of strings");
        }
        List<String> paperList = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            if (!papers.get(i).isTextual()) {
                throw new HolidayFileRejected("papers[" + i + "]", "not a string");
            }
            paperList.add(papers.get(i).asText());
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw new HolidayFileRejected("days", "required, an array");
        }
        List<HolidayNotice.Day> dayList = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            String at = "days[" + i + "]";
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                throw new HolidayFileRejected(at, "not an object");
            }
            JsonNode name = day.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw new HolidayFileRejected(at + ".name", "required, a non-blank string");
            }
            JsonNode offDay = day.get("isOffDay");
            if (offDay == null || !offDay.isBoolean()) {
                throw new HolidayFileRejected(at + ".isOffDay", "required, true or false");
            }
            JsonNode date = day.get("date");
            if (date == null || !date.isTextual()) {
                throw new HolidayFileRejected(at + ".date", "required, an ISO 8601 date string");
            }
            LocalDate parsed;
            try {
                parsed = LocalDate.parse(date.asText(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new HolidayFileRejected(at + ".date", "\"" + date.asText() + "\" is not a valid ISO date (yyyy-MM-dd)");
            }
            if (Math.abs(parsed.getYear() - expectedYear) > 1) {
                throw new HolidayFileRejected(at + ".date", parsed + " is outside " + (expectedYear - 1) + "–" + (expectedYear + 1));
            }
            if (!seen.add(parsed)) {
                throw new HolidayFileRejected(at + ".date", parsed + " is listed twice");
            }
            dayList.add(new HolidayNotice.Day(name.asText().strip(), parsed, offDay.booleanValue()));
        }
        return new HolidayNotice(expectedYear, paperList, dayList);
    }
}
