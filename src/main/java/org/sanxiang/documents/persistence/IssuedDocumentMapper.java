package org.sanxiang.documents.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.documents.IssuedDocument;

@Mapper
public interface IssuedDocumentMapper {

    int insert(IssuedDocumentRow row);

    List<IssuedDocument> selectByCase(@Param("caseId") long caseId);

    IssuedDocument selectById(@Param("id") long id);

    IssuedDocument selectByCode(@Param("code") String code);

    /** The latest version of a case's document of one kind, or null. */
    IssuedDocument selectLatest(@Param("caseId") long caseId, @Param("kind") String kind);

    int countContent(@Param("sha256") String sha256);

    int insertContent(@Param("sha256") String sha256, @Param("size") long size, @Param("content") byte[] content);

    /** The stored bytes (one element; MyBatis maps an array return type as many rows, hence the list). */
    List<byte[]> selectContent(@Param("sha256") String sha256);

    default byte[] content(String sha256) {
        List<byte[]> rows = selectContent(sha256);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
