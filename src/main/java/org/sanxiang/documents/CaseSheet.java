package org.sanxiang.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a case's documents say, as the cases module reads it from its tables: the documents print
 * this and nothing typed again. {@code steps} holds each completed step's latest entry (its data as
 * entered, by step name, e.g. {@code HEAD_DECISION}); {@code stepsDone} the names of every completed step.
 */
public record CaseSheet(long caseId, long bodyId, String bodyCode, String bodyName, String documentPrefix,
        String caseNumber,
        String procedureKind, String status, String leadSource, String matterName, String legalBasis,
        String penaltyBasis, String facts, LocalDate actDate, LocalDate discoveredOn, String place, String outcome,
        BigDecimal proposedFine, LocalDate filedOn, LocalDate decidedOn, LocalDate closedOn, List<Party> parties,
        List<Officer> handlers, String headName, Map<Long, String> officerNames,
        Map<String, String> userNames, Map<String, Step> steps, List<Record> records,
        List<Decision> decisions, List<Service> services, List<Payment> payments, List<Evidence> evidence,
        List<Review> reviews, List<Deadline> deadlines, Map<String, String> stepLabels) {

    public Party party() {
        return parties.isEmpty() ? null : parties.get(0);
    }

    public boolean done(String step) {
        return steps.containsKey(step);
    }

    public Step step(String step) {
        return steps.get(step);
    }

    /** The latest decision of one of {@code kinds}, or null. */
    public Decision decision(List<String> kinds) {
        Decision found = null;
        for (Decision d : decisions) {
            if (kinds.contains(d.kind())) {
                found = d;
            }
        }
        return found;
    }

    public record Party(String kind, String kindLabel, String name, String idNumber, String creditCode,
            String legalRepresentative, String phone, String address) {
    }

    public record Officer(String name, String certificateNumber, boolean lead) {
    }

    /** A completed step: its data as entered (keys of the step's input), who entered it and when. */
    public record Step(String name, String label, Map<String, Object> data, String enteredBy, LocalDateTime enteredAt) {
    }

    /** An investigation record (笔录): kind {@code INQUIRY}, {@code ON_SITE_INSPECTION} or {@code OTHER}. */
    public record Record(long id, String kind, LocalDate recordedOn, String place, List<String> officers,
            String certificatesShown, String content, String enteredBy) {
    }

    public record Decision(String number, String kind, String penaltyTypes, BigDecimal fineAmount,
            BigDecimal confiscationValue, String reasons, String decidedBy, LocalDate decidedOn) {
    }

    public record Service(String document, String method, String methodLabel, LocalDate servedOn, String recipient) {
    }

    public record Payment(BigDecimal amount, LocalDate paidOn, String receiptNumber) {
    }

    public record Evidence(int no, String type, String description, String fileName, LocalDateTime capturedAt,
            String sha256, boolean excluded) {
    }

    public record Review(int round, String opinionNumber, String reviewer, String outcome, String opinion,
            String corrections, LocalDate decidedOn) {
    }

    public record Deadline(String title, String article, LocalDate start, LocalDate due, LocalDate finishedOn) {
    }
}
