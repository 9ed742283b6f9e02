package org.sanxiang.publicity.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The publication figures of the annual statistics and the dashboard, over our {@code publication}
 * table only ({@code from} inclusive, {@code to} exclusive); the cases' and reviews' figures come
 * through their modules' APIs.
 */
@Mapper
public interface StatisticsMapper {

    long countPublished(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countPublishedOnTime(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Due date, published date, overdue flag and status of the publications due in [from, to), of one body or all. */
    List<Map<String, Object>> selectTimeliness(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("bodyId") Long bodyId);

    long countWithdrawn(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
