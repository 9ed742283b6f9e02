package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;

import org.sanxiang.cases.CaseViews.CaseRow;

/** One row of the case search as our tables hold it; the matter's name comes from the officers module. */
public record CaseListRow(long id, String caseNumber, String procedureKind, String status, String currentStep,
        long matterId, String partyName, LocalDateTime createdAt, LocalDateTime decidedAt) {

    public CaseRow withMatterName(String matterName) {
        return new CaseRow(id, caseNumber, procedureKind, status, currentStep, matterName, partyName, createdAt,
                decidedAt);
    }
}
