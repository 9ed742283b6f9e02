package org.sanxiang.cases.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.cases.CaseViews;

@Mapper
public interface CaseMapper {

    int insertCase(CaseEntity entity);

    CaseEntity selectCaseById(@Param("id") long id);

    /** Locks the case row for the rest of the transaction: acts on one case are serialised. */
    CaseEntity selectCaseForUpdate(@Param("id") long id);

    int updateProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    int updateStatus(@Param("id") long id, @Param("status") String status);

    int updateCurrentStep(@Param("id") long id, @Param("currentStep") String currentStep);

    int markFiled(@Param("id") long id, @Param("at") LocalDateTime at);

    int updateOutcome(@Param("id") long id, @Param("outcome") String outcome, @Param("proposedFine") BigDecimal proposedFine);

    int markDecided(@Param("id") long id, @Param("at") LocalDateTime at);

    int markClosed(@Param("id") long id, @Param("at") LocalDateTime at);

    int markArchived(@Param("id") long id, @Param("at") LocalDateTime at);

    int insertParty(PartyEntity party);

    List<CaseViews.Party> selectParties(@Param("caseId") long caseId);

    int insertHandler(@Param("caseId") long caseId, @Param("officerId") long officerId, @Param("lead") boolean lead,
            @Param("by") String by, @Param("at") LocalDateTime at);

    int removeHandler(@Param("caseId") long caseId, @Param("officerId") long officerId, @Param("by") String by,
            @Param("at") LocalDateTime at, @Param("reason") String reason);

    List<Long> selectHandlerIds(@Param("caseId") long caseId);

    List<HandlerRow> selectHandlers(@Param("caseId") long caseId);

    int insertStep(@Param("caseId") long caseId, @Param("taskId") String taskId, @Param("step") String step,
            @Param("data") String data, @Param("by") String by, @Param("at") LocalDateTime at);

    int countStepsForTask(@Param("taskId") String taskId);

    List<CaseViews.StepEntry> selectSteps(@Param("caseId") long caseId);

    /** The data of the latest completion of a step, or null. */
    String selectLatestStepData(@Param("caseId") long caseId, @Param("step") String step);

    int insertInvestigationRecord(@Param("caseId") long caseId, @Param("kind") String kind,
            @Param("recordedOn") LocalDate recordedOn, @Param("place") String place,
            @Param("officerIds") String officerIds, @Param("certificatesShown") String certificatesShown,
            @Param("content") String content, @Param("by") String by, @Param("at") LocalDateTime at,
            @Param("digest") String digest, @Param("idempotencyKey") String idempotencyKey);

    /** The digest of the case's record posted with this Idempotency-Key; null if none was. */
    String selectInvestigationDigestByKey(@Param("caseId") long caseId, @Param("idempotencyKey") String idempotencyKey);

    int countInvestigationRecordsWithDigest(@Param("caseId") long caseId, @Param("digest") String digest);

    int countInvestigationRecords(@Param("caseId") long caseId);

    /** The newest record of the case (the one just inserted, under the case row's lock). */
    long selectLatestInvestigationRecordId(@Param("caseId") long caseId);

    int insertInvestigationPerson(@Param("recordId") long recordId, @Param("caseId") long caseId,
            @Param("name") String name, @Param("role") String role);

    /** Names of the natural persons the case's investigation records list. */
    List<String> selectInvestigationPersonNames(@Param("caseId") long caseId);

    int insertRevocation(@Param("caseId") long caseId, @Param("decisionNumber") String decisionNumber,
            @Param("kind") String kind, @Param("reason") String reason, @Param("sourceDocument") String sourceDocument,
            @Param("effectiveOn") LocalDate effectiveOn, @Param("by") String by, @Param("at") LocalDateTime at);

    List<CaseViews.Revocation> selectRevocations(@Param("caseId") long caseId);

    /** The input stored for an engine task (the latest, should a task ever be entered twice). */
    String selectStepDataForTask(@Param("taskId") String taskId);

    int countInvestigationRecordsOfKind(@Param("caseId") long caseId, @Param("kind") String kind);

    int countDecisionsOfKind(@Param("caseId") long caseId, @Param("kind") String kind);

    int countServiceRecords(@Param("caseId") long caseId);

    List<CaseViews.InvestigationRecord> selectInvestigationRecords(@Param("caseId") long caseId);

    int insertDecision(@Param("caseId") long caseId, @Param("decisionNumber") String decisionNumber,
            @Param("kind") String kind, @Param("penaltyTypes") String penaltyTypes,
            @Param("fineAmount") BigDecimal fineAmount, @Param("confiscationValue") BigDecimal confiscationValue,
            @Param("reasons") String reasons, @Param("by") String by, @Param("decidedOn") LocalDate decidedOn,
            @Param("at") LocalDateTime at);

    List<CaseViews.Decision> selectDecisions(@Param("caseId") long caseId);

    int insertServiceRecord(@Param("caseId") long caseId, @Param("document") String document,
            @Param("method") String method, @Param("servedOn") LocalDate servedOn,
            @Param("recipient") String recipient, @Param("consentReference") String consentReference,
            @Param("publicationNotice") String publicationNotice, @Param("by") String by, @Param("at") LocalDateTime at);

    List<CaseViews.ServiceRecord> selectServiceRecords(@Param("caseId") long caseId);

    int insertPayment(@Param("caseId") long caseId, @Param("amount") BigDecimal amount,
            @Param("paidOn") LocalDate paidOn, @Param("receiptNumber") String receiptNumber,
            @Param("by") String by, @Param("at") LocalDateTime at);

    List<CaseViews.Payment> selectPayments(@Param("caseId") long caseId);

    List<CaseListRow> search(@Param("c") CaseViews.CaseSearch criteria, @Param("bodyId") Long bodyId,
            @Param("limit") int limit, @Param("offset") int offset);

    long count(@Param("c") CaseViews.CaseSearch criteria, @Param("bodyId") Long bodyId);

    /** {@code view} DONE (a step completed by {@code username}) or STARTED (registered by {@code username}). */
    List<CaseListRow> searchMine(@Param("view") String view, @Param("username") String username,
            @Param("bodyId") Long bodyId, @Param("limit") int limit, @Param("offset") int offset);

    long countMine(@Param("view") String view, @Param("username") String username, @Param("bodyId") Long bodyId);

    long countCasesOfBody(@Param("bodyId") long bodyId);
}
