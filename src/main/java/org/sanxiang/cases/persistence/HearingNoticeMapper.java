package org.sanxiang.cases.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.cases.steps.CaseContext.HearingNoticeGiven;

/** The hearing notices of a case (APL Art. 64). */
@Mapper
public interface HearingNoticeMapper {

    int insertHearingNotice(@Param("caseId") long caseId, @Param("servedOn") LocalDate servedOn,
            @Param("hearingAt") LocalDateTime hearingAt, @Param("place") String place,
            @Param("chairOfficerId") long chairOfficerId, @Param("by") String by, @Param("at") LocalDateTime at);

    /** The latest notice served in the case, or null. */
    HearingNoticeGiven selectLatestHearingNotice(@Param("caseId") long caseId);
}
