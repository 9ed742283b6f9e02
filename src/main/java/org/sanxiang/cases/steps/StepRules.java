package org.sanxiang.cases.steps;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.StepInput;

/**
 * The step rules collected by the input type they handle. {@link #standard()} fails when a
 * {@link StepInput} subtype has no rule (or two), so a new step cannot start without one.
 */
public final class StepRules {

    private final Map<Class<?>, StepRule<?>> rules;

    public StepRules(List<StepRule<?>> rules) {
        Map<Class<?>, StepRule<?>> byType = new LinkedHashMap<>();
        for (StepRule<?> rule : rules) {
            if (byType.put(rule.inputType(), rule) != null) {
                throw new IllegalStateException("two step rules for " + rule.inputType().getSimpleName());
            }
        }
        List<String> missing = Arrays.stream(StepInput.class.getPermittedSubclasses())
                .filter(type -> !byType.containsKey(type)).map(Class::getSimpleName).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no step rule for " + missing);
        }
        this.rules = Map.copyOf(byType);
    }

    /** The rules of every step of the general and summary procedures. */
    public static StepRules standard() {
        return new StepRules(List.of(new FilingApprovalRule(), new InvestigationDoneRule(), new SeizureRule(),
                new InvestigationEndRule(), new LegalReviewRule(), new CollectiveDiscussionRule(), new PriorNoticeRule(),
                new StatementDefenceRule(), new HearingRule(), new HeadDecisionRule(), new ServiceRecordRule(),
                new ExecutionRule(), new TransferRule(), new ClosingRule(), new ArchiveRule(), new SummaryExecutionRule(),
                new SummaryFilingRule(), new FollowUpInspectionRule(), new DemolitionNoticeRule(),
                new DemolitionReminderRule(), new DemolitionStatementRule(), new DemolitionDecisionRule(),
                new ForcedDemolitionRule(), new EvidencePreservationRule(), new PreservationDisposalRule()));
    }

    /** Validates and applies {@code input} with its rule. */
    public <I extends StepInput> StepOutcome complete(I input, CaseContext context) {
        @SuppressWarnings("unchecked")
        StepRule<I> rule = (StepRule<I>) rules.get(input.getClass());
        rule.validate(input, context);
        return rule.apply(input, context);
    }
}
