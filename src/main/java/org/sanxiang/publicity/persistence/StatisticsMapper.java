package org.sanxiang.publicity.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Read model of the annual statistics: counts over the cases, review and publication tables of one
 * year ({@code from} inclusive, {@code to} exclusive). Read-only; the source tables stay their
 * modules' own.
 */
@Mapper
public interface StatisticsMapper {

    long countFiled(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countDecided(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countClosed(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countPenaltyDecisions(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countInspections(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countPublished(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countPublishedOnTime(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Due date, published date, overdue flag and status of the publications due in [from, to), of one body or all. */
    List<Map<String, Object>> selectTimeliness(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("bodyId") Long bodyId);

    long countWithdrawn(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<Map<String, Object>> countReviewsByOutcome(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
