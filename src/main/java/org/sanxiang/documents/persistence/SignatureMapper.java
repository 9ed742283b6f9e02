package org.sanxiang.documents.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.documents.Signature;

@Mapper
public interface SignatureMapper {

    int insert(@Param("caseId") long caseId, @Param("kind") String kind, @Param("signer") String signer,
            @Param("sha256") String sha256, @Param("refusalReason") String refusalReason, @Param("witness") String witness,
            @Param("recordedBy") String recordedBy, @Param("recordedAt") LocalDateTime recordedAt);

    List<Signature> selectByDocument(@Param("caseId") long caseId, @Param("kind") String kind);
}
