package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.cases.steps.CaseContext;
import org.sanxiang.cases.steps.CaseFacts;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewRound;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import lombok.RequiredArgsConstructor;

/** Fills a step rule's {@link CaseContext} from our tables for one act: no fact a rule uses comes from an engine variable. */
@Component
@RequiredArgsConstructor
class StepContexts {

    private final CaseAccess access;
    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final CaseDocuments documents;
    private final CaseReviews reviews;
    private final StepDeadlines deadlines;
    private final Deadlines calendar;
    private final org.sanxiang.cases.persistence.HearingNoticeMapper hearingNotices;
    private final EnforcementActs enforcement;
    private final org.sanxiang.recording.RowSeals seals;

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    CaseContext of(CaseEntity c, Matter matter, Actor actor) {
        return new Context(c, matter, actor);
    }

    private final class Context implements CaseContext {

        private final CaseEntity c;
        private final Matter matter;
        private final Actor actor;
        private final CaseFacts facts;

        Context(CaseEntity c, Matter matter, Actor actor) {
            this.c = c;
            this.matter = matter;
            this.actor = actor;
            PartyKind party = cases.selectParties(c.id).stream().findFirst().map(p -> PartyKind.valueOf(p.kind()))
                    .orElse(PartyKind.NATURAL_PERSON);
            this.facts = new CaseFacts(c.id, c.caseNumber, c.status, c.outcome, c.proposedFine, c.actDate, c.discoveredOn,
                    c.harmsLifeHealthOrFinance, c.filedAt == null ? null : c.filedAt.toLocalDate(), party);
        }

        @Override
        public CaseFacts facts() {
            return facts;
        }

        @Override
        public LocalDate today() {
            return access.today();
        }

        @Override
        public int investigationRecordCount() {
            return cases.countInvestigationRecords(c.id);
        }

        @Override
        public Set<String> validCertificatesOf(List<Long> officerIds, LocalDate onDate) {
            Set<String> numbers = new TreeSet<>();
            officers.requireCertifiedHandlers(matter, officerIds, onDate).forEach(o -> numbers.add(o.certificate().number()));
            return numbers;
        }

        @Override
        public int seizureMaxDays() {
            return calendar.rule("seizure").length();
        }

        @Override
        public Optional<PriorNoticeGiven> priorNotice() {
            String data = cases.selectLatestStepData(c.id, Step.PRIOR_NOTICE.name());
            if (data == null) {
                return Optional.empty();
            }
            JsonNode notice = access.read(data);
            return Optional.of(new PriorNoticeGiven(LocalDate.parse(notice.path("noticeDate").asText()),
                    notice.hasNonNull("proposedFine") ? new BigDecimal(notice.get("proposedFine").asText()) : null));
        }

        @Override
        public LocalDate hearingRequestLastDay(LocalDate noticeDate) {
            return calendar.due("hearing-request", noticeDate).dueDate();
        }

        /** From the stored prior notice (hearing-right.dmn), not the engine variable an administrator can write. */
        @Override
        public boolean hearingRight() {
            return reviews.hasHearingRight(c.id);
        }

        /** From the stored decision: a penalty with a fine or a confiscation needs execution (APL Art. 66, 67). */
        @Override
        public boolean executionRequired() {
            return latestDecision().filter(d -> "PENALTY".equals(d.kind()))
                    .map(d -> positive(d.fineAmount()) || positive(d.confiscationValue())).orElse(false);
        }

        @Override
        public boolean majorDecision() {
            return reviews.isMajor(c.id);
        }

        @Override
        public void requirePassedReviewForMajorDecision() {
            reviews.requirePassedReviewForMajorDecision(c.id);
        }

        @Override
        public Optional<CaseViews.Decision> latestDecision() {
            return cases.selectDecisions(c.id).stream().reduce((a, b) -> b);
        }

