package org.sanxiang.calendar.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.calendar.DeadlineRule;

@Mapper
public interface DeadlineMapper {

    List<DeadlineRule> selectRules();

    int insertCaseDeadline(CaseDeadlineEntity deadline);

    List<CaseDeadlineEntity> selectByCase(@Param("caseId") long caseId);

    CaseDeadlineEntity selectRunningForUpdate(@Param("caseId") long caseId, @Param("ruleKey") String ruleKey);

    /** Running deadlines that are provisional or whose period overlaps [from, to]. */
    List<CaseDeadlineEntity> selectRunningAffectedForUpdate(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int updateDue(CaseDeadlineEntity deadline);

    int updateFinished(@Param("id") long id, @Param("status") String status, @Param("finishedOn") LocalDate finishedOn);

    int insertSuspension(@Param("caseDeadlineId") long caseDeadlineId, @Param("caseId") long caseId,
            @Param("reason") String reason, @Param("fromDate") LocalDate fromDate,
            @Param("createdAt") LocalDateTime createdAt);

    SuspensionRow selectOpenSuspension(@Param("caseDeadlineId") long caseDeadlineId);

    int closeSuspension(@Param("id") long id, @Param("toDate") LocalDate toDate);

    List<SuspensionRow> selectSuspensionsByCase(@Param("caseId") long caseId);

    int insertRecomputation(RecomputationRow row);

    List<RecomputationRow> selectRecomputationsByCase(@Param("caseId") long caseId);
}
