package org.sanxiang.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request to Camunda's engine REST API (or the webapps' APIs under {@code /camunda/api}) may do
 * (G118; APL Art. 47: a case's legal path changes only through the services that record it). Refused by
 * default: every request that is not a read is refused unless it is one of the few listed here — the
 * read-only queries Camunda sends as POST (a list with a body), and the identity administration of the
 * Admin webapp, which touches no case. A write endpoint Camunda adds in a later version is therefore refused
 * until someone lists it; {@code EngineWritesTest} checks every operation of Camunda's own OpenAPI document.
 * <p>
 * Paths are compared normalised ({@link EngineCompletionGuard#normalise}) and in lower case, after the
 * prefix of the default or of a named engine is taken off.
 */
final class EngineWrites {

    enum Verdict {
        /** not a write: passes */
        READ,
        /** completes, submits or resolves a task: the completion guard's own refusal */
        COMPLETION,
        /** the Admin webapp's users, groups, tenants, authorizations, filters: no case data; passes */
        IDENTITY,
        /** a webapp's own session (login, logout): passes */
        WEBAPP_SESSION,
        /** refused with {@code engine-write-refused} */
        REFUSED
    }

    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/(?!engine(?:/|$))(.*)$");

    private static final Pattern COMPLETION = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form|resolve)$");

    /** Camunda's queries sent as POST (a query in the body): they read only. */
    private static final List<Pattern> POST_QUERIES = patterns(
            "/(?:execution|external-task|group|job|job-definition|process-instance|task|variable-instance)(?:/count)?",
            "/history/(?:activity-instance|detail|external-task-log|job-log|process-instance|task|variable-instance)(?:/count)?",
            "/filter/[^/]+/(?:count|list|singleresult)",
            "/schema/log",
            "/migration/(?:generate|validate)",
            "/identity/(?:password-policy|verify)");

    /** Identity administration (Camunda Admin): accounts, groups, tenants, authorizations, task filters. */
    private static final List<Pattern> IDENTITY = patterns(
            "/user/create", "/user/[^/]+(?:/profile|/credentials|/unlock)?",
            "/group/create", "/group/[^/]+(?:/members/[^/]+)?",
            "/tenant/create", "/tenant/[^/]+(?:/(?:user|group)-members/[^/]+)?",
            "/authorization/create", "/authorization/[^/]+",
            "/filter/create", "/filter/[^/]+");

    /** Cockpit's own queries sent as POST (every POST of its base plugin in 7.24 is one). */
    private static final List<Pattern> WEBAPP_QUERIES = patterns(
            "cockpit/plugin/base/[^/]+/(?:process-instance|incident)(?:/count)?",
            "cockpit/plugin/base/[^/]+/process-instance/[^/]+/called-process-instances",
            "cockpit/plugin/base/[^/]+/process-definition/[^/]+/called-process-definitions");

    /** The webapps' own session endpoints (Camunda Admin's login and logout, and its first-admin set-up). */
    private static final List<Pattern> WEBAPP_SESSION = patterns(
            "admin/auth/user/[^/]+/login/[^/]+", "admin/auth/user/[^/]+/logout",
            "admin/setup/[^/]+/user/create");

    private EngineWrites() {
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile("^" + r + "$")).toList();
    }

    /** Whether the normalised path is one of the engine APIs this class judges. */
    static boolean judges(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return ENGINE_PREFIX.matcher(p).matches() || WEBAPP_API.matcher(p).matches();
    }

    /** The task a completion path names, if it is one. */
    static Optional<String> completedTask(String path) {
        Matcher prefix = ENGINE_PREFIX.matcher(path);
        if (!prefix.matches() || prefix.group(1) == null) {
            return Optional.empty();
        }
        Matcher m = COMPLETION.matcher(prefix.group(1).toLowerCase(Locale.ROOT));
        // the id keeps its case: task ids are case-sensitive
        return m.matches() ? Optional.of(prefix.group(1).split("/")[2]) : Optional.empty();
    }

    /** The verdict on {@code method} (as sent, or as a method-override header asks) on the normalised {@code path}. */
    static Verdict judge(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
            return Verdict.READ;
        }
        String p = path.toLowerCase(Locale.ROOT);
        Matcher engine = ENGINE_PREFIX.matcher(p);
        if (engine.matches()) {
            String resource = engine.group(1) == null ? "/" : engine.group(1);
            if (COMPLETION.matcher(resource).matches()) {
                return Verdict.COMPLETION;
            }
            if (m.equals("POST") && any(POST_QUERIES, resource)) {
                return Verdict.READ;
            }
            if ((m.equals("POST") || m.equals("PUT") || m.equals("DELETE")) && any(IDENTITY, resource)) {
                return Verdict.IDENTITY;
            }
            return Verdict.REFUSED;
        }
        Matcher webapp = WEBAPP_API.matcher(p);
        if (webapp.matches()) {
            if (m.equals("POST") && any(WEBAPP_QUERIES, webapp.group(1))) {
                return Verdict.READ;
            }
            return m.equals("POST") && any(WEBAPP_SESSION, webapp.group(1)) ? Verdict.WEBAPP_SESSION : Verdict.REFUSED;
        }
        return Verdict.READ; // not an engine API: not judged here
    }

    private static boolean any(List<Pattern> patterns, String resource) {
        return patterns.stream().anyMatch(p -> p.matcher(resource).matches());
    }
}
