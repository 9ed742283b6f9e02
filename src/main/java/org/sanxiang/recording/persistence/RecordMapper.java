package org.sanxiang.recording.persistence;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.recording.ChainHead;
import org.sanxiang.recording.Checkpoint;
import org.sanxiang.recording.RecordEntry;

@Mapper
public interface RecordMapper {

    RecordEntry selectLast(@Param("caseId") long caseId);

    List<RecordEntry> selectByCase(@Param("caseId") long caseId);

    List<RecordEntry> selectByAct(@Param("caseId") long caseId, @Param("act") String act, @Param("step") String step,
            @Param("payloadPart") String payloadPart);

    int countByCase(@Param("caseId") long caseId);

    RecordEntry selectEntry(@Param("caseId") long caseId, @Param("seq") int seq);

    void insert(RecordEntry entry);

    /** The last entry of every chain, in case order. */
    List<ChainHead> selectHeads();

    void insertCheckpoint(Map<String, Object> row);

    void insertCheckpointHeads(@Param("checkpointId") long checkpointId, @Param("heads") List<ChainHead> heads);

    List<Checkpoint> selectCheckpoints();

    List<Checkpoint> selectCheckpointsCovering(@Param("caseId") long caseId);

    List<ChainHead> selectCheckpointHeads(@Param("checkpointId") long checkpointId);
}
