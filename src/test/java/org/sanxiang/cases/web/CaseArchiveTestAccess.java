package org.sanxiang.cases.web;

import java.nio.file.Path;

/** {@link CaseArchiveTest}'s helpers for tests of other packages that run {@code scripts/verify-archive}. */
public final class CaseArchiveTestAccess {

    private CaseArchiveTestAccess() {
    }

    public record Result(int exit, String output) {
    }

    public static boolean python3() {
        return CaseArchiveTest.available("python3");
    }

    public static Result run(Path workDir, String... command) throws Exception {
        CaseArchiveTest.Result r = CaseArchiveTest.run(workDir, command);
        return new Result(r.exit(), r.output());
    }
}
