package org.sanxiang.officers;

import java.util.List;
import java.util.Optional;

/**
 * A matter's discretion benchmark as the body publishes it (APL Art. 34): whether its penalty provision sets a
 * fine at all, and its tiers, lightest first.
 *
 * @param fineProvided false where the provision sets no fine (e.g. 城乡规划法 Art. 65): a fine is refused
 */
public record Benchmark(long matterId, boolean fineProvided, List<BenchmarkTier> tiers) {

    public Optional<BenchmarkTier> tier(int seq) {
        return tiers.stream().filter(t -> t.seq() == seq).findFirst();
    }
}
