package org.sanxiang.cases.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tables {@code correction_order} and {@code forced_demolition} (APL Art. 28; ACL Art. 34-38, 43, 44). */
@Mapper
public interface EnforcementMapper {

    void insertCorrectionOrder(@Param("caseId") long caseId, @Param("decisionNumber") String decisionNumber,
            @Param("kind") String kind, @Param("requirement") String requirement, @Param("periodDays") int periodDays,
            @Param("orderedOn") LocalDate orderedOn, @Param("at") LocalDateTime at);

    /** The order of the case's latest decision. */
    CorrectionOrderRow selectLatestCorrectionOrder(@Param("caseId") long caseId);

    void updateCorrectionServed(@Param("id") long id, @Param("servedOn") LocalDate servedOn, @Param("dueOn") LocalDate dueOn);

    void updateCorrectionInspected(@Param("id") long id, @Param("inspectedOn") LocalDate inspectedOn,
            @Param("corrected") boolean corrected, @Param("findings") String findings, @Param("followUp") String followUp,
            @Param("by") String by);

    void insertDemolition(@Param("caseId") long caseId, @Param("orderId") long orderId, @Param("noticeOn") LocalDate noticeOn,
            @Param("noticeDays") int noticeDays, @Param("noticeEndsOn") LocalDate noticeEndsOn,
            @Param("remedyLapsesOn") LocalDate remedyLapsesOn, @Param("at") LocalDateTime at);

    DemolitionRow selectDemolition(@Param("caseId") long caseId);

    void updateDemolitionChallenge(@Param("caseId") long caseId, @Param("kind") String kind,
            @Param("filedOn") LocalDate filedOn, @Param("reference") String reference);

    void updateDemolitionReminder(@Param("caseId") long caseId, @Param("number") String number,
            @Param("remindedOn") LocalDate remindedOn, @Param("days") int days, @Param("endsOn") LocalDate endsOn);

    void updateDemolitionStatement(@Param("caseId") long caseId, @Param("heardOn") LocalDate heardOn,
            @Param("accepted") boolean accepted);

    void updateDemolitionDecision(@Param("caseId") long caseId, @Param("number") String number,
            @Param("decidedOn") LocalDate decidedOn);

    void updateDemolitionExecuted(@Param("caseId") long caseId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
