package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.sanxiang.calendar.CaseDeadline;
import org.sanxiang.recording.ChainVerification;
import org.sanxiang.recording.RecordEntry;
import org.sanxiang.review.ReviewRound;

/** The read side of the cases module: what lists and the case page show. */
public final class CaseViews {

    private CaseViews() {
    }

    public record PageResult<T>(List<T> items, int page, int size, long total) {
    }

    /** One row of the case list / search. */
    public record CaseRow(long id, String caseNumber, String procedureKind, String status, String currentStep,
            String matterName, String partyName, LocalDateTime createdAt, LocalDateTime decidedAt) {
    }

    /** One row of the inbox: a task the user can work on. */
    public record InboxItem(String taskId, long caseId, String caseNumber, String step, String stepName,
            String partyName, String matterName, String assignee, String candidateGroup, LocalDateTime dueDate,
            LocalDateTime createdAt, boolean overdue, String returnedReason) {

        /** 退回补正: the task opened again after a legal review returned the case, with the reviewer's reason. */
        public boolean returned() {
            return returnedReason != null;
        }
    }

    /** Counts of the reviewer's task list filters. */
    public record ReviewTaskCounts(long total, long mine, long unclaimed, long dueSoon, long overdue) {
    }

    /** The reviewer's task list: one page under a filter, and the counts of every filter. */
    public record ReviewTaskList(List<InboxItem> items, int page, int size, ReviewTaskCounts counts) {
    }

    public enum ReviewFilter {
        ALL, MINE, UNCLAIMED, DUE_SOON, OVERDUE
    }

    public record Party(long id, String kind, String name, String idNumber, String creditCode,
            String legalRepresentative, String phone, String address) {
    }

    public record Handler(long officerId, String name, boolean lead, String certificateNumber) {
    }

    public record StepEntry(long id, String taskId, String step, String data, String enteredBy, LocalDateTime enteredAt) {
    }

    public record InvestigationRecord(long id, String kind, LocalDate recordedOn, String place, String officerIds,
            String certificatesShown, String content, String enteredBy, LocalDateTime enteredAt) {
    }

    public record Decision(long id, String decisionNumber, String kind, String penaltyTypes, BigDecimal fineAmount,
            BigDecimal confiscationValue, String reasons, String decidedBy, LocalDate decidedOn) {
    }

    /** @param publicationNotice what the party was told about publication ({@link PublicationNotice}); null before V42 */
    public record ServiceRecord(long id, String document, String method, LocalDate servedOn, String recipient,
            String consentReference, String enteredBy, String publicationNotice) {
    }

    /** A decision that fell (APL Art. 48 ¶2): how, why, by which document, since when. */
    public record Revocation(long id, String decisionNumber, String kind, String reason, String sourceDocument,
            LocalDate effectiveOn, String enteredBy, LocalDateTime enteredAt) {
    }

    public record Payment(long id, BigDecimal amount, LocalDate paidOn, String receiptNumber, String enteredBy) {
    }

    public record OpenTask(String taskId, String step, String name, String assignee, String candidateGroup,
            LocalDateTime dueDate) {
    }

    /**
     * The case page (需要更换承办人 when a handler's certificate lapsed while the case is open): facts, parties,
     * handlers, steps, records, decisions and the decisions that fell ({@code revocations}, APL Art. 48 ¶2),
     * open tasks and the verified timeline.
     */
    public record CaseDetail(long id, String caseNumber, String procedureKind, String status, String currentStep,
            String leadSource, long matterId, String matterName, String legalBasis, String penaltyBasis, String facts,
            LocalDate actDate, LocalDate discoveredOn, String place, String outcome, BigDecimal proposedFine,
            String processInstanceId, String createdBy, LocalDateTime createdAt, LocalDateTime filedAt,
            LocalDateTime decidedAt, LocalDateTime closedAt, LocalDateTime archivedAt, List<Party> parties,
            List<Handler> handlers, List<OpenTask> openTasks, List<StepEntry> steps,
            List<InvestigationRecord> investigationRecords, List<Decision> decisions,
            List<ServiceRecord> serviceRecords, List<Payment> payments, List<Revocation> revocations,
            boolean needsReassignment,
            List<org.sanxiang.officers.LapsedOfficer> lapsedHandlers, List<CaseDeadline> deadlines,
            List<ReviewRound> reviewRounds, List<RecordEntry> timeline, ChainVerification chain) {
    }

    public record CaseDeadlines(List<CaseDeadline> deadlines, List<org.sanxiang.calendar.Suspension> suspensions,
            List<org.sanxiang.calendar.Recomputation> recomputations) {
    }

    /** Criteria of the case search; all optional. */
    public record CaseSearch(String caseNumber, String party, Long matterId, String status, LocalDate from,
            LocalDate to) {

        /** The case number as a LIKE literal: {@code %}, {@code _} and {@code \} match themselves. */
        public String caseNumberLiteral() {
            return likeLiteral(caseNumber);
        }

        public String partyLiteral() {
            return likeLiteral(party);
        }

        /** The day after {@code to}: the search includes the whole of {@code to} (no DATE_ADD, which H2 lacks). */
        public LocalDate toExclusive() {
            return to == null ? null : to.plusDays(1);
        }

        static String likeLiteral(String s) {
            return s == null ? null : s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    /** One open task and what the actor may do with it now. */
    public record TaskActions(OpenTask task, Step step, boolean myRole, boolean mayComplete, boolean mayClaim,
            boolean mayUnclaim) {
    }

    /**
     * What the actor may do on a case ({@code CaseQueries.allowedActions}): per open task, and the head's
     * acts; {@code revocableDecision} is the latest decision on the merits that has not fallen, if the
     * actor may record that it fell.
     */
    public record AllowedActions(boolean handler, List<TaskActions> tasks, boolean mayExtendReview, boolean mayReassign,
            boolean maySuspendOrResume, boolean mayRevokeDecision, String revocableDecision, String caseNumber) {
    }
}
