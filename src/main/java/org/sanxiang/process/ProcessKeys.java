package org.sanxiang.process;

/** Process definition keys of the models in {@code bpmn/}. */
public final class ProcessKeys {

    public static final String GENERAL_PROCEDURE = "general-procedure";
    public static final String SUMMARY_PROCEDURE = "summary-procedure";
    public static final String LEGAL_REVIEW = "legal-review";

    private ProcessKeys() {
    }
}
