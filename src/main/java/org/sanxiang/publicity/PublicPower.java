package org.sanxiang.publicity;

import java.util.List;

/** A matter of a body's power list as published, with its discretion benchmark (empty when none is set). */
public record PublicPower(String body, String code, String name, String field, String legalBasis, String penaltyBasis,
        List<DiscretionTier> benchmarks) {
}
