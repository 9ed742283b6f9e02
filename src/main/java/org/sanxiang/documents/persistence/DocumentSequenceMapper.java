package org.sanxiang.documents.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentSequenceMapper {

    int increment(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year);

    int insertIfAbsent(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year);

    int selectCurrent(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year);
}
