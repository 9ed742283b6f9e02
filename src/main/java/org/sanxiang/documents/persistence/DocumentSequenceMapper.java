package org.sanxiang.documents.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentSequenceMapper {

    int insertIfAbsent(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year);

    int selectForUpdate(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year);

    int update(@Param("bodyId") long bodyId, @Param("kind") String kind, @Param("year") int year,
            @Param("value") int value);
}
