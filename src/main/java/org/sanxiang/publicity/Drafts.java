package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.sanxiang.calendar.Due;
import org.sanxiang.cases.DecisionMade;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.publicity.persistence.PublicationInputRow;
import org.sanxiang.publicity.persistence.PublicationRow;

/**
 * The rules of a draft publication, without Spring: which deadline applies (G118: 7 working days for
 * penalties, 20 for others), which decisions the office does not publish (RULES §3), and the redacted
 * draft itself, composed from the stored decision.
 */
final class Drafts {

    static final String RULE_PENALTY = "publication-penalty";
    static final String RULE_OTHER = "publication-other";

    private Drafts() {
    }

    /** The calendar rule of a decision: 7 working days for penalties (and licences), 20 for others. */
    static String dueRule(String kind) {
        return "PENALTY".equals(kind) || "SUMMARY_PENALTY".equals(kind) ? RULE_PENALTY : RULE_OTHER;
    }

    /** RULES §3: a warning-only decision is not published where the office follows the market-regulator rule. */
    static boolean blockedByPolicy(List<String> penaltyTypes, PublicityProperties properties) {
        boolean warningOnly = penaltyTypes != null && penaltyTypes.size() == 1 && "WARNING".equals(penaltyTypes.get(0));
        return warningOnly && !properties.publishWarningOnly();
    }

    /** The decision as stored for the redaction job. */
    static PublicationInputRow input(DecisionMade d, LocalDateTime at) {
        PublicationInputRow in = new PublicationInputRow();
        in.decisionNumber = d.decisionNumber();
        in.caseId = d.caseId();
        in.bodyId = d.bodyId();
        in.decisionKind = d.kind();
        in.decidedOn = d.decidedOn();
        in.decidedBy = d.decidedBy();
        in.partyKind = d.partyKind();
        in.partyName = d.partyName();
        in.partyIdNumber = d.partyIdNumber();
        in.partyCreditCode = d.partyCreditCode();
        in.legalRepresentative = d.legalRepresentative();
        in.matterName = d.matterName();
        in.facts = d.facts();
        in.legalBasis = d.legalBasis();
        in.penaltyBasis = d.penaltyBasis();
        in.penaltyTypes = String.join(",", d.penaltyTypes() == null ? List.of() : d.penaltyTypes());
        in.fineAmount = d.fineAmount();
        in.reasons = d.reasons();
        in.otherPersons = String.join("\n", d.otherPersons());
        in.createdAt = at;
        return in;
    }

    static List<String> penaltyTypes(PublicationInputRow in) {
        return PublicationAccess.split(in.penaltyTypes);
    }

    static List<String> otherPersons(PublicationInputRow in) {
        return in.otherPersons == null || in.otherPersons.isBlank() ? List.of()
                : Arrays.stream(in.otherPersons.split("\n")).toList();
    }

    /** 自动脱敏: the draft of a stored decision, redacted; blocked at once where the configuration says so. */
    static PublicationRow compose(PublicationInputRow in, Redactor redactor, PublicityProperties properties, Due due,
            String bodyName) {
        RedactionSubject subject = new RedactionSubject(in.partyKind, in.partyName, in.partyIdNumber, in.partyCreditCode,
                in.legalRepresentative, otherPersons(in));
        List<String> types = penaltyTypes(in);
        Redacted facts = redactor.redact(in.facts, subject, properties.partyNamePolicy());
        Redacted content = redactor.redact(penaltyContent(in.decisionKind, types, in.fineAmount, in.reasons), subject,
                properties.partyNamePolicy());
        TreeSet<String> removed = new TreeSet<>(facts.removed());
        removed.addAll(content.removed());
        boolean natural = subject.naturalPerson();

        PublicationRow row = new PublicationRow();
        row.decisionNumber = in.decisionNumber;
        row.caseId = in.caseId;
        row.bodyId = in.bodyId;
        row.bodyName = bodyName;
        row.decisionKind = in.decisionKind;
        row.status = PublicationStatus.DRAFT.name();
        row.partyKind = in.partyKind;
        row.partyDisplay = redactor.partyDisplay(in.partyKind, in.partyName, properties.partyNamePolicy());
        row.creditCode = natural ? null : in.partyCreditCode;
        row.legalRepresentative = natural ? null : in.legalRepresentative;
        row.matterName = in.matterName;
        row.violation = facts.text();
        row.legalBasis = in.legalBasis;
        row.penaltyBasis = in.penaltyBasis;
        row.penaltyTypes = String.join(",", types);
        row.penaltyContent = content.text();
        row.fineAmount = in.fineAmount;
        row.decidedOn = in.decidedOn;
        row.decidedBy = in.decidedBy;
        row.redactedFields = String.join(",", removed);
        row.dueRule = dueRule(in.decisionKind);
        row.dueDate = due.dueDate();
        if (blockedByPolicy(types, properties)) {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = BlockReason.WARNING_ONLY.name();
        }
        return row;
    }

    /** What was decided, in words: the penalties with the fine, or 不予行政处罚 with its reasons. */
    static String penaltyContent(String kind, List<String> types, BigDecimal fine, String reasons) {
        if ("NO_PENALTY".equals(kind)) {
            return PublicityTexts.text("publication.content.no-penalty", reasons == null ? "" : reasons);
        }
        StringBuilder s = new StringBuilder();
        for (String t : types) {
            if (s.length() > 0) {
                s.append(PublicityTexts.text("publication.content.separator"));
            }
            s.append("FINE".equals(t) && fine != null
                    ? PublicityTexts.text("publication.content.fine", penaltyLabel(t), fine.stripTrailingZeros().toPlainString())
                    : penaltyLabel(t));
        }
        return s.append(PublicityTexts.text("publication.content.end")).toString();
    }

    static String penaltyLabel(String type) {
        try {
            return PenaltyType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }
}
