package org.sanxiang.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.documents.DocumentNumbering;
import org.sanxiang.review.persistence.ReviewMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * Review rounds and opinions. The case module opens a round with the assembled materials when a case
 * is submitted, and records the reviewer's opinion through {@link #decide}; the decision step asks
 * {@link #latestRoundPassed} before a major decision may be made (APL Art. 58).
 */
@Service
@RequiredArgsConstructor
public class LegalReviews {

    static final String OPINION = "REVIEW";

    private final ReviewMapper mapper;
    private final DocumentNumbering numbering;
    private final ObjectMapper json;
    private final Clock clock;

    /** The opinion the reviewer gives. */
    public record Opinion(ReviewOutcome outcome, String opinion, String corrections, List<ChecklistAnswer> checklist,
            LocalDate decidedOn) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewRound openRound(long caseId, String processInstanceId, Object materials) {
        ReviewRound last = mapper.selectLatest(caseId);
        int round = last == null ? 1 : last.round() + 1;
        mapper.insertRound(caseId, round, processInstanceId, write(materials), now());
        return mapper.selectLatest(caseId);
    }

    @Transactional(readOnly = true)
    public ReviewRound openRound(long caseId) {
        ReviewRound last = mapper.selectLatest(caseId);
        if (last == null || !last.open()) {
            throw new ReviewProblems.NoOpenRound(caseId);
        }
        return last;
    }

    /**
     * Validates and stores the 法制审核意见书 of the open round: all eight points answered, a comment on
     * every problem, corrections named on a return; numbered from the office's REVIEW sequence.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewRound decide(long caseId, Opinion opinion, String reviewer, long bodyId, String documentPrefix) {
        requireComplete(opinion.checklist());
        if (opinion.outcome() == ReviewOutcome.RETURN
                && (opinion.corrections() == null || opinion.corrections().isBlank())) {
            throw new ReviewProblems.ReturnWithoutCorrections();
        }
        ReviewRound round = openRound(caseId);
        String number = numbering.next(bodyId, documentPrefix, OPINION, opinion.decidedOn().getYear());
        mapper.decide(round.id(), reviewer, number, write(opinion.checklist()), opinion.outcome().name(),
                opinion.opinion(), opinion.corrections(), opinion.decidedOn(), now());
        return mapper.selectLatest(caseId);
    }

    /** APL Art. 58: true when the case's latest round ended in 同意 or 同意并附意见. */
    @Transactional(readOnly = true)
    public boolean latestRoundPassed(long caseId) {
        ReviewRound last = mapper.selectLatest(caseId);
        return last != null && last.outcome() != null && ReviewOutcome.valueOf(last.outcome()).passed();
    }

    /**
     * APL Art. 58; G118 — the one check of the rule, for the case service and the engine's completion
     * guard alike: a decision the catalogue finds major (the caller reads that from the case's facts,
     * not from an engine variable) needs the case's latest review round to have passed.
     */
    @Transactional(readOnly = true)
    public void requirePassedReviewForMajorDecision(long caseId, boolean major) {
        if (major && !latestRoundPassed(caseId)) {
            throw new ReviewProblems.DecisionWithoutPassedReview();
        }
    }

    @Transactional(readOnly = true)
    public List<ReviewRound> rounds(long caseId) {
        return mapper.selectByCase(caseId);
    }

    static void requireComplete(List<ChecklistAnswer> checklist) {
        if (checklist == null || checklist.isEmpty()) {
            throw new ReviewProblems.ChecklistIncomplete("checklist", "全部八项");
        }
        Set<ChecklistPoint> missing = EnumSet.allOf(ChecklistPoint.class);
        List<String> duplicate = new ArrayList<>();
        for (int i = 0; i < checklist.size(); i++) {
            ChecklistAnswer a = checklist.get(i);
            if (a == null || a.point() == null || a.ok() == null) {
                throw new ReviewProblems.ChecklistIncomplete("checklist[" + i + "]", "第" + (i + 1) + "项未作答");
            }
            if (!missing.remove(a.point())) {
                duplicate.add(a.point().label());
            }
            if (!a.ok() && (a.comment() == null || a.comment().isBlank())) {
                throw new ReviewProblems.ChecklistIncomplete("checklist[" + i + "].comment",
                        "“" + a.point().label() + "”存在问题但未写明意见");
            }
        }
        if (!missing.isEmpty()) {
            throw new ReviewProblems.ChecklistIncomplete("checklist",
                    missing.stream().map(ChecklistPoint::label).collect(Collectors.joining("；")));
        }
        if (!duplicate.isEmpty()) {
            throw new ReviewProblems.ChecklistIncomplete("checklist", "重复作答：" + String.join("；", duplicate));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
