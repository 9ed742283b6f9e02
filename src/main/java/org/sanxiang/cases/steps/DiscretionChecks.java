package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.DiscretionAssessment;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Reason;
import org.sanxiang.officers.Benchmark;
import org.sanxiang.officers.BenchmarkTier;

/** The discretion benchmark (行政处罚裁量基准, APL Art. 34) applied to a proposal, from the body's own data. */
public final class DiscretionChecks {

    private DiscretionChecks() {
    }

    /** A matter whose penalty provision sets no fine (e.g. 城乡规划法 Art. 65) refuses a fine at every step. */
    public static void requireFineProvided(Benchmark benchmark, List<PenaltyType> types, BigDecimal fine, String field) {
        boolean fining = (types != null && types.contains(PenaltyType.FINE)) || (fine != null && fine.signum() > 0);
        if (fining && !benchmark.fineProvided()) {
            throw new Rule("fine-not-provided", "APL Art. 4, 38", field,
                    "the penalty provision of matter " + benchmark.matterId() + " sets no fine", benchmark.matterId());
        }
    }

    /**
     * The proposal judged against the tier it names: outside when it names a kind the tier does not allow or a fine
     * outside the tier's range (or the handlers declare it outside); then written reasons are required. A tier the
     * matter does not have, or a tier without the circumstances found, is refused.
     */
    public static DiscretionAssessment assess(Benchmark benchmark, Integer tierSeq, String circumstances,
            List<PenaltyType> types, BigDecimal fine, boolean declaredOutside, String reasons) {
        String kinds = types.stream().map(Enum::name).collect(Collectors.joining(","));
        List<String> because = new ArrayList<>();
        BenchmarkTier tier = null;
        if (tierSeq != null) {
            tier = benchmark.tier(tierSeq).orElseThrow(() -> new StepDataInvalid("discretionTier",
                    Reason.of("discretion-tier-unknown", tierSeq), "APL Art. 34"));
            if (StepChecks.blank(circumstances)) {
                throw new StepDataInvalid("discretionCircumstances", Reason.of("discretion-circumstances-required"),
                        "APL Art. 34");
            }
            for (PenaltyType t : types) {
                if (!tier.penaltyKinds().contains(t.name())) {
                    because.add("处罚种类“" + t.label() + "”不在“" + tier.tier() + "”档次（" + tier.penalty() + "）之内");
                }
            }
            if (fine != null && fine.signum() > 0 && tier.fines()) {
                boolean below = tier.fineMin() != null && fine.compareTo(tier.fineMin()) < 0;
                boolean above = tier.fineMax() != null && fine.compareTo(tier.fineMax()) > 0;
                if (below || above) {
                    because.add("罚款 " + fine.stripTrailingZeros().toPlainString() + " 元超出“" + tier.tier() + "”档次 "
                            + tier.range());
                }
            }
        }
        if (declaredOutside && because.isEmpty()) {
            because.add("承办人认定超出裁量基准");
        }
        boolean outside = !because.isEmpty();
        if (outside && StepChecks.blank(reasons)) {
            throw new Rule("benchmark-deviation-reasons-required", "APL Art. 34; G118", "benchmarkDeviationReasons",
                    "a proposal outside the discretion benchmark needs written reasons: " + String.join("；", because),
                    String.join("；", because));
        }
        return new DiscretionAssessment(tierSeq, tier == null ? null : tier.tier(),
                tier == null ? null : tier.circumstance(), tier == null ? null : tier.penalty(),
                tier == null ? null : String.join(",", tier.penaltyKinds()), tier == null ? null : tier.fineMin(),
                tier == null ? null : tier.fineMax(), StepChecks.blank(circumstances) ? null : circumstances.strip(), kinds,
                fine, outside, outside ? String.join("；", because) : null,
                StepChecks.blank(reasons) ? null : reasons.strip());
    }
}
