package org.sanxiang.calendar;

import java.time.LocalDateTime;

/** A year with a loaded notice (or a placeholder for an unpublished one) and where it came from. */
public record NoticeYear(int year, boolean published, int days, String papers, String source, String loadedBy,
        LocalDateTime loadedAt) {
}
