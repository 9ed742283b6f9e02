import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sanxiang's load client: JDK only, run as a single-file program ({@code java bench/Bench.java ...}).
 * Every figure is measured against the running application over HTTP on loopback.
 *
 * <pre>
 *   throughput BASE THREADS CASES   complete general-procedure cases through /api (half of them major: legal review)
 *   raw        BASE THREADS CASES   the same number of user tasks and timers, no business logic, through /engine-rest
 *   inbox      BASE READERS SECONDS reviewer inbox and case search under concurrent readers
 *   duplicates BASE N               N concurrent completions and claims of one task each
 *   load       BASE THREADS CASES   drives cases until the server dies (kill -9 drill; -Dack=FILE logs acknowledged acts)
 *   check-acks BASE FILE [NAME]     after a drill: every acknowledged act present, every chain valid
 *   dbload     BASE THREADS SECONDS LOG   drives cases for SECONDS whatever the answers (database-stop drill);
 *                                  LOG gets "epochMillis status" per response
 *   dbdrill-report LOG MARKERS      counts of the database-stop drill's answers before, while and after the stop
 * </pre>
 *
 * Ids of the demo office come as system properties ({@code -Dbody= -Dmatter= -Dofficer.zhangwei= ...}),
 * looked up by bench/run. Output: one line of {@code key=value} per run, read by bench/run into
 * bench/RESULTS.md.
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    static final String PASSWORD = "demo1234";
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static final AtomicInteger EMPTY_SUCCESSES = new AtomicInteger();

    record Response(int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[1];
        switch (args[0]) {
            case "throughput" -> throughput(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "raw" -> raw(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "inbox" -> inbox(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "duplicates" -> duplicates(base, Integer.parseInt(args[2]));
            case "load" -> load(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "check-acks" -> checkAcks(base, args[2], args.length > 3 ? args[3] : "killdrill");
            case "dbload" -> dbLoad(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "dbdrill-report" -> dbDrillReport(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- HTTP

    static Response call(String base, String user, String method, String path, String json, String label) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if ("GET".equals(method)) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            LATENCIES.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
            if (r.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            logResponse(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(""), method + " " + path, t0);
            return new Response(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            logResponse(0, String.valueOf(e), "", method + " " + path, t0);
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    static Response ok(String base, String user, String method, String path, String json, String label) {
        Response r = call(base, user, method, path, json, label);
        if (r.status() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.status() + " " + r.body());
        }
        if (r.status() != 204 && r.body().isBlank()) {
            // every 2xx of the API but 204 carries a body: an empty one is a failure answered as success
            EMPTY_SUCCESSES.incrementAndGet();
            throw new IllegalStateException(method + " " + path + " -> " + r.status() + " with an empty body");
        }
        acknowledge(method, path, r);
        return r;
    }

    /** With -Dack=FILE every acknowledged act is logged ("caseId act"), for the kill -9 drill to check after restart. */
    static final java.io.PrintWriter ACKS = openAcks();

    static java.io.PrintWriter openAcks() {
        String file = System.getProperty("ack");
        try {
            return file == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(file),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void acknowledge(String method, String path, Response r) {
        if (ACKS == null || !"POST".equals(method)) {
            return;
        }
        Matcher step = Pattern.compile("^/api/cases/(\\d+)/steps/([a-z-]+)$").matcher(path);
        if (step.matches()) {
            ACKS.println(step.group(1) + " " + step.group(2));
        } else if ("/api/cases".equals(path)) {
            ACKS.println(first(r.body(), "\"id\":(\\d+)") + " registered");
        }
    }

    static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + body);
        }
        return m.group(1);
    }

    // ---------------------------------------------------------------- our case throughput

    static void throughput(String base, int threads, int cases) throws Exception {
        long zhang = Long.getLong("officer.zhangwei"), li = Long.getLong("officer.liqiang"), wang = Long.getLong("officer.wangfang");
        long body = Long.getLong("body"), matter = Long.getLong("matter");
        LATENCIES.clear();
        long t0 = System.nanoTime();
        runParallel(threads, cases, i -> oneCase(base, body, matter, zhang, li, wang, i % 2 == 0));
        double seconds = (System.nanoTime() - t0) / 1e9;
        report("throughput", Map.of("threads", threads, "cases", cases, "seconds", fmt(seconds),
                "casesPerSecond", fmt(cases / seconds), "serverErrors", SERVER_ERRORS.get()), "step");
    }

    static void oneCase(String base, long body, long matter, long zhang, long li, long wang, boolean major) {
        String fine = major ? "8000" : "1000";
        String lead = """
                {"bodyId":%d,"source":"INSPECTION","matterId":%d,"facts":"基准测试：占道经营","actDate":"%s",
                 "discoveredOn":"%s","place":"三张镇","party":{"kind":"NATURAL_PERSON","name":"测某"},"handlerIds":[%d,%d]}
                """.formatted(body, matter, TODAY, TODAY, zhang, li);
        String id = first(ok(base, "zhangwei", "POST", "/api/cases", lead, "step").body(), "\"id\":(\\d+)");
        String c = "/api/cases/" + id;
        ok(base, "liuyang", "POST", c + "/steps/filing-approval", "{\"approved\":true,\"opinion\":\"同意\"}", "step");
        ok(base, "zhangwei", "POST", c + "/investigation-records", """
                {"kind":"ON_SITE_INSPECTION","recordedOn":"%s","place":"三张镇","officerIds":[%d,%d],
                 "certificatesShown":["44190210001","44190210002"],"content":"现场检查"}""".formatted(TODAY, zhang, li), "step");
        ok(base, "zhangwei", "POST", c + "/steps/investigation", "{}", "step");
        String ended = ok(base, "zhangwei", "POST", c + "/steps/investigation-end", """
                {"outcome":"PENALTY","report":"事实清楚","proposedPenaltyTypes":["FINE"],"proposedFine":%s}""".formatted(fine), "step").body();
        if (major) {
            String task = first(ended, "\"taskId\":\"([^\"]+)\"[^}]*\"step\":\"Task_LegalReview\"");
            ok(base, "chenjing", "POST", "/api/tasks/" + task + "/claim", "{}", "step");
            StringBuilder points = new StringBuilder();
            for (String p : List.of("BODY_LAWFUL", "OFFICERS_QUALIFIED", "PROCEDURE_LAWFUL", "FACTS_AND_EVIDENCE",
                    "LAW_AND_DISCRETION", "NO_EXCESS_OF_AUTHORITY", "DOCUMENTS_COMPLETE", "SUSPECTED_CRIME")) {
                points.append(points.length() == 0 ? "" : ",").append("{\"point\":\"").append(p).append("\",\"ok\":true}");
            }
            ok(base, "chenjing", "POST", c + "/steps/legal-review",
                    "{\"outcome\":\"AGREE\",\"opinion\":\"同意\",\"checklist\":[" + points + "]}", "step");
        }
        ok(base, "zhangwei", "POST", c + "/steps/prior-notice", """
                {"noticeDate":"%s","proposedPenaltyTypes":["FINE"],"proposedFine":%s,"factsAndReasons":"告知"}""".formatted(TODAY, fine), "step");
        ok(base, "zhangwei", "POST", c + "/steps/statement-defence", "{\"response\":\"WAIVED\",\"hearingRequested\":false}", "step");
        ok(base, "liuyang", "POST", c + "/steps/head-decision", """
                {"decidedOn":"%s","penaltyTypes":["FINE"],"fineAmount":%s,"reasons":"依法处罚"}""".formatted(TODAY, fine), "step");
        ok(base, "zhangwei", "POST", c + "/steps/service", "{\"method\":\"DIRECT\",\"servedOn\":\"%s\",\"recipient\":\"测某\"}".formatted(TODAY), "step");
        ok(base, "zhangwei", "POST", c + "/steps/execution", """
                {"mode":"PAID","amountPaid":%s,"paidOn":"%s","receiptNumber":"B-%s"}""".formatted(fine, TODAY, id), "step");
        ok(base, "zhangwei", "POST", c + "/steps/closing", "{\"closingReport\":\"结案\"}", "step");
        ok(base, "zhangwei", "POST", c + "/steps/archive", "{\"fileReference\":\"B-%s\",\"volumes\":1}".formatted(id), "step");
    }

    // ---------------------------------------------------------------- the raw engine, same HTTP stack

    static void raw(String base, int threads, int cases) throws Exception {
        String xml = Files.readString(Path.of("bench/models/raw-bench.bpmn"));
        deploy(base, xml);
        LATENCIES.clear();
        long t0 = System.nanoTime();
        runParallel(threads, cases, i -> oneRaw(base));
        double seconds = (System.nanoTime() - t0) / 1e9;
        report("raw", Map.of("threads", threads, "cases", cases, "seconds", fmt(seconds),
                "casesPerSecond", fmt(cases / seconds), "serverErrors", SERVER_ERRORS.get()), "raw-step");
    }

    static void deploy(String base, String xml) throws Exception {
        String boundary = "----sanxiangbench";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nraw-bench\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"raw-bench.bpmn\"; filename=\"raw-bench.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 300) {
            throw new IllegalStateException("deploy -> " + res.statusCode() + " " + res.body());
        }
    }

    static void oneRaw(String base) {
        String pid = first(ok(base, "admin", "POST", "/engine-rest/process-definition/key/raw-bench/start", "{}", "raw-step").body(),
                "\"id\":\"([^\"]+)\"");
        while (true) {
            String tasks = ok(base, "admin", "GET", "/engine-rest/task?processInstanceId=" + pid, null, "raw-step").body();
            if (tasks.equals("[]")) {
                return;
            }
            String task = first(tasks, "\"id\":\"([^\"]+)\"");
            ok(base, "admin", "POST", "/engine-rest/task/" + task + "/complete", "{}", "raw-step");
        }
    }

    // ---------------------------------------------------------------- inbox at scale

    static void inbox(String base, int readers, int seconds) throws Exception {
        LATENCIES.clear();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong requests = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int reader = r;
            futures.add(pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    switch (i++ % 3) {
                        case 0 -> ok(base, "chenjing", "GET", "/api/review-tasks?filter=UNCLAIMED&size=20", null, "reviewer-inbox");
                        case 1 -> ok(base, "chenjing", "GET", "/api/review-tasks?filter=OVERDUE&page=" + (reader % 5) + "&size=20", null,
                                "reviewer-inbox");
                        default -> ok(base, "sunli", "GET", "/api/cases?party=" + URLs.enc("基准" + (reader * 7919 + i) % 100000)
                                + "&size=20", null, "case-search");
                    }
                    requests.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        report("inbox", Map.of("readers", readers, "seconds", seconds, "requests", requests.get(),
                "serverErrors", SERVER_ERRORS.get()), "reviewer-inbox", "case-search");
    }

    static final class URLs {
        static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- drill: duplicate completions and claims

    static void duplicates(String base, int n) throws Exception {
        long zhang = Long.getLong("officer.zhangwei"), li = Long.getLong("officer.liqiang");
        long body = Long.getLong("body"), matter = Long.getLong("matter");
        int tasks = Math.max(1, n / 50); // n concurrent requests spread over tasks, 50 racers per task
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> caseIds = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            String lead = """
                    {"bodyId":%d,"source":"INSPECTION","matterId":%d,"facts":"并发演练","discoveredOn":"%s",
                     "party":{"kind":"NATURAL_PERSON","name":"演某"},"handlerIds":[%d,%d]}""".formatted(body, matter, TODAY, zhang, li);
            caseIds.add(first(ok(base, "zhangwei", "POST", "/api/cases", lead, "setup").body(), "\"id\":(\\d+)"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 200));
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String caseId = caseIds.get(i % tasks);
            boolean claim = (i / tasks) % 2 == 1; // every task gets both racing completions and claims
            futures.add(pool.submit(() -> {
                start.await();
                Response r;
                if (claim) {
                    String task = first(ok(base, "liuyang", "GET", "/api/cases/" + caseId, null, "setup").body(),
                            "\"openTasks\":\\[\\{\"taskId\":\"([^\"]+)\"");
                    r = call(base, "liuyang", "POST", "/api/tasks/" + task + "/claim", "{}", "drill");
                } else {
                    r = call(base, "liuyang", "POST", "/api/cases/" + caseId + "/steps/filing-approval",
                            "{\"approved\":true,\"opinion\":\"同意\"}", "drill");
                }
                String type = r.status() >= 400 && r.body().contains("urn:sanxiang:problem:")
                        ? "_" + first(r.body(), "urn:sanxiang:problem:([a-z-]+)") : "";
                statuses.computeIfAbsent((claim ? "claim" : "complete") + r.status() + type, k -> new AtomicInteger())
                        .incrementAndGet();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                statuses.computeIfAbsent("clientError", k -> new AtomicInteger()).incrementAndGet();
            }
        }
        pool.shutdown();
        // every case must have moved exactly once: one filing-approval step, now at 调查取证
        int doubleTransitions = 0, notMoved = 0;
        for (String caseId : caseIds) {
            String detail = ok(base, "liuyang", "GET", "/api/cases/" + caseId, null, "setup").body();
            int filings = detail.split("\"step\":\"FILING_APPROVAL\"", -1).length - 1;
            if (filings > 1) {
                doubleTransitions++;
            } else if (filings == 0) {
                notMoved++;
            }
        }
        Map<String, Object> out = new java.util.TreeMap<>();
        out.put("requests", n);
        out.put("tasks", tasks);
        statuses.forEach((k, v) -> out.put("status." + k, v.get()));
        out.put("doubleTransitions", doubleTransitions);
        out.put("casesNotMoved", notMoved);
        out.put("serverErrors", SERVER_ERRORS.get());
        report("duplicates", out);
    }

    // ---------------------------------------------------------------- drill: kill -9 under load

    /** Drives cases until the server goes away (the drill kills it); errors after that are expected. */
    static void load(String base, int threads, int cases) throws Exception {
        long zhang = Long.getLong("officer.zhangwei"), li = Long.getLong("officer.liqiang"), wang = Long.getLong("officer.wangfang");
        long body = Long.getLong("body"), matter = Long.getLong("matter");
        try {
            runParallel(threads, cases, i -> oneCase(base, body, matter, zhang, li, wang, i % 2 == 0));
        } catch (Exception expectedWhenKilled) {
            System.out.println("load stopped: " + expectedWhenKilled.getCause());
        }
        System.exit(0); // the pool's other workers would go on failing against the dead server

    }

    static final Map<String, String> STEP_NAMES = Map.ofEntries(Map.entry("filing-approval", "FILING_APPROVAL"),
            Map.entry("investigation", "INVESTIGATION"), Map.entry("investigation-end", "INVESTIGATION_END"),
            Map.entry("legal-review", "LEGAL_REVIEW"), Map.entry("prior-notice", "PRIOR_NOTICE"),
            Map.entry("statement-defence", "STATEMENT_DEFENCE"), Map.entry("head-decision", "HEAD_DECISION"),
            Map.entry("service", "SERVICE"), Map.entry("execution", "EXECUTION"), Map.entry("closing", "CLOSING"),
            Map.entry("archive", "ARCHIVE"));

    /** After the restart: every acknowledged act is there, every chain verifies, every open case has its task. */
    static void checkAcks(String base, String file, String resultName) throws Exception {
        Map<String, List<String>> byCase = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            String[] p = line.split(" ");
            byCase.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        int acts = 0, missing = 0, brokenChains = 0, halfDone = 0;
        for (var e : byCase.entrySet()) {
            String detail = ok(base, "liuyang", "GET", "/api/cases/" + e.getKey(), null, "check").body();
            for (String act : e.getValue()) {
                acts++;
                if (!act.equals("registered") && !detail.contains("\"step\":\"" + STEP_NAMES.get(act) + "\"")) {
                    missing++;
                    System.out.println("MISSING case " + e.getKey() + " act " + act);
                }
            }
            if (!detail.contains("\"valid\":true")) {
                brokenChains++;
            }
            boolean archived = detail.contains("\"status\":\"ARCHIVED\"");
            boolean hasOpenTask = !detail.contains("\"openTasks\":[]");
            if (archived == hasOpenTask) {
                halfDone++;
            }
        }
        report(resultName, Map.of("cases", byCase.size(), "acknowledgedActs", acts, "missingActs", missing,
                "brokenChains", brokenChains, "inconsistentCases", halfDone));
    }

    // ---------------------------------------------------------------- drill: the database stopped under load

    /** With dbload every response is logged: "epochMillis status retryAfter problemType elapsed bodyLength method path". */
    static java.io.PrintWriter REQUEST_LOG;

    static void logResponse(int status, String body, String retryAfter, String request, long startNanos) {
        java.io.PrintWriter log = REQUEST_LOG;
        if (log == null) {
            return;
        }
        Matcher type = Pattern.compile("urn:sanxiang:problem:([a-z-]+)").matcher(body == null ? "" : body);
        String line = System.currentTimeMillis() + " " + status + " " + (retryAfter.isEmpty() ? "-" : retryAfter) + " "
                + (status >= 400 && type.find() ? type.group(1) : "-") + " " + (System.nanoTime() - startNanos) / 1_000_000 + "ms "
                + (body == null ? 0 : body.length()) + "B " + request;
        synchronized (log) {
            log.println(line);
        }
    }

    /** Drives whole cases for a fixed time; a failed call abandons its case and the worker starts another. */
    static void dbLoad(String base, int threads, int seconds, String logFile) throws Exception {
        long zhang = Long.getLong("officer.zhangwei"), li = Long.getLong("officer.liqiang"), wang = Long.getLong("officer.wangfang");
        long body = Long.getLong("body"), matter = Long.getLong("matter");
        REQUEST_LOG = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(logFile)), true);
        long end = System.currentTimeMillis() + seconds * 1000L;
        AtomicInteger completed = new AtomicInteger(), abandoned = new AtomicInteger(), n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    try {
                        oneCase(base, body, matter, zhang, li, wang, n.getAndIncrement() % 2 == 0);
                        completed.incrementAndGet();
                    } catch (RuntimeException e) {
                        abandoned.incrementAndGet();
                        Thread.sleep(250);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        REQUEST_LOG.close();
        System.out.println("dbload: " + completed.get() + " cases completed, " + abandoned.get() + " abandoned, "
                + EMPTY_SUCCESSES.get() + " empty 2xx");
    }

    /**
     * The drill's answers by when they came back: before the stop, while the database was down (from the
     * stop to the moment it accepted connections again), after. MARKERS holds "stoppedAt=", "upAt=" (epoch ms).
     */
    static void dbDrillReport(String logFile, String markersFile) throws Exception {
        Map<String, Long> markers = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of(markersFile))) {
            String[] kv = line.trim().split("=", 2);
            if (kv.length == 2) {
                markers.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        }
        long stopped = markers.get("stoppedAt"), up = markers.get("upAt");
        Map<String, Integer> counts = new java.util.TreeMap<>();
        long firstOkAfterUp = -1, last503 = -1;
        int retryAfterMissing = 0;
        for (String line : Files.readAllLines(Path.of(logFile))) {
            String[] p = line.split(" ");
            long t = Long.parseLong(p[0]);
            int status = Integer.parseInt(p[1]);
            String phase = t < stopped ? "before" : t < up ? "down" : "after";
            boolean emptySuccess = status >= 200 && status < 300 && status != 204 && "0B".equals(p[5]);
            String kind = status == 0 ? "clientError" : emptySuccess ? "empty2xx" : status < 300 ? "2xx" : status == 503 ? "503"
                    : status >= 500 ? "5xxOther" : "4xx";
            counts.merge(phase + "." + kind, 1, Integer::sum);
            if (status == 503) {
                last503 = Math.max(last503, t);
                if ("-".equals(p[2])) {
                    retryAfterMissing++;
                }
            }
            if (status >= 200 && status < 300 && t >= up && (firstOkAfterUp < 0 || t < firstOkAfterUp)) {
                firstOkAfterUp = t;
            }
        }
        Map<String, Object> out = new java.util.TreeMap<>(counts);
        for (String phase : List.of("before", "down", "after")) {
            for (String kind : List.of("2xx", "503", "5xxOther", "4xx", "clientError", "empty2xx")) {
                out.putIfAbsent(phase + "." + kind, 0);
            }
        }
        out.put("downSeconds", fmt((up - stopped) / 1000.0));
        out.put("recoverySeconds", firstOkAfterUp < 0 ? "never" : fmt((firstOkAfterUp - up) / 1000.0));
        out.put("last503AfterUpSeconds", last503 < up ? "0.00" : fmt((last503 - up) / 1000.0));
        out.put("retryAfterMissing", retryAfterMissing);
        report("dbdrill", out);
    }

    // ---------------------------------------------------------------- plumbing

    interface Job {
        void run(int i) throws Exception;
    }

    static void runParallel(int threads, int count, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    job.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    static void report(String name, Map<String, ?> values, String... latencyLabels) {
        StringBuilder line = new StringBuilder("RESULT ").append(name);
        new java.util.TreeMap<>(values).forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        for (String label : latencyLabels) {
            List<Long> l = new ArrayList<>(LATENCIES.getOrDefault(label, List.of()));
            Collections.sort(l);
            line.append(' ').append(label).append(".calls=").append(l.size());
            for (int p : new int[] {50, 95, 99}) {
                line.append(' ').append(label).append(".p").append(p).append("Ms=")
                        .append(l.isEmpty() ? "-" : fmt(l.get(Math.min(l.size() - 1, (int) Math.ceil(l.size() * p / 100.0) - 1)) / 1e6));
            }
        }
        System.out.println(line);
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
