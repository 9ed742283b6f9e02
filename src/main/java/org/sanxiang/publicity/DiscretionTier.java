package org.sanxiang.publicity;

import java.math.BigDecimal;

/**
 * One tier of a matter's discretion benchmark (行政处罚裁量基准, APL Art. 34): the circumstance
 * (情节), the penalty or fine range it calls for, and the provisions it rests on.
 *
 * @param fineMin lowest fine of the tier in yuan; null where the tier imposes no fine
 * @param fineMax highest fine of the tier in yuan; null where the tier imposes no fine
 */
public record DiscretionTier(int seq, String tier, String circumstance, String penalty, BigDecimal fineMin,
        BigDecimal fineMax, String basis) {
}
