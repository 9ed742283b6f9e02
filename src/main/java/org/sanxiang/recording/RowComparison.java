package org.sanxiang.recording;

import java.util.List;

/**
 * A case's business rows compared with the seals in its chain.
 *
 * @param rows       rows of the sealed tables the case has now
 * @param consistent every row's current digest is the one sealed last for it, and every sealed row still exists
 * @param mismatches one line per row that is changed ({@code CHANGED}), was never sealed ({@code UNSEALED}) or is
 *                   gone ({@code MISSING}): {@code <kind> <table> <key>}
 */
public record RowComparison(long caseId, int rows, boolean consistent, List<String> mismatches) {
}
