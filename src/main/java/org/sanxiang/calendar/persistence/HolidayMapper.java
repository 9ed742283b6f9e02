package org.sanxiang.calendar.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface HolidayMapper {

    List<HolidayDayRow> selectAllDays();

    List<NoticeYearRow> selectNoticeYears();

    NoticeYearRow selectNoticeYear(@Param("year") int year);

    /** Locks the year's row (if any) so that two uploads of one year serialise. */
    NoticeYearRow selectNoticeYearForUpdate(@Param("year") int year);

    int deleteDaysOfYear(@Param("year") int year);

    int insertDay(HolidayDayRow day);

    int deleteNoticeYear(@Param("year") int year);

    int insertNoticeYear(NoticeYearRow year);
}
