package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;

/** Open review tasks of one (mine, unclaimed, due date) group, as the reviewer's counts are read. */
public record ReviewBucket(boolean mine, boolean unclaimed, LocalDateTime dueDate, long n) {
}
