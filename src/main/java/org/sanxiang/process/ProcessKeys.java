package org.sanxiang.process;

/** Process definition keys of the models in {@code bpmn/}. */
public final class ProcessKeys {

    public static final String GENERAL_PROCEDURE = "general-procedure";
    public static final String SUMMARY_PROCEDURE = "summary-procedure";
    public static final String LEGAL_REVIEW = "legal-review";
    /** Message that starts 查封/扣押 (the general procedure's event subprocess {@code SubProcess_Seizure}). */
    public static final String SEIZURE_REQUESTED_MESSAGE = "SeizureRequested";

    private ProcessKeys() {
    }
}
