package org.sanxiang.calendar.persistence;

import java.time.LocalDateTime;

public record NoticeYearRow(int noticeYear, boolean published, String papers, int dayCount, String source,
        String loadedBy, LocalDateTime loadedAt) {
}
