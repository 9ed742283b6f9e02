package org.sanxiang.officers.persistence;

import java.math.BigDecimal;

/** A row of {@code discretion_tier}. */
public record TierRow(int seq, String tier, String circumstance, String penalty, String penaltyKinds, BigDecimal fineMin,
        BigDecimal fineMax, String basis) {
}
