package org.sanxiang.process;

/** Process definition keys of the models in {@code bpmn/}. */
public final class ProcessKeys {

    public static final String GENERAL_PROCEDURE = "general-procedure";
    public static final String SUMMARY_PROCEDURE = "summary-procedure";
    public static final String LEGAL_REVIEW = "legal-review";
    /** Message that starts 查封/扣押 (the general procedure's event subprocess {@code SubProcess_Seizure}). */
    public static final String SEIZURE_REQUESTED_MESSAGE = "SeizureRequested";
    /** Starts the general procedure's 先行登记保存 event subprocess (APL Art. 56). */
    public static final String PRESERVATION_REQUESTED_MESSAGE = "PreservationRequested";

    private ProcessKeys() {
    }
}
