package org.sanxiang.publicity;

import java.util.List;

/** A deployed procedure as the portal publishes it: its model's latest version and the steps in the order they run. */
public record PublicProcedure(String key, String name, int version, List<ProcedureStep> steps) {
}
