package org.sanxiang.evidence;

/** Whether one named record (e.g. 现场检查笔录) exists for the step being completed. */
@FunctionalInterface
public interface RecordCheck {

    boolean present(StepContext step);

    /** Satisfied by the step's own form: every listed field of its stored input is non-empty. */
    static RecordCheck ownInput(String... fields) {
        return step -> java.util.Arrays.stream(fields).allMatch(step::ownInputHas);
    }

    default RecordCheck or(RecordCheck other) {
        return step -> present(step) || other.present(step);
    }
}
