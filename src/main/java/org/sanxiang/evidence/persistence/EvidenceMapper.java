package org.sanxiang.evidence.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EvidenceMapper {

    void insert(EvidenceRow row);

    EvidenceRow selectById(@Param("id") long id);

    List<EvidenceRow> selectByCase(@Param("caseId") long caseId);

    int countAudioVideo(@Param("caseId") long caseId, @Param("step") String step);

    /** Usable audio-video items of the step bound to the task instance {@code taskId} or to no instance. */
    int countAudioVideoForTask(@Param("caseId") long caseId, @Param("step") String step, @Param("taskId") String taskId);

    int countUsable(@Param("caseId") long caseId);

    int countBySha256(@Param("sha256") String sha256);

    int markExcluded(@Param("id") long id, @Param("reason") String reason, @Param("by") String by,
            @Param("at") LocalDateTime at);
}
