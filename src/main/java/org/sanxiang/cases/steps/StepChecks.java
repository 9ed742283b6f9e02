package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.PenaltyType;

/** Checks more than one step (and the investigation record) share. */
public final class StepChecks {

    private StepChecks() {
    }

    /**
     * APL Art. 55; ACL Art. 18: the certificates shown are exactly the valid certificates of the officers
     * present. Answers the numbers shown, sorted.
     */
    public static Set<String> requireCertificatesShown(String article, Collection<String> expected, Collection<String> shown) {
        Set<String> want = new TreeSet<>(expected);
        Set<String> given = new TreeSet<>(shown);
        if (!want.equals(given)) {
            throw new Rule("certificates-shown-mismatch", article, "certificatesShown",
                    "certificates shown " + given + " do not match the valid certificates of the officers present "
                            + want, given, want);
        }
        return given;
    }

    /** A fine is named exactly when the penalty types include one. */
    static void requireFineWhenFining(List<PenaltyType> types, BigDecimal fine, String field) {
        if (types.contains(PenaltyType.FINE) && (fine == null || fine.signum() <= 0)) {
            throw new StepDataInvalid(field, Reason.of("fine-required"));
        }
        if (!types.contains(PenaltyType.FINE) && fine != null && fine.signum() > 0) {
            throw new StepDataInvalid(field, Reason.of("fine-without-fining"));
        }
    }

    /** The inputs of major-decision.dmn and hearing-right.dmn, as process variables. */
    static void decisionTableInputs(PartyKind party, List<PenaltyType> types, BigDecimal fine, BigDecimal confiscation,
            Map<String, Object> vars) {
        vars.put("partyKind", (party == null ? PartyKind.NATURAL_PERSON : party).name());
        vars.put("fineAmount", fine == null ? null : fine.doubleValue());
        vars.put("confiscationValue", confiscation == null ? null : confiscation.doubleValue());
        vars.put("penaltyTypes", types.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
