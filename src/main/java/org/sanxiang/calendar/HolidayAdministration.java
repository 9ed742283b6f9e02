package org.sanxiang.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.sanxiang.calendar.persistence.HolidayDayRow;
import org.sanxiang.calendar.persistence.HolidayMapper;
import org.sanxiang.calendar.persistence.NoticeYearRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * Loads State Council holiday notices into the holiday table: the shipped files at start-up (only
 * years the database does not have yet) and a new year's notice uploaded by an administrator,
 * without a release. Loading a notice recomputes the running case deadlines it can affect.
 */
@Service
@RequiredArgsConstructor
public class HolidayAdministration {

    private static final Logger log = LoggerFactory.getLogger(HolidayAdministration.class);
    static final String SOURCE_BUNDLED = "BUNDLED";
    static final String SOURCE_UPLOAD = "UPLOAD";

    private final HolidayMapper mapper;
    private final HolidayCache cache;
    private final Deadlines deadlines;
    private final CalendarProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * Validates and loads one year's notice, replacing what was loaded for that year. A file that
     * does not match the schema is rejected with {@link HolidayFileRejected} before anything changes.
     */
    @Transactional
    public HolidayUploadResult upload(int year, JsonNode file, String uploadedBy) {
        HolidayNotice notice = HolidayNoticeParser.parse(file, year);
        mapper.selectNoticeYearForUpdate(year);
        return load(notice, SOURCE_UPLOAD, uploadedBy);
    }

    /** Imports each shipped year the database does not have, or has only as an unpublished placeholder. */
    @Transactional
    public int importBundled() {
        int imported = 0;
        for (HolidayNotice notice : BundledHolidayFiles.read(properties.holidayResources(), json)) {
            NoticeYearRow existing = mapper.selectNoticeYear(notice.year());
            if (existing == null || (!existing.published() && notice.published())) {
                load(notice, SOURCE_BUNDLED, "system");
                imported++;
            }
        }
        if (imported > 0) {
            log.info("imported {} shipped holiday notice(s)", imported);
        }
        return imported;
    }

    @Transactional(readOnly = true)
    public List<NoticeYear> noticeYears() {
        return mapper.selectNoticeYears().stream()
                .map(r -> new NoticeYear(r.noticeYear(), r.published(), r.dayCount(), r.papers(), r.source(),
                        r.loadedBy(), r.loadedAt()))
                .toList();
    }

    /** Re-reads the in-memory holiday table from the database. */
    public void refreshCache() {
        cache.refresh();
    }

    private HolidayUploadResult load(HolidayNotice notice, String source, String loadedBy) {
        int year = notice.year();
        mapper.deleteDaysOfYear(year);
        for (HolidayNotice.Day day : notice.days()) {
            mapper.insertDay(new HolidayDayRow(year, day.date(), day.name(), day.offDay()));
        }
        mapper.deleteNoticeYear(year);
        String papers = String.join("\n", notice.papers());
        mapper.insertNoticeYear(new NoticeYearRow(year, notice.published(),
                papers.length() > 2000 ? papers.substring(0, 2000) : papers, notice.days().size(), source,
                loadedBy, LocalDateTime.now(clock)));
        // The new table as this transaction sees it; the shared cache follows only after commit.
        WorkingCalendar updated = WorkingCalendar.of(cache.readFromDatabase(), properties.rollForward());
        int recomputed = deadlines.recomputeAfterNotice(year, updated);
        afterCommit(cache::refresh);
        return new HolidayUploadResult(year, notice.days().size(), notice.published(), recomputed);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
