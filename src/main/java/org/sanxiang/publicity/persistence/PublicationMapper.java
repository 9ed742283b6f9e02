package org.sanxiang.publicity.persistence;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Writes and reads {@code publication} rows and the decisions waiting for their redaction ({@code publication_input}). */
@Mapper
public interface PublicationMapper {

    void insert(PublicationRow row);

    PublicationRow selectById(@Param("id") long id);

    PublicationRow selectByIdForUpdate(@Param("id") long id);

    PublicationRow selectByDecisionNumber(@Param("decisionNumber") String decisionNumber);

    /** Writes every mutable column; the version guards against a lost update. */
    int update(PublicationRow row);

    long countByStatus(@Param("status") String status, @Param("bodyId") Long bodyId);

    List<PublicationRow> selectByStatus(@Param("status") String status, @Param("bodyId") Long bodyId, @Param("offset") long offset, @Param("limit") int limit);

    /** Published and still within the display period on {@code today}; {@code q} matches number, party or matter. */
    long countPublic(@Param("q") String q, @Param("today") LocalDate today);

    List<PublicationRow> selectPublic(@Param("q") String q, @Param("today") LocalDate today, @Param("offset") long offset,
            @Param("limit") int limit);

    long countWithdrawn();

    List<PublicationRow> selectWithdrawn(@Param("offset") long offset, @Param("limit") int limit);

    /** Stores a decision for the automatic redaction (the hand-over from the deciding transaction to the job). */
    void insertInput(PublicationInputRow row);

    PublicationInputRow selectInput(@Param("decisionNumber") String decisionNumber);

    /** Once drafted, the unredacted decision is not kept here (the cases tables hold it). */
    int deleteInput(@Param("decisionNumber") String decisionNumber);
}
