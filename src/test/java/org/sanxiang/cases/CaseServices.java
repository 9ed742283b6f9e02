package org.sanxiang.cases;

import org.springframework.beans.factory.annotation.Autowired;

/** The case module's use-case services, for the tests that drive cases through them. */
public abstract class CaseServices {

    @Autowired
    protected LeadRegistration leadRegistration;
    @Autowired
    protected SummaryProcedure summaryProcedure;
    @Autowired
    protected StepCompletion stepCompletion;
    @Autowired
    protected Investigations investigations;
    @Autowired
    protected CaseSupervision caseSupervision;
    @Autowired
    protected DecisionRevocations decisionRevocations;
    @Autowired
    protected Hearings hearings;
    @Autowired
    protected ForcedDemolitions forcedDemolitions;
}
