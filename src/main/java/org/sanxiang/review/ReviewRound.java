package org.sanxiang.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One round of legal review of a case: opened with its materials when the handlers submit, closed by
 * the reviewer's written opinion. All rounds are kept.
 */
public record ReviewRound(long id, long caseId, int round, String processInstanceId, String materials,
        LocalDateTime submittedAt, String reviewer, String opinionNumber, String checklist, String outcome,
        String opinion, String corrections, LocalDate decidedOn, LocalDateTime decidedAt) {

    public boolean open() {
        return outcome == null;
    }
}
