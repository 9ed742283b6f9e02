package org.sanxiang.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.InvestigationRecordInput;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Step;
import org.sanxiang.cases.StepInput;
import org.sanxiang.review.ChecklistAnswer;
import org.sanxiang.review.ChecklistPoint;
import org.sanxiang.review.ReviewOutcome;

/** Reads each step's form into its {@link StepInput} record; the case service checks the rest. */
final class StepForms {

    private StepForms() {
    }

    static StepInput read(Step step, FormData f) {
        return switch (step) {
            case FILING_APPROVAL -> new StepInput.FilingApproval(f.optionalBool("approved"), f.text("opinion"));
            case INVESTIGATION -> new StepInput.InvestigationDone(f.text("summary"));
            case SEIZURE -> new StepInput.Seizure(f.enumValue("measure", StepInput.CoercionMeasure.class), f.date("takenOn"),
                    f.text("place"), f.ids("officerIds"), f.lines("certificatesShown"), f.text("headApproval"),
                    f.text("legalBasisAndReasons"), f.lines("items"), f.integer("periodDays"), f.text("onSiteRecord"),
                    f.bool("partyPresent"), f.text("witness"));
            case INVESTIGATION_END -> new StepInput.InvestigationEnd(f.enumValue("outcome", InvestigationOutcome.class),
                    f.text("report"), f.enums("proposedPenaltyTypes", PenaltyType.class), f.decimal("proposedFine"),
                    f.decimal("confiscationValue"), f.bool("seriousOrComplex"), f.bool("majorPublicInterest"),
                    f.bool("majorSocialImpact"), f.bool("outsideDiscretionBenchmark"), f.text("transferReason"));
            case LEGAL_REVIEW -> new StepInput.LegalReview(f.enumValue("outcome", ReviewOutcome.class), f.text("opinion"),
                    f.text("corrections"), checklist(f));
            case COLLECTIVE_DISCUSSION -> new StepInput.CollectiveDiscussion(f.date("heldOn"), f.lines("participants"),
                    f.text("minutes"), f.enumValue("conclusion", InvestigationOutcome.class));
            case PRIOR_NOTICE -> new StepInput.PriorNotice(f.date("noticeDate"),
                    f.enums("proposedPenaltyTypes", PenaltyType.class), f.decimal("proposedFine"), f.text("factsAndReasons"));
            case STATEMENT_DEFENCE -> new StepInput.StatementDefence(
                    f.enumValue("response", StepInput.PartyResponse.class), f.text("content"), f.bool("hearingRequested"),
                    f.date("hearingRequestedOn"));
            case HEARING -> new StepInput.Hearing(f.id("chairOfficerId"), f.date("heldOn"), f.bool("partyAppeared"),
                    f.text("record"));
            case HEAD_DECISION -> new StepInput.HeadDecision(f.date("decidedOn"), f.enums("penaltyTypes", PenaltyType.class),
                    f.decimal("fineAmount"), f.decimal("confiscationValue"), f.text("reasons"));
            case SERVICE -> new StepInput.ServiceRecord(f.enumValue("method", StepInput.ServiceMethod.class),
                    f.date("servedOn"), f.text("recipient"), f.text("consentReference"));
            case EXECUTION -> new StepInput.Execution(f.enumValue("mode", StepInput.ExecutionMode.class),
                    f.decimal("amountPaid"), f.date("paidOn"), f.text("receiptNumber"), f.date("reminderServedOn"),
                    f.date("courtAppliedOn"));
            case TRANSFER -> new StepInput.Transfer(f.text("receivingOrgan"), f.date("letterDate"), f.text("reasons"));
            case CLOSING -> new StepInput.Closing(f.text("closingReport"));
            case ARCHIVE -> new StepInput.Archive(f.text("fileReference"), f.integer("volumes"));
            case SUMMARY_EXECUTION -> new StepInput.SummaryExecution(f.decimal("amountPaid"), f.date("paidOn"),
                    f.text("receiptNumber"));
            case SUMMARY_FILING -> new StepInput.SummaryFiling(f.date("filedOn"), f.text("fileReference"));
        };
    }

    /** The eight points: {@code point.<NAME>} is ok / problem, {@code comment.<NAME>} the reviewer's note. */
    static List<ChecklistAnswer> checklist(FormData f) {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistPoint p : ChecklistPoint.values()) {
            String v = f.text("point." + p.name());
            if (v == null) {
                throw new StepDataInvalid("point." + p.name(), "请逐项填写审核要点：" + p.label());
            }
            answers.add(new ChecklistAnswer(p, "ok".equals(v), f.text("comment." + p.name())));
        }
        return answers;
    }

    static InvestigationRecordInput record(FormData f) {
        return new InvestigationRecordInput(f.enumValue("kind", InvestigationRecordInput.Kind.class), f.date("recordedOn"),
                f.text("place"), f.ids("officerIds"), f.lines("certificatesShown"), f.text("content"));
    }
}
