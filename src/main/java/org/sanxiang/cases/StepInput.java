package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.review.ChecklistAnswer;
import org.sanxiang.review.ReviewOutcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The data each step requires; the case service validates it before the step may complete. */
public sealed interface StepInput {

    Step step();

    /** 立案审批 (APL Art. 54). */
    record FilingApproval(@NotNull Boolean approved, @NotBlank @Size(max = 2000) String opinion) implements StepInput {
        public Step step() {
            return Step.FILING_APPROVAL;
        }
    }

    /** 调查取证 finished: the records themselves are added one by one while the step is open. */
    record InvestigationDone(@Size(max = 2000) String summary) implements StepInput {
        public Step step() {
            return Step.INVESTIGATION;
        }
    }

    /**
     * 查封/扣押 (行政强制法 ACL Art. 18, 24, 25): taken after the head's approval by two or more
     * certified officers who show their certificates; the 查封扣押决定书 (legal basis and reasons, period)
     * and the 清单 are handed over on the spot and a 现场笔录 is made, signed by the party or, if absent, a
     * witness; the period is at most 30 days (an extension of up to 30 more needs the head's approval).
     */
    record Seizure(
            @NotNull CoercionMeasure measure,
            @NotNull @PastOrPresent LocalDate takenOn,
            @NotBlank @Size(max = 256) String place,
            @NotNull @Size(min = 1, max = 10) List<@NotNull Long> officerIds,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank String> certificatesShown,
            @NotBlank @Size(max = 256) String headApproval,
            @NotBlank @Size(max = 4000) String legalBasisAndReasons,
            @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 256) String> items,
            @NotNull @jakarta.validation.constraints.Min(1) Integer periodDays,
            @NotBlank @Size(max = 8000) String onSiteRecord,
            boolean partyPresent,
            @Size(max = 128) String witness) implements StepInput {
        public Step step() {
            return Step.SEIZURE;
        }
    }

    /**
     * 先行登记保存 (APL Art. 56): where evidence may be lost or hard to obtain later, it is registered and kept
     * in place after the head's approval, by two or more certified officers who show their certificates, with a list
     * of the items; a disposal decision follows within 7 working days.
     */
    record EvidencePreservation(
            @NotNull @PastOrPresent LocalDate preservedOn,
            @NotBlank @Size(max = 256) String place,
            @NotNull @Size(min = 1, max = 10) List<@NotNull Long> officerIds,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank String> certificatesShown,
            @NotBlank @Size(max = 256) String headApproval,
            @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 256) String> items,
            @NotBlank @Size(max = 8000) String onSiteRecord,
            boolean partyPresent,
            @Size(max = 128) String witness) implements StepInput {
        public Step step() {
            return Step.EVIDENCE_PRESERVATION;
        }
    }

    /** 先行登记保存处理决定 (APL Art. 56): what becomes of the preserved items. */
    record PreservationDisposal(
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotNull PreservationOutcome outcome,
            @NotBlank @Size(max = 4000) String reasons) implements StepInput {
        public Step step() {
            return Step.PRESERVATION_DISPOSAL;
        }
    }

    /** The disposal of preserved evidence (APL Art. 56): release, 查封/扣押 (ACL Art. 18, 24), confiscation by the decision. */
    enum PreservationOutcome {
        RELEASE("解除先行登记保存"), TRANSFER_TO_SEIZURE("依法查封、扣押"), CONFISCATION_ON_DECISION("随处罚决定依法没收");

        private final String label;

        PreservationOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 查封 (sealing up places, facilities or property) or 扣押 (detaining property), ACL Art. 9 (2), (3). */
    enum CoercionMeasure {
        SEAL_UP("查封"), DETAIN("扣押");

        private final String label;

        CoercionMeasure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * 调查终结报告 with one of the APL Art. 57 outcomes. A penalty names the tier of the matter's discretion benchmark it
     * applies ({@code discretionTier}, the tier's {@code seq}) and the circumstances found; a proposal outside that
     * tier's penalty kinds or fine range, or declared outside ({@code outsideDiscretionBenchmark}), gives its written
     * reasons ({@code benchmarkDeviationReasons}) and is a major decision (APL Art. 34; G118).
     */
    record InvestigationEnd(
            @NotNull InvestigationOutcome outcome,
            @NotBlank @Size(max = 8000) String report,
            List<@NotNull PenaltyType> proposedPenaltyTypes,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal proposedFine,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal confiscationValue,
            boolean seriousOrComplex,
            boolean majorPublicInterest,
            boolean majorSocialImpact,
            boolean outsideDiscretionBenchmark,
            @Size(max = 2000) String transferReason,
            Integer discretionTier,
            @Size(max = 2000) String discretionCircumstances,
            @Size(max = 4000) String benchmarkDeviationReasons) implements StepInput {

        /** Without a named benchmark tier. */
        public InvestigationEnd(InvestigationOutcome outcome, String report, List<PenaltyType> proposedPenaltyTypes,
                BigDecimal proposedFine, BigDecimal confiscationValue, boolean seriousOrComplex,
                boolean majorPublicInterest, boolean majorSocialImpact, boolean outsideDiscretionBenchmark,
                String transferReason) {
            this(outcome, report, proposedPenaltyTypes, proposedFine, confiscationValue, seriousOrComplex,
                    majorPublicInterest, majorSocialImpact, outsideDiscretionBenchmark, transferReason, null, null, null);
        }

        public Step step() {
            return Step.INVESTIGATION_END;
        }
    }

    /** 法制审核意见书 (APL Art. 58; G118): the eight points, the outcome and, on a return, what to correct. */
    record LegalReview(
            @NotNull ReviewOutcome outcome,
            @NotBlank @Size(max = 8000) String opinion,
            @Size(max = 4000) String corrections,
            List<@Valid ChecklistAnswer> checklist) implements StepInput {
        public Step step() {
            return Step.LEGAL_REVIEW;
        }
    }

    /** 集体讨论 (APL Art. 57 para. 2): minutes and the heads' conclusion. */
    record CollectiveDiscussion(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotEmpty List<@NotBlank String> participants,
            @NotBlank @Size(max = 8000) String minutes,
            @NotNull InvestigationOutcome conclusion) implements StepInput {
        public Step step() {
            return Step.COLLECTIVE_DISCUSSION;
        }
    }

    /** 行政处罚事先告知书 (APL Art. 44). */
    record PriorNotice(
            @NotNull @PastOrPresent LocalDate noticeDate,
            @NotEmpty List<@NotNull PenaltyType> proposedPenaltyTypes,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal proposedFine,
            @NotBlank @Size(max = 4000) String factsAndReasons) implements StepInput {
        public Step step() {
            return Step.PRIOR_NOTICE;
        }
    }

    /** 陈述申辩 (APL Art. 45) and, where the party has the right, the hearing request (APL Art. 64). */
    record StatementDefence(
            @NotNull PartyResponse response,
            @Size(max = 8000) String content,
            boolean hearingRequested,
            LocalDate hearingRequestedOn) implements StepInput {
        public Step step() {
            return Step.STATEMENT_DEFENCE;
        }
    }

    enum PartyResponse {
        STATED, WAIVED, NO_RESPONSE
    }

    /** 听证 (APL Art. 64, 65). */
    record Hearing(
            @NotNull Long chairOfficerId,
            @NotNull @PastOrPresent LocalDate heldOn,
            boolean partyAppeared,
            @NotBlank @Size(max = 8000) String record) implements StepInput {
        public Step step() {
            return Step.HEARING;
        }
    }

    /** 负责人决定 (APL Art. 57, 59). */
    record HeadDecision(
            @NotNull @PastOrPresent LocalDate decidedOn,
            List<@NotNull PenaltyType> penaltyTypes,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal fineAmount,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal confiscationValue,
            @NotBlank @Size(max = 4000) String reasons,
            @Valid CorrectionOrder correction) implements StepInput {
        /** A decision without an order to correct (a no-penalty decision where nothing must stop). */
        public HeadDecision(LocalDate decidedOn, List<PenaltyType> penaltyTypes, BigDecimal fineAmount,
                BigDecimal confiscationValue, String reasons) {
            this(decidedOn, penaltyTypes, fineAmount, confiscationValue, reasons, null);
        }

        public Step step() {
            return Step.HEAD_DECISION;
        }
    }

    /** 送达回证 (APL Art. 61). */
    record ServiceRecord(
            @NotNull ServiceMethod method,
            @NotNull @PastOrPresent LocalDate servedOn,
            @NotBlank @Size(max = 128) String recipient,
            @Size(max = 128) String consentReference) implements StepInput {
        public Step step() {
            return Step.SERVICE;
        }
    }

    enum ServiceMethod {
        DIRECT, LEFT_AT_RESIDENCE, POSTAL, ELECTRONIC, ENTRUSTED, PUBLIC_NOTICE
    }

    /** 执行: payment (APL Art. 66, 67) or reminder and court application (ACL Art. 35, 53, 54). */
    record Execution(
            @NotNull ExecutionMode mode,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amountPaid,
            @PastOrPresent LocalDate paidOn,
            @Size(max = 64) String receiptNumber,
            @PastOrPresent LocalDate reminderServedOn,
            @PastOrPresent LocalDate courtAppliedOn) implements StepInput {
        public Step step() {
            return Step.EXECUTION;
        }
    }

    enum ExecutionMode {
        PAID, COURT_ENFORCEMENT
    }

    /** 移送审批 with the 移送函 (APL Art. 27). */
    record Transfer(
            @NotBlank @Size(max = 128) String receivingOrgan,
            @NotNull @PastOrPresent LocalDate letterDate,
            @NotBlank @Size(max = 4000) String reasons) implements StepInput {
        public Step step() {
            return Step.TRANSFER;
        }
    }

    /** 结案报告. */
    record Closing(@NotBlank @Size(max = 4000) String closingReport) implements StepInput {
        public Step step() {
            return Step.CLOSING;
        }
    }

    /** 归档: file reference and volume count; the retention class follows from the case. */
    record Archive(@NotBlank @Size(max = 64) String fileReference, @NotNull @jakarta.validation.constraints.Min(1) Integer volumes)
            implements StepInput {
        public Step step() {
            return Step.ARCHIVE;
        }
    }

    /** 简易程序 执行: paid on the spot or later (APL Art. 68, 69). */
    record SummaryExecution(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amountPaid,
            @NotNull @PastOrPresent LocalDate paidOn,
            @NotBlank @Size(max = 64) String receiptNumber) implements StepInput {
        public Step step() {
            return Step.SUMMARY_EXECUTION;
        }
    }

    /** 简易程序 报备 (APL Art. 52). */
    record SummaryFiling(@NotNull @PastOrPresent LocalDate filedOn, @NotBlank @Size(max = 64) String fileReference)
            implements StepInput {
        public Step step() {
            return Step.SUMMARY_FILING;
        }
    }

    // --- orders to correct (APL Art. 28) and forced demolition (ACL Art. 34-38, 43, 44) ---

    /**
     * 责令(限期)改正 (APL Art. 28; 城乡规划法 Art. 64, 65) that a decision carries: what to correct and within how
     * many days of service (0: immediately). Its follow-up inspection (复查) records whether it was done.
     */
    record CorrectionOrder(
            @NotNull CorrectionKind kind,
            @NotBlank @Size(max = 2000) String requirement,
            @NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(365) Integer periodDays) {
    }

    /** The order's kind; the building kinds are those of 城乡规划法 Art. 64, 65. */
    enum CorrectionKind {
        CORRECT("责令改正"), CORRECT_WITHIN_PERIOD("责令限期改正"), STOP_CONSTRUCTION_CORRECT("责令停止建设、限期改正"),
        STOP_CONSTRUCTION_DEMOLISH("责令停止建设、限期拆除");

        private final String label;

        CorrectionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the order is to demolish a building, which forced demolition may follow (ACL Art. 44). */
        public boolean demolition() {
            return this == STOP_CONSTRUCTION_DEMOLISH;
        }
    }

    /** What follows an order not carried out: forced demolition (ACL Art. 44), court (ACL Art. 53), a new case. */
    enum FollowUp {
        FORCED_DEMOLITION, COURT_ENFORCEMENT, NEW_CASE
    }

    /** 复查 (APL Art. 28, 55): an on-site inspection by two certified officers after the order's period. */
    record FollowUpInspection(
            @NotNull @PastOrPresent LocalDate inspectedOn,
            @NotNull Boolean corrected,
            @NotBlank @Size(max = 4000) String findings,
            FollowUp followUp,
            @NotNull @Size(min = 1, max = 10) List<@NotNull Long> officerIds,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank String> certificatesShown) implements StepInput {
        public Step step() {
            return Step.FOLLOW_UP_INSPECTION;
        }
    }

    /** 强制拆除公告 (ACL Art. 44): posted where the building stands, giving the party a period to demolish it. */
    record DemolitionNotice(
            @NotNull @PastOrPresent LocalDate noticedOn,
            @NotBlank @Size(max = 256) String postedAt,
            @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(365) Integer periodDays,
            @NotBlank @Size(max = 4000) String text) implements StepInput {
        public Step step() {
            return Step.DEMOLITION_NOTICE;
        }
    }

    /** 催告书 (ACL Art. 35): the period to perform, the manner, and the right to statement and defence. */
    record DemolitionReminder(
            @NotNull @PastOrPresent LocalDate remindedOn,
            @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(365) Integer periodDays,
            @NotBlank @Size(max = 4000) String content) implements StepInput {
        public Step step() {
            return Step.DEMOLITION_REMINDER;
        }
    }

    /** 陈述申辩 (ACL Art. 36): heard and rechecked; facts, reasons or evidence that hold are accepted. */
    record DemolitionStatement(
            @NotNull @PastOrPresent LocalDate heardOn,
            @NotNull PartyResponse response,
            @Size(max = 8000) String content,
            boolean accepted,
            @NotBlank @Size(max = 4000) String recheck) implements StepInput {
        public Step step() {
            return Step.DEMOLITION_STATEMENT;
        }
    }

    /** 强制拆除决定书 (ACL Art. 37): made when the party did not perform within the reminder's period. */
    record DemolitionDecision(
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = 4000) String reasonsAndBasis,
            @NotBlank @Size(max = 1000) String mannerAndTime) implements StepInput {
        public Step step() {
            return Step.DEMOLITION_DECISION;
        }
    }

    /** 强制拆除 (ACL Art. 43, 44): two certified officers, never at night nor on a holiday; on-site and audio-video record. */
    record ForcedDemolition(
            @NotNull @PastOrPresent java.time.LocalDateTime startedAt,
            @NotNull @PastOrPresent java.time.LocalDateTime endedAt,
            @NotNull @Size(min = 1, max = 10) List<@NotNull Long> officerIds,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank String> certificatesShown,
            @NotBlank @Size(max = 8000) String onSiteRecord,
            @Size(max = 128) String witness) implements StepInput {
        public Step step() {
            return Step.FORCED_DEMOLITION;
        }
    }
}
