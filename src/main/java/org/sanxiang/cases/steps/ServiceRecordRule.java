package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.CaseViews;
import org.sanxiang.cases.PublicationNotice;
import org.sanxiang.cases.StepInput;

/** 送达回证 (APL Art. 61): electronic service only with consent, not before the decision; the party is told of publication. */
public class ServiceRecordRule implements StepRule<StepInput.ServiceRecord> {

    @Override
    public Class<StepInput.ServiceRecord> inputType() {
        return StepInput.ServiceRecord.class;
    }

    private static CaseViews.Decision decision(CaseContext ctx) {
        return ctx.latestDecision().orElseThrow(() -> new IllegalStateException("service without a decision"));
    }

    @Override
    public void validate(StepInput.ServiceRecord in, CaseContext ctx) {
        if (in.method() == StepInput.ServiceMethod.ELECTRONIC && StepChecks.blank(in.consentReference())) {
            throw new Rule("electronic-service-without-consent", "APL Art. 61", "consentReference",
                    "electronic service needs the party's signed consent (确认书)");
        }
        CaseViews.Decision decision = decision(ctx);
        if (in.servedOn().isBefore(decision.decidedOn())) {
            throw new StepDataInvalid("servedOn", Reason.of("served-before-decision", decision.decidedOn()));
        }
    }

    @Override
    public StepOutcome apply(StepInput.ServiceRecord in, CaseContext ctx) {
        CaseViews.Decision decision = decision(ctx);
        // RULES §3: the party is told the decision will be published; the service record says so
        ctx.recordService(decision.decisionNumber(), in.method(), in.servedOn(), in.recipient(), in.consentReference());
        ctx.status(CaseStatus.SERVED);
        ctx.finishDeadline("service", in.servedOn());
        boolean execution = ctx.executionRequired();
        if (execution) {
            ctx.restartDeadline("payment", in.servedOn()); // APL Art. 67: 15 days from service
        }
        // APL Art. 28: the order to correct the decision carries runs from its service
        java.util.Optional<EnforcementContext.OrderToCorrect> order = ctx.enforcement().correctionOrder()
                .filter(o -> o.decisionNumber().equals(decision.decisionNumber()));
        java.time.LocalDate correctionDue = order.map(o -> ctx.enforcement().startCorrectionPeriod(in.servedOn())).orElse(null);
        // the gateway after service routes on the stored decision, not on an executionRequired variable
        return new StepOutcome(java.util.Map.of(org.sanxiang.process.ProcessVariables.EXECUTION_REQUIRED, execution,
                org.sanxiang.process.ProcessVariables.CORRECTION_ORDERED, order.isPresent()),
                "送达 " + decision.decisionNumber() + "，方式 " + org.sanxiang.cases.RecordLabels.of("service", in.method()) + "，受送达人 " + in.recipient()
                + (correctionDue == null ? "" : "，责令改正期限至 " + correctionDue)
                + "；已告知当事人：" + PublicationNotice.TEXT, in.step().article());
    }
}
