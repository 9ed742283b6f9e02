package org.sanxiang.publicity;

/** One item of the published power list (权责清单) with its legal basis (RULES §3). */
public record PublicPower(String body, String code, String name, String field, String legalBasis, String penaltyBasis) {
}
