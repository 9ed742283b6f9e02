package org.sanxiang.officers;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tier of a matter's discretion benchmark (行政处罚裁量基准, APL Art. 34): the circumstance (情节) it covers, the
 * penalty it calls for as text, the penalty kinds it allows (APL Art. 9 codes) and its fine range.
 *
 * @param penaltyKinds the kinds a proposal under this tier may name; empty where the tier imposes no penalty
 * @param fineMin      lowest fine of the tier in yuan; null where the tier imposes no fine
 * @param fineMax      highest fine of the tier in yuan; null where the tier imposes no fine
 */
public record BenchmarkTier(int seq, String tier, String circumstance, String penalty, List<String> penaltyKinds,
        BigDecimal fineMin, BigDecimal fineMax, String basis) {

    /** Whether the tier sets a fine range. */
    public boolean fines() {
        return fineMin != null || fineMax != null;
    }

    /** The range as the benchmark reads, e.g. {@code 200–500 元}; empty where the tier sets no fine. */
    public String range() {
        if (!fines()) {
            return "";
        }
        return (fineMin == null ? "0" : fineMin.stripTrailingZeros().toPlainString()) + "–"
                + (fineMax == null ? "∞" : fineMax.stripTrailingZeros().toPlainString()) + " 元";
    }
}
