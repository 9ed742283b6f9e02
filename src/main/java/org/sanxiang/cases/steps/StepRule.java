package org.sanxiang.cases.steps;

import org.sanxiang.cases.StepInput;

/**
 * The rule of one step: checks the validated input against the case's facts and applies it — writes
 * through the {@link CaseContext} — answering the engine variables, the record's summary and article.
 * Plain code: no Spring, no engine; everything it needs from the world comes through the context, so
 * a rule is unit-tested at its edges with a hand-made context.
 */
public interface StepRule<I extends StepInput> {

    /** The input type this rule handles (one rule per {@link StepInput} subtype). */
    Class<I> inputType();

    /** Refuses the input with a problem (and its article) when a rule of the step is not met; writes nothing. */
    default void validate(I input, CaseContext context) {
    }

    /** Applies the validated input to the case; answers what the engine and the record are told. */
    StepOutcome apply(I input, CaseContext context);
}
