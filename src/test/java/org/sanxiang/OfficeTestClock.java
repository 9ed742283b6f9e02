package org.sanxiang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The office clock of every test context: {@code sanxiang.clock-start} in the test configuration
 * starts the {@code Clock} bean at {@link #START} (Wednesday 2026-11-18 10:00 CST, a working day with
 * no holiday within three weeks either side), from which it runs on. Tests read the date from here
 * (or from the bean), never from the host's clock, so a run on a Monday or across midnight is the same run.
 */
public final class OfficeTestClock {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant START = Instant.parse("2026-11-18T02:00:00Z");
    /** The office date of the whole test run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private OfficeTestClock() {
    }
}
