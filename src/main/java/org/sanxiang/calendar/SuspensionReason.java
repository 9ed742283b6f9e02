package org.sanxiang.calendar;

/** Why the 90-day decision clock is suspended (中止, APL Art. 60 with the province's rule). */
public enum SuspensionReason {
    HEARING, TESTING_APPRAISAL, PUBLIC_NOTICE
}
