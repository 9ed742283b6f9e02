package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.cases.DiscretionAssessment;

/** How each conclusion of a case used the discretion benchmark (V143). */
@Mapper
public interface DiscretionMapper {

    int insertDiscretion(@Param("caseId") long caseId, @Param("a") DiscretionAssessment a, @Param("by") String by,
            @Param("at") LocalDateTime at);

    /** The latest assessment of the case, or null. */
    DiscretionAssessment selectLatestDiscretion(@Param("caseId") long caseId);
}
