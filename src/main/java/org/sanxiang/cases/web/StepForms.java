package org.sanxiang.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
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
            case EVIDENCE_PRESERVATION -> new StepInput.EvidencePreservation(f.date("preservedOn"), f.text("place"),
                    f.ids("officerIds"), f.lines("certificatesShown"), f.text("headApproval"), f.lines("items"),
                    f.text("onSiteRecord"), f.bool("partyPresent"), f.text("witness"));
            case PRESERVATION_DISPOSAL -> new StepInput.PreservationDisposal(f.date("decidedOn"),
                    f.enumValue("outcome", StepInput.PreservationOutcome.class), f.text("reasons"));
            case INVESTIGATION_END -> new StepInput.InvestigationEnd(f.enumValue("outcome", InvestigationOutcome.class),
                    f.text("report"), f.enums("proposedPenaltyTypes", PenaltyType.class), f.decimal("proposedFine"),
                    f.decimal("confiscationValue"), f.bool("seriousOrComplex"), f.bool("majorPublicInterest"),
                    f.bool("majorSocialImpact"), f.bool("outsideDiscretionBenchmark"), f.text("transferReason"),
                    f.integer("discretionTier"), f.text("discretionCircumstances"), f.text("benchmarkDeviationReasons"));
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
                    f.decimal("fineAmount"), f.decimal("confiscationValue"), f.text("reasons"), correction(f));
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
            case FOLLOW_UP_INSPECTION -> new StepInput.FollowUpInspection(f.date("inspectedOn"), f.optionalBool("corrected"),
                    f.text("findings"), f.enumValue("followUp", StepInput.FollowUp.class), f.ids("officerIds"),
                    f.lines("certificatesShown"));
            case DEMOLITION_NOTICE -> new StepInput.DemolitionNotice(f.date("noticedOn"), f.text("postedAt"),
                    f.integer("periodDays"), f.text("text"));
            case DEMOLITION_REMINDER -> new StepInput.DemolitionReminder(f.date("remindedOn"), f.integer("periodDays"),
                    f.text("content"));
            case DEMOLITION_STATEMENT -> new StepInput.DemolitionStatement(f.date("heardOn"),
                    f.enumValue("response", StepInput.PartyResponse.class), f.text("content"), f.bool("accepted"),
                    f.text("recheck"));
            case DEMOLITION_DECISION -> new StepInput.DemolitionDecision(f.date("decidedOn"), f.text("reasonsAndBasis"),
                    f.text("mannerAndTime"));
            case FORCED_DEMOLITION -> new StepInput.ForcedDemolition(dateTime(f, "startedAt"), dateTime(f, "endedAt"),
                    f.ids("officerIds"), f.lines("certificatesShown"), f.text("onSiteRecord"), f.text("witness"));
        };
    }

    /** The order to correct of a decision form: {@code correctionKind}, {@code correctionRequirement}, {@code correctionDays}. */
    private static StepInput.CorrectionOrder correction(FormData f) {
        StepInput.CorrectionKind kind = f.enumValue("correctionKind", StepInput.CorrectionKind.class);
        return kind == null ? null
                : new StepInput.CorrectionOrder(kind, f.text("correctionRequirement"), f.integer("correctionDays"));
    }

    /** A {@code datetime-local} field (yyyy-MM-ddTHH:mm). */
    private static java.time.LocalDateTime dateTime(FormData f, String field) {
        String v = f.text(field);
        if (v == null) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new StepDataInvalid(field, Reason.of("form-date-time"));
        }
    }

    /** The eight points: {@code point.<NAME>} is ok / problem, {@code comment.<NAME>} the reviewer's note. */
    static List<ChecklistAnswer> checklist(FormData f) {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistPoint p : ChecklistPoint.values()) {
            String v = f.text("point." + p.name());
            if (v == null) {
                throw new StepDataInvalid("point." + p.name(), Reason.of("checklist-point", Reason.label("label.point." + p.name())));
            }
            answers.add(new ChecklistAnswer(p, "ok".equals(v), f.text("comment." + p.name())));
        }
        return answers;
    }

    static InvestigationRecordInput record(FormData f) {
        return new InvestigationRecordInput(f.enumValue("kind", InvestigationRecordInput.Kind.class), f.date("recordedOn"),
                f.text("place"), f.ids("officerIds"), f.lines("certificatesShown"), f.text("content"), persons(f));
    }

    /** The roles a person line may name, in Chinese or by their constant. */
    static final java.util.Map<String, InvestigationRecordInput.Role> ROLE_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("被询问人", InvestigationRecordInput.Role.INTERVIEWEE),
            java.util.Map.entry("被调查人", InvestigationRecordInput.Role.INTERVIEWEE),
            java.util.Map.entry("证人", InvestigationRecordInput.Role.WITNESS),
            java.util.Map.entry("见证人", InvestigationRecordInput.Role.PRESENT),
            java.util.Map.entry("在场人", InvestigationRecordInput.Role.PRESENT),
            java.util.Map.entry("在场人员", InvestigationRecordInput.Role.PRESENT),
            java.util.Map.entry("其他", InvestigationRecordInput.Role.OTHER));

    /**
     * The persons a record names, one per line of {@code persons}: {@code 姓名,角色} (comma, Chinese comma
     * or tab before the role; or a space before a role word). The role is 被询问人 / 证人 / 见证人 / 在场人
     * / 其他 or its constant (INTERVIEWEE, WITNESS, PRESENT, OTHER); a line with a name only is OTHER; an
     * unknown role after a comma is refused.
     */
    static List<InvestigationRecordInput.Person> persons(FormData f) {
        List<InvestigationRecordInput.Person> persons = new ArrayList<>();
        for (String raw : f.lines("persons")) {
            String line = raw.strip();
            int cut = Math.max(Math.max(line.lastIndexOf(','), line.lastIndexOf('，')), line.lastIndexOf('\t'));
            String name = line;
            String word = null;
            if (cut >= 0) {
                name = line.substring(0, cut).strip();
                word = line.substring(cut + 1).strip();
            } else {
                int space = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\u3000'));
                if (space > 0 && role(line.substring(space + 1).strip()) != null) {
                    name = line.substring(0, space).strip();
                    word = line.substring(space + 1).strip();
                }
            }
            if (name.isEmpty()) {
                throw new StepDataInvalid("persons", Reason.of("person-name-missing", line));
            }
            InvestigationRecordInput.Role role = InvestigationRecordInput.Role.OTHER;
            if (word != null && !word.isEmpty()) {
                role = role(word);
                if (role == null) {
                    throw new StepDataInvalid("persons", Reason.of("person-role", line));
                }
            }
            if (name.length() > 64) {
                throw new StepDataInvalid("persons", Reason.of("person-name-long", name));
            }
            persons.add(new InvestigationRecordInput.Person(name, role));
        }
        return persons;
    }

    private static InvestigationRecordInput.Role role(String word) {
        InvestigationRecordInput.Role role = ROLE_WORDS.get(word);
        return role != null ? role : java.util.Arrays.stream(InvestigationRecordInput.Role.values())
                .filter(r -> r.name().equalsIgnoreCase(word)).findFirst().orElse(null);
    }
}
