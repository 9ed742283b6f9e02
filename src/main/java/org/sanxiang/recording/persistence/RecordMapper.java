package org.sanxiang.recording.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.recording.RecordEntry;

@Mapper
public interface RecordMapper {

    RecordEntry selectLast(@Param("caseId") long caseId);

    List<RecordEntry> selectByCase(@Param("caseId") long caseId);

    void insert(RecordEntry entry);
}