        @Override
        public Optional<CaseViews.Decision> latestPenaltyDecision() {
            return cases.selectDecisions(c.id).stream().filter(d -> "PENALTY".equals(d.kind())).reduce((a, b) -> b);
        }

        @Override
        public Optional<LocalDate> paymentDue() {
            return deadlines.running(c.id, "payment").map(d -> d.due());
        }

        @Override
        public BigDecimal lateFee(BigDecimal fine, LocalDate due, LocalDate paidOn) {
            return calendar.lateFee(fine, due, paidOn);
        }

        @Override
        public String hearingChair(long chairOfficerId) {
            officers.requireNotInvestigator(chairOfficerId, access.investigators(c.id));
            return officers.officer(chairOfficerId).name();
        }

        @Override
        public org.sanxiang.officers.Benchmark benchmark() {
            return officers.benchmark(c.matterId);
        }

        @Override
        public void recordDiscretion(DiscretionAssessment a) {
            reviews.recordDiscretion(c.id, a, actor.username());
        }

        @Override
        public Optional<HearingNoticeGiven> hearingNotice() {
            return Optional.ofNullable(hearingNotices.selectLatestHearingNotice(c.id));
        }

        @Override
        public LocalDate earliestHearingDay(LocalDate servedOn) {
            return calendar.due("hearing-notice", servedOn).dueDate();
        }

        @Override
        public void markFiled() {
            cases.markFiled(c.id, access.now());
        }

        @Override
        public void markDecided() {
            cases.markDecided(c.id, access.now());
        }

        @Override
        public void markClosed() {
            cases.markClosed(c.id, access.now());
        }

        @Override
        public void markArchived() {
            cases.markArchived(c.id, access.now());
        }

        @Override
        public void status(CaseStatus status) {
            cases.updateStatus(c.id, status.name());
        }

        @Override
        public void outcome(String outcome, BigDecimal proposedFine) {
            cases.updateOutcome(c.id, outcome, proposedFine);
        }

        @Override
        public void restartDeadline(String rule, LocalDate from) {
            deadlines.restart(c.id, rule, from);
        }

        @Override
        public void finishDeadline(String rule, LocalDate on) {
            deadlines.finish(c.id, rule, on);
        }

        @Override
        public String nextNumber(String kind, int year) {
            return documents.nextNumber(c.bodyId, kind, year);
        }

        @Override
        public void recordDecision(String number, String kind, String penaltyTypes, BigDecimal fine,
                BigDecimal confiscation, String reasons, LocalDate decidedOn) {
            cases.insertDecision(c.id, number, kind, penaltyTypes, fine, confiscation, reasons, actor.username(), decidedOn,
                    access.now());
            seals.seal(c.id, CaseSealedTables.DECISIONS, number, actor.username());
        }

        @Override
        public void publishDecision(String number, String kind, LocalDate decidedOn,
                List<org.sanxiang.cases.PenaltyType> types, BigDecimal fine, String reasons) {
            documents.publishDecision(c, matter, number, kind, decidedOn, types, fine, reasons, actor.username());
        }

        @Override
        public void recordService(String decisionNumber, StepInput.ServiceMethod method, LocalDate servedOn,
                String recipient, String consentReference) {
            cases.insertServiceRecord(c.id, decisionNumber, method.name(), servedOn, recipient, consentReference,
                    PublicationNotice.TEXT, actor.username(), access.now());
        }

        @Override
        public void recordPayment(BigDecimal amount, LocalDate paidOn, String receiptNumber) {
            cases.insertPayment(c.id, amount, paidOn, receiptNumber, actor.username(), access.now());
        }

        @Override
        public org.sanxiang.cases.steps.EnforcementContext enforcement() {
            return enforcement.of(c.id, actor);
        }

        @Override
        public ReviewRound decideReview(LegalReviews.Opinion opinion) {
            return reviews.decide(c.id, c.bodyId, opinion, actor.username());
        }
    }
}
