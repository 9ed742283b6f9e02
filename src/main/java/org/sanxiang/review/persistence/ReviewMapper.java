package org.sanxiang.review.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.review.ReviewRound;

@Mapper
public interface ReviewMapper {

    int insertRound(@Param("caseId") long caseId, @Param("round") int round,
            @Param("processInstanceId") String processInstanceId, @Param("materials") String materials,
            @Param("at") LocalDateTime at);

    ReviewRound selectLatest(@Param("caseId") long caseId);

    List<ReviewRound> selectByCase(@Param("caseId") long caseId);

    int decide(@Param("id") long id, @Param("reviewer") String reviewer, @Param("number") String number,
            @Param("checklist") String checklist, @Param("outcome") String outcome, @Param("opinion") String opinion,
            @Param("corrections") String corrections, @Param("decidedOn") LocalDate decidedOn,
            @Param("at") LocalDateTime at);
}
