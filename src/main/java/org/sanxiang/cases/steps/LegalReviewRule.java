package org.sanxiang.cases.steps;

import java.util.Map;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewOutcome;
import org.sanxiang.review.ReviewRound;

/** 法制审核意见书 (APL Art. 58; G118): stored on the open round by the review module, which checks its points. */
public class LegalReviewRule implements StepRule<StepInput.LegalReview> {

    @Override
    public Class<StepInput.LegalReview> inputType() {
        return StepInput.LegalReview.class;
    }

    @Override
    public StepOutcome apply(StepInput.LegalReview in, CaseContext ctx) {
        ReviewRound round = ctx.decideReview(new LegalReviews.Opinion(in.outcome(), in.opinion(), in.corrections(),
                in.checklist(), ctx.today()));
        ctx.finishDeadline("legal-review", ctx.today());
        ctx.status(in.outcome() == ReviewOutcome.RETURN ? CaseStatus.FILED : CaseStatus.REVIEWED);
        return new StepOutcome(Map.of(ProcessVariables.REVIEW_OUTCOME, in.outcome().name(),
                ProcessVariables.REVIEW_PASSED, in.outcome().passed()),
                "第 " + round.round() + " 轮审核意见书 " + round.opinionNumber() + "：" + org.sanxiang.cases.RecordLabels.of("review", in.outcome()), in.step().article());
    }
}
