package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.web.EvidencePagesTest;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring MVC maps (enumerated from {@link RequestMappingHandlerMapping}) × every role
 * and anonymous: the expected allow / deny, and never a 500. API calls authenticate with HTTP Basic
 * and real passwords; page calls with the role's authority and a CSRF token, as the browser would.
 */
@SanxiangTest
class AuthorizationMatrixTest extends org.sanxiang.cases.CaseServices {

    enum Who {
        ANONYMOUS(null, null), OFFICER("zhangwei", "officer"), REVIEWER("chenjing", "reviewer"), HEAD("liuyang", "head"),
        SUPERVISOR("sunli", "supervisor"), ADMIN("admin", "camunda-admin");

        final String username;
        final String group;

        Who(String username, String group) {
            this.username = username;
            this.group = group;
        }
    }

    /** ALLOW: not 401/403 nor sent to the login; DENY: 401, 403 or sent to the login; RULE: the module decides. */
    enum Expect {
        ALLOW, DENY, RULE
    }

    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    org.sanxiang.documents.DocumentIssuing documentIssuing;

    /** Pages and page data open to everyone. */
    static final Set<String> PUBLIC = Set.of("/login", "/", "/error", "/portal");

    static Expect expected(String method, String path, Who who) {
        boolean api = path.startsWith("/api/");
        // the public portal (行政执法公示, G118) is for everyone, like the public API
        if (path.startsWith("/api/public/") || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")
                || path.equals("/login") || path.equals("/error") || path.equals("/portal") || path.startsWith("/portal/")) {
            return Expect.ALLOW;
        }
        if (who == Who.ANONYMOUS) {
            return Expect.DENY;
        }
        if (path.equals("/")) {
            return Expect.ALLOW;
        }
        if (api) {
            // authenticated at the URL; the modules decide per role and per case (APL Art. 42, 58; RULES §6)
            return Expect.RULE;
        }
        if (path.startsWith("/admin/")) {
            return who == Who.ADMIN ? Expect.ALLOW : Expect.DENY;
        }
        if (path.startsWith("/supervision")) {
            return Set.of(Who.SUPERVISOR, Who.HEAD, Who.ADMIN).contains(who) ? Expect.ALLOW : Expect.DENY;
        }
        if (path.startsWith("/review")) {
            return Set.of(Who.REVIEWER, Who.HEAD).contains(who) ? Expect.ALLOW : Expect.DENY;
        }
        if (path.equals("/cases/new") || path.equals("/cases/summary")) {
            return who == Who.OFFICER ? Expect.ALLOW : Expect.DENY;
        }
        if ("GET".equals(method)) {
            return Expect.ALLOW; // inbox, search, the case page: every signed-in role, within its body
        }
        return Expect.RULE; // step posts, claims, head actions: the case service checks the role and the case
    }

    @Test
    void everyEndpointForEveryRoleAnswersAsExpectedAndNeverWith500() throws Exception {
        OtherBody.ensure(jdbc, identity);
        long caseId = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("caseId", String.valueOf(caseId));
        vars.put("id", String.valueOf(caseId));
        vars.put("taskId", jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ?", String.class, caseId));
        vars.put("officerId", String.valueOf(jdbc.queryForObject("SELECT id FROM officer WHERE username = 'zhangwei'", Long.class)));
        vars.put("certificateId", String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM certificate", Long.class)));
        vars.put("number", "44190210001");
        vars.put("year", "2026");
        vars.put("path", "investigation");
        vars.put("step", "investigation");

        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(m.name() + " " + pattern);
                }
            }
        }
        assertThat(endpoints).contains("GET /inbox", "GET /cases/{caseId}", "POST /cases/{caseId}/steps/{path}",
                "GET /api/cases/{caseId}", "GET /review", "GET /supervision", "GET /admin/officers");

        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (pattern.startsWith("/swagger-ui") || pattern.startsWith("/v3/api-docs") || pattern.equals("/error")
                    || pattern.equals("/denied")) {
                continue; // springdoc's and Boot's own endpoints
            }
            if (pattern.startsWith("/api/")) {
                continue; // declared role by role in API below
            }
            String path = expand(pattern, vars);
            for (Who who : Who.values()) {
                MvcResult result = mvc.perform(request(method, path, who)).andReturn();
                calls++;
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                boolean toLogin = status == 302 && location != null && location.contains("/login");
                boolean denied = status == 401 || status == 403 || toLogin;
                Expect expect = expected(method, pattern, who);
                String row = endpoint + " as " + who + " → " + status + (location != null ? " " + location : "");
                if (status >= 500) {
                    failures.add("500: " + row);
                } else if (expect == Expect.ALLOW && denied) {
                    failures.add("expected allowed: " + row);
                } else if (expect == Expect.DENY && !denied) {
                    failures.add("expected denied: " + row);
                }
            }
        }
        assertThat(calls).isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    // ==================================================================== the workspace's form posts, role by role

    /** How a signed-in role without the right is refused: 403 (the page or the URL rule), or back to the page with an error. */
    enum Refusal {
        FORBIDDEN, FLASH
    }

    interface Prep {
        Map<String, String> run() throws Exception;
    }

    interface PageRequest {
        MockHttpServletRequestBuilder of(Map<String, String> v) throws Exception;
    }

    /**
     * One page POST: who may, how the others are refused, the state it needs (a case of its own per allowed
     * caller), the form as the browser posts it, the value in our tables it changes and what it becomes,
     * where the allowed caller is sent and the flash message the page then shows.
     */
    record PagePost(String endpoint, Set<Who> allowed, Refusal refusal, Prep prep, PageRequest request,
            java.util.function.Function<Map<String, String>, String> state, String changedTo,
            java.util.function.Function<Map<String, String>, String> location, String flash) {
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String acts(Map<String, String> v, String act) {
        return String.valueOf(count("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = ?", v.get("caseId"), act));
    }

    /** A case at 调查取证 (handlers 张伟 and 李强) and the ids the forms need. */
    private Map<String, String> caseAtInvestigation(boolean withRecord) {
        Scenario s = scenario();
        long caseId = s.registerAndFile(Scenario.person()).id();
        if (withRecord) {
            investigations.addInvestigationRecord(caseId, s.onSiteRecord(), Scenario.ZHANG);
        }
        return ids(caseId);
    }

    private Map<String, String> ids(long caseId) {
        Scenario s = scenario();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("caseId", String.valueOf(caseId));
        v.put("taskId", jdbc.queryForObject("SELECT MIN(task_id) FROM inbox_task WHERE case_id = ?", String.class, caseId));
        v.put("zhang", String.valueOf(s.officerId("zhangwei")));
        v.put("li", String.valueOf(s.officerId("liqiang")));
        v.put("wang", String.valueOf(s.officerId("wangfang")));
        return v;
    }

    private Map<String, String> withEvidence(Map<String, String> v) {
        long caseId = Long.parseLong(v.get("caseId"));
        byte[] png = EvidencePagesTest.png(300);
        var item = evidence.add(caseId, queries.access(caseId, Scenario.ZHANG).processInstanceId(),
                new org.sanxiang.evidence.EvidenceUpload(org.sanxiang.evidence.EvidenceType.PHYSICAL, "Task_Investigation", null,
                        "照片.png", null, null, null, List.of(), null), new java.io.ByteArrayInputStream(png), png.length, "zhangwei");
        v.put("id", String.valueOf(item.id()));
        return v;
    }

    private static MockHttpServletRequestBuilder form(String path, String... params) {
        MockHttpServletRequestBuilder req = MockMvcRequestBuilders.post(path);
        for (int i = 0; i < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        return req;
    }

    List<PagePost> pagePosts(CaseAtStep cases) {
        Set<Who> officer = Set.of(Who.OFFICER);
        Set<Who> head = Set.of(Who.HEAD);
        java.util.function.Function<Map<String, String>, String> casePage = v -> "/cases/" + v.get("caseId");
        String today = Scenario.today().toString();
        return List.of(
                // a handler's step: the step's input stored in case_step
                new PagePost("POST /cases/{caseId}/steps/{path}", officer, Refusal.FORBIDDEN, () -> caseAtInvestigation(true),
                        v -> form("/cases/" + v.get("caseId") + "/steps/investigation", "summary", "调查完毕。"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = 'INVESTIGATION'",
                                v.get("caseId"))), "1", casePage, "flashOk"),
                // the head's step (立案审批)
                new PagePost("POST /cases/{caseId}/steps/{path}", head, Refusal.FORBIDDEN, () -> ids(cases.lead()),
                        v -> form("/cases/" + v.get("caseId") + "/steps/filing-approval", "approved", "true", "opinion", "同意立案"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = 'FILING_APPROVAL'",
                                v.get("caseId"))), "1", casePage, "flashOk"),
                new PagePost("POST /tasks/{taskId}/claim", officer, Refusal.FLASH, () -> caseAtInvestigation(false),
                        v -> form("/tasks/" + v.get("taskId") + "/claim", "caseId", v.get("caseId")),
                        v -> jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, v.get("taskId")),
                        "zhangwei", casePage, "flashOk"),
                // given back by whoever holds it or by the head
                new PagePost("POST /tasks/{taskId}/unclaim", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH, () -> {
                    Map<String, String> v = caseAtInvestigation(false);
                    caseSupervision.claim(v.get("taskId"), Scenario.ZHANG);
                    return v;
                }, v -> form("/tasks/" + v.get("taskId") + "/unclaim", "caseId", v.get("caseId")),
                        v -> jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, v.get("taskId")),
                        null, casePage, "flashOk"),
                new PagePost("POST /cases/{caseId}/review-extension", head, Refusal.FLASH, () -> ids(cases.at("legal-review")),
                        v -> form("/cases/" + v.get("caseId") + "/review-extension"), v -> acts(v, "REVIEW_EXTENDED"), "1", casePage,
                        "flashOk"),
                new PagePost("POST /cases/{caseId}/reassignment", head, Refusal.FLASH, () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/reassignment", "removeOfficerId", v.get("li"), "addOfficerId",
                                v.get("wang"), "reason", "工作调整"),
                        v -> jdbc.queryForObject("SELECT COUNT(CASE WHEN officer_id = ? THEN 1 END), COUNT(CASE WHEN"
                                + " officer_id = ? THEN 1 END) FROM case_handler WHERE case_id = ? AND removed_at IS NULL",
                                (rs, i) -> rs.getLong(1) + "/" + rs.getLong(2), v.get("li"), v.get("wang"), v.get("caseId")),
                        "0/1", casePage, "flashOk"),
                new PagePost("POST /cases/{caseId}/suspension", head, Refusal.FLASH, () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/suspension", "reason", "TESTING_APPRAISAL", "from", today),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM case_deadline_suspension WHERE case_id = ?", v.get("caseId"))),
                        "1", casePage, "flashOk"),
                new PagePost("POST /cases/{caseId}/resumption", head, Refusal.FLASH, () -> {
                    Map<String, String> v = caseAtInvestigation(false);
                    caseSupervision.suspendDecisionClock(Long.parseLong(v.get("caseId")),
                            org.sanxiang.calendar.SuspensionReason.TESTING_APPRAISAL, Scenario.today(), Scenario.HEAD);
                    return v;
                }, v -> form("/cases/" + v.get("caseId") + "/resumption", "on", today),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM case_deadline_suspension WHERE case_id = ? AND to_date IS NOT NULL",
                                v.get("caseId"))), "1", casePage, "flashOk"),
                new PagePost("POST /cases/{caseId}/decision-revocations", head, Refusal.FLASH, () -> ids(cases.at("service")),
                        v -> form("/cases/" + v.get("caseId") + "/decision-revocations", "kind", "REVOKED", "reason", "经行政复议撤销",
                                "sourceDocument", "某某复决字〔2026〕1号", "effectiveOn", today),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM decision_revocation WHERE case_id = ? AND kind = 'REVOKED'",
                                v.get("caseId"))), "1", casePage, "flashOk"),
                // 案源登记: the officer's own body; the new case's page
                new PagePost("POST /cases/new", officer, Refusal.FORBIDDEN, () -> {
                    Map<String, String> v = ids(scenario().registerAndFile(Scenario.person()).id());
                    v.put("facts", "当事人占道经营（矩阵" + SEQUENCE.incrementAndGet() + "）。");
                    return v;
                }, v -> form("/cases/new", "source", "INSPECTION", "matterId", String.valueOf(scenario().matterId("SR-001")),
                        "facts", v.get("facts"), "actDate", Scenario.today().minusDays(3).toString(), "discoveredOn", today,
                        "place", "三张镇人民路", "partyKind", "NATURAL_PERSON", "partyName", "钱某某", "idNumber",
                        "11010519491231002X").param("handlerIds", v.get("zhang"), v.get("li")),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM enf_case WHERE facts = ?", v.get("facts"))), "1",
                        v -> "/cases/" + jdbc.queryForObject("SELECT MAX(id) FROM enf_case WHERE facts = ?", Long.class, v.get("facts")),
                        "flashOk"),
                new PagePost("POST /cases/{caseId}/investigation-records", officer, Refusal.FORBIDDEN, () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/investigation-records", "kind", "ON_SITE_INSPECTION", "recordedOn",
                                today, "place", "三张镇人民路", "certificatesShown", "44190210001\n44190210002", "content", "现场检查。")
                                .param("officerIds", v.get("zhang"), v.get("li")),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", v.get("caseId"))),
                        "1", casePage, "flashOk"),
                new PagePost("POST /cases/{caseId}/seizures", officer, Refusal.FORBIDDEN, () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/seizures", "measure", "SEAL_UP", "reason", "防止证据损毁"),
                        v -> acts(v, "SEIZURE_REQUESTED"), "1", v -> "/cases/" + v.get("caseId") + "/steps/seizure", "flashOk"),
                // evidence (APL Art. 46): handlers add; the case's readers verify; handlers and the head exclude
                new PagePost("POST /cases/{caseId}/evidence", officer, Refusal.FORBIDDEN, () -> caseAtInvestigation(false),
                        v -> MockMvcRequestBuilders.multipart("/cases/" + v.get("caseId") + "/evidence")
                                .file(new org.springframework.mock.web.MockMultipartFile("file", "照片.png", "image/png",
                                        EvidencePagesTest.png(300)))
                                .param("type", "PHYSICAL").param("step", "Task_Investigation"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM evidence_item WHERE case_id = ?", v.get("caseId"))), "1",
                        v -> "/cases/" + v.get("caseId") + "#evidence", "evidenceOk"),
                new PagePost("POST /cases/{caseId}/evidence/{id}/verification",
                        Set.of(Who.OFFICER, Who.REVIEWER, Who.HEAD, Who.SUPERVISOR, Who.ADMIN), Refusal.FORBIDDEN,
                        () -> withEvidence(caseAtInvestigation(false)),
                        v -> form("/cases/" + v.get("caseId") + "/evidence/" + v.get("id") + "/verification"),
                        v -> acts(v, "EVIDENCE_VERIFIED"), "1", v -> "/cases/" + v.get("caseId") + "#evidence", "evidenceOk"),
                new PagePost("POST /cases/{caseId}/evidence/{id}/exclusion", Set.of(Who.OFFICER, Who.HEAD), Refusal.FORBIDDEN,
                        () -> withEvidence(caseAtInvestigation(false)),
                        v -> form("/cases/" + v.get("caseId") + "/evidence/" + v.get("id") + "/exclusion", "reason", "以非法手段取得"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM evidence_item WHERE id = ? AND excluded = TRUE", v.get("id"))),
                        "1", v -> "/cases/" + v.get("caseId") + "#evidence", "evidenceOk"),
                // the administrator's CSV import on the officers page
                new PagePost("POST /admin/officers/import", Set.of(Who.ADMIN), Refusal.FORBIDDEN, () -> {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("username", "matrix" + SEQUENCE.incrementAndGet());
                    return v;
                }, v -> MockMvcRequestBuilders.multipart("/admin/officers/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "officers.csv", "text/csv",
                                ("body_code,username,name,position,legal_qualification_number,legal_qualification_date\nSZZ,"
                                        + v.get("username") + ",郑三,执法队员,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("kind", "officers"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM officer WHERE username = ?", v.get("username"))), "1",
                        v -> "/admin/officers", "flashOk"),
                // 当场处罚 (APL Art. 51): officers only, at the URL like 案源登记
                new PagePost("POST /cases/summary", officer, Refusal.FORBIDDEN, () -> {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("facts", "当事人占道摆放货物（矩阵" + SEQUENCE.incrementAndGet() + "）。");
                    v.put("zhang", String.valueOf(scenario().officerId("zhangwei")));
                    v.put("li", String.valueOf(scenario().officerId("liqiang")));
                    return v;
                }, v -> form("/cases/summary", "matterId", String.valueOf(scenario().matterId("SR-001")), "facts", v.get("facts"),
                        "place", "三张镇市场路口", "decidedOn", today, "partyKind", "NATURAL_PERSON", "partyName", "孙某某",
                        "idNumber", "11010519491231002X", "penaltyType", "FINE", "fineAmount", "100")
                        .param("handlerIds", v.get("zhang"), v.get("li")),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM enf_case WHERE facts = ?", v.get("facts"))), "1",
                        v -> "/cases/" + jdbc.queryForObject("SELECT MAX(id) FROM enf_case WHERE facts = ?", Long.class, v.get("facts")),
                        "flashOk"),
                // 脱敏复核 by a second person: the officer; the head made the decision (G118), the others are not staff
                new PagePost("POST /publications/{id}/check", officer, Refusal.FLASH, () -> publication(cases, null),
                        v -> form("/publications/" + v.get("publicationId") + "/check", "decision", "approve"),
                        this::publicationStatus, "PUBLISHED", v -> "/publications/" + v.get("publicationId"), "flashOk"),
                // 发布 by hand of a checked publication: officers and the head of the body
                new PagePost("POST /publications/{id}/publish", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH,
                        () -> publication(cases, "CHECKED"),
                        v -> form("/publications/" + v.get("publicationId") + "/publish"),
                        this::publicationStatus, "PUBLISHED", v -> "/publications/" + v.get("publicationId"), "flashOk"),
                // 撤下 (APL Art. 48): officers and the head of the body
                new PagePost("POST /publications/{id}/withdrawal", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH,
                        () -> publication(cases, "PUBLISHED"),
                        v -> form("/publications/" + v.get("publicationId") + "/withdrawal", "reason", "REVOKED", "detail", "经复议撤销"),
                        this::publicationStatus, "WITHDRAWN", v -> "/publications/" + v.get("publicationId"), "flashOk"),
                // 执法文书 (APL Art. 59, 61): the case's handlers and the head issue and reissue; the others are refused
                new PagePost("POST /cases/{caseId}/documents/{kind}/issue", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH,
                        () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/documents/FILING_APPROVAL/issue"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM issued_document WHERE case_id = ?", v.get("caseId"))), "1",
                        v -> "/cases/" + v.get("caseId") + "#documents", "documentsOk"),
                new PagePost("POST /cases/{caseId}/documents/{kind}/reissue", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH, () -> {
                    Map<String, String> v = caseAtInvestigation(false);
                    documentIssuing.issue(Long.parseLong(v.get("caseId")), "FILING_APPROVAL", Scenario.ZHANG);
                    return v;
                }, v -> form("/cases/" + v.get("caseId") + "/documents/FILING_APPROVAL/reissue", "reason", "更正笔误"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM issued_document WHERE case_id = ?", v.get("caseId"))), "2",
                        v -> "/cases/" + v.get("caseId") + "#documents", "documentsOk"),
                // a signature, or its refusal with a witness: the case's handlers and the head record it
                new PagePost("POST /cases/{caseId}/documents/{kind}/signatures", Set.of(Who.OFFICER, Who.HEAD), Refusal.FLASH,
                        () -> caseAtInvestigation(false),
                        v -> form("/cases/" + v.get("caseId") + "/documents/FILING_APPROVAL/signatures", "signer", "承办人",
                                "refusalReason", "矩阵测试：拒绝签名", "witness", "三张镇东村村委会主任"),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM document_signature WHERE case_id = ?", v.get("caseId"))), "1",
                        v -> "/cases/" + v.get("caseId") + "/documents/FILING_APPROVAL/sign", "documentsOk"),
                // the administrator clears a username's failed-login counts on 登录限制
                new PagePost("POST /admin/failed-logins/unlock", Set.of(Who.ADMIN), Refusal.FORBIDDEN, () -> {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("username", "matrix" + SEQUENCE.incrementAndGet());
                    jdbc.update("INSERT INTO login_throttle (username, address, failures, last_failure_at) VALUES (?, ?, 5, ?)",
                            v.get("username"), "192.0.2.200", java.time.LocalDateTime.now());
                    return v;
                }, v -> form("/admin/failed-logins/unlock", "username", v.get("username")),
                        v -> String.valueOf(count("SELECT COUNT(*) FROM login_throttle WHERE username = ?", v.get("username"))),
                        "0", v -> "/admin/failed-logins", "flashOk"));
    }

    /** A decided case's publication, drafted (the job executor's 自动脱敏 run here), then checked or published. */
    private Map<String, String> publication(CaseAtStep cases, String status) throws Exception {
        Map<String, String> v = ids(cases.at("service"));
        String number = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                String.class, Long.parseLong(v.get("caseId")));
        var process = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(number).singleResult();
        for (var job : engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("ServiceTask_AutoRedact").list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        long id = jdbc.queryForObject("SELECT id FROM publication WHERE decision_number = ?", Long.class, number);
        if ("PUBLISHED".equals(status)) {
            publicationChecks.check(id, true, false, null, null, List.of(), Scenario.ZHANG);
        } else if ("CHECKED".equals(status)) {
            // a check whose publication did not follow (the process publishes at once): the state by hand
            jdbc.update("UPDATE publication SET status = 'CHECKED', checked_by = 'zhangwei' WHERE id = ?", id);
        }
        v.put("publicationId", String.valueOf(id));
        return v;
    }

    private String publicationStatus(Map<String, String> v) {
        return jdbc.queryForObject("SELECT status FROM publication WHERE id = ?", String.class, Long.parseLong(v.get("publicationId")));
    }

    @Test
    void everyPagePostChangesWhatItNamesForTheAllowedRolesAndNothingForTheOthers() throws Exception {
        OtherBody.ensure(jdbc, identity);
        CaseAtStep cases = new CaseAtStep(mvc, json, jdbc, scenario(), engine);
        List<PagePost> rows = pagePosts(cases);
        Set<String> pagePosts = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                    pagePosts.add("POST " + pattern);
                }
            }
        }
        Set<String> declared = new TreeSet<>(rows.stream().map(PagePost::endpoint).toList());
        assertThat(declared)
                .as("every page POST has a row in pagePosts (who may, the state it changes)").isEqualTo(pagePosts);

        List<String> failures = new ArrayList<>();
        for (PagePost row : rows) {
            Map<String, String> v = row.prep().run();
            List<Who> order = new ArrayList<>(List.of(Who.values()));
            order.sort(java.util.Comparator.comparing(w -> row.allowed().contains(w) ? 1 : 0)); // the refused first
            boolean first = true;
            for (Who who : order) {
                boolean allowed = row.allowed().contains(who);
                if (allowed && !first) {
                    v = row.prep().run(); // a state of its own for each allowed change
                }
                first &= !allowed;
                String before = row.state().apply(v);
                MockHttpServletRequestBuilder req = row.request().of(v).accept(MediaType.TEXT_HTML).with(csrf());
                if (who != Who.ANONYMOUS) {
                    req.with(user(who.username).authorities(new SimpleGrantedAuthority(Roles.authority(who.group))));
                }
                MvcResult result = mvc.perform(req).andReturn();
                String after = row.state().apply(v);
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                Map<String, Object> flashMap = result.getFlashMap() == null ? Map.of() : result.getFlashMap();
                Object flashOk = flashMap.get(row.flash());
                Object flashError = flashMap.get(row.flash().replaceFirst("Ok$", "Error"));
                String what = row.endpoint() + " " + req.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI() + " as " + who + " → " + status + " "
                        + location + " ok=" + flashOk + " error=" + flashError + ", state " + before + " → " + after;
                if (allowed) {
                    if (status != 302 || !row.location().apply(v).equals(location) || flashOk == null || flashError != null) {
                        failures.add("outcome: " + what);
                    }
                    if (java.util.Objects.equals(before, row.changedTo()) || !java.util.Objects.equals(after, row.changedTo())) {
                        failures.add("expected the state " + row.changedTo() + ": " + what);
                    }
                } else {
                    boolean refused = who == Who.ANONYMOUS ? status == 302 && location != null && location.contains("/login")
                            : row.refusal() == Refusal.FORBIDDEN ? status == 403
                            : status == 302 && row.location().apply(v).equals(location) && flashError != null && flashOk == null;
                    if (!refused) {
                        failures.add("expected refused (" + row.refusal() + "): " + what);
                    }
                    if (!java.util.Objects.equals(before, after)) {
                        failures.add("refused but changed: " + what);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void camundasEngineRestApiIsForTheAdministratorOnly() throws Exception {
        for (Who who : Who.values()) {
            var req = MockMvcRequestBuilders.get("/engine-rest/engine");
            if (who != Who.ANONYMOUS) {
                req.with(httpBasic(who.username, "demo1234"));
            }
            int status = mvc.perform(req).andReturn().getResponse().getStatus();
            if (who == Who.ANONYMOUS) {
                assertThat(status).as("anonymous").isEqualTo(401);
            } else if (who != Who.ADMIN) {
                assertThat(status).as(who.name()).isEqualTo(403);
            } else {
                assertThat(status).as("admin").isNotIn(401, 403).isLessThan(500);
            }
        }
    }

    private MockHttpServletRequestBuilder request(String method, String path, Who who) {
        MockHttpServletRequestBuilder req = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path);
        boolean api = path.startsWith("/api/");
        if (api) {
            req.contentType(MediaType.APPLICATION_JSON).content("{}").accept(MediaType.APPLICATION_JSON);
            if (who != Who.ANONYMOUS) {
                req.with(httpBasic(who.username, "demo1234"));
            }
        } else {
            req.accept(MediaType.TEXT_HTML).with(csrf());
            if (who != Who.ANONYMOUS) {
                req.with(user(who.username).authorities(new SimpleGrantedAuthority(Roles.authority(who.group))));
            }
        }
        return req;
    }

    private static String expand(String pattern, Map<String, String> vars) {
        Matcher m = Pattern.compile("\\{(\\w+)(:[^}]*)?\\}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(m.group(1), "1")));
        }
        m.appendTail(out);
        return out.toString().replace("/**", "/x").replace("*", "x");
    }

    // ==================================================================== the JSON API, role by role

    /**
     * Who calls the API: anonymous, the case's handler, an officer of the same body who is not a
     * handler ({@code PEER}), an officer of another body ({@code STRANGER}), and the four other roles.
     */
    enum Caller {
        ANONYMOUS(null), OFFICER("zhangwei"), PEER("wangfang"), STRANGER(OtherBody.USERNAME), REVIEWER("chenjing"),
        HEAD("liuyang"), SUPERVISOR("sunli"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /**
     * Every API endpoint × every caller, in {@link Caller} order. {@code A}: allowed (neither 401 nor 403;
     * a 400 or 409 of the module's own rules is still an allowed call); {@code D}: denied (401 anonymous,
     * 403 signed in); {@code N}: hidden (404: another body's case is not found); {@code C}: 409, a rule of
     * the case answers before any role does (a step that is not current, a task held by another).
     * Each endpoint is called on a case of its own (at 调查取证, handlers 张伟 and 李强, one evidence item,
     * one draft publication), denied callers first, so an allowed call cannot change what a denied one sees.
     * An endpoint missing here fails the test: a new endpoint declares who may call it.
     */
    static final Map<String, String> API = new java.util.TreeMap<>(Map.ofEntries(
            // ---- cases (APL Art. 42: the body's officers; object level: another body's case is not found)
            Map.entry("GET /api/cases", "DAAAAAAA"),
            Map.entry("POST /api/cases", "DAADDDDD"),
            Map.entry("POST /api/summary-cases", "DAADDDDD"),
            Map.entry("GET /api/cases/{caseId}", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/deadlines", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/discretion", "DAANAAAA"),
            Map.entry("POST /api/cases/{caseId}/hearing-notice", "DADNDDDD"),
            Map.entry("GET /api/deadline-rules", "DAAAAAAA"),
            Map.entry("GET /api/cases/{caseId}/record/verification", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/archive", "DADNAAAA"),
            Map.entry("GET /api/inbox", "DAAAAAAA"),
            Map.entry("GET /api/review-tasks", "DAAAAAAA"),
            Map.entry("POST /api/cases/{caseId}/investigation-records", "DADNDDDD"),
            Map.entry("POST /api/cases/{caseId}/steps/investigation", "DADNDDDD"),
            Map.entry("POST /api/tasks/{taskId}/claim", "DADNDDDD"),
            Map.entry("POST /api/tasks/{taskId}/unclaim", "DACNCACC"),
            Map.entry("POST /api/cases/{caseId}/legal-review/extension", "DDDNDADD"),
            Map.entry("POST /api/cases/{caseId}/handlers/reassignment", "DDDNDADD"),
            Map.entry("POST /api/cases/{caseId}/decision-clock/suspension", "DDDNDADD"),
            Map.entry("POST /api/cases/{caseId}/decision-clock/resumption", "DDDNDADD"),
            // 查封/扣押 (ACL Art. 18): a handler starts and releases it; the head extends it (ACL Art. 25) and may release
            Map.entry("POST /api/cases/{caseId}/seizures", "DADNDDDD"),
            Map.entry("POST /api/cases/{caseId}/seizures/extension", "DDDNDADD"),
            Map.entry("POST /api/cases/{caseId}/seizures/release", "DADNDADD"),
            Map.entry("POST /api/cases/{caseId}/demolition/challenge", "DADNDDDD"),
            Map.entry("POST /api/cases/{caseId}/evidence-preservations", "DADNDDDD"),
            // a fallen decision (APL Art. 48 ¶2): the head reports it; the case's readers see it
            Map.entry("POST /api/cases/{caseId}/decision-revocations", "DDDNDADD"),
            Map.entry("GET /api/cases/{caseId}/decision-revocations", "DAANAAAA"),
            // the body's own record (refusals before a case exists): the head, supervisors and the administrator
            Map.entry("GET /api/bodies/{bodyId}/record", "DDDDDAAA"),
            Map.entry("GET /api/bodies/{bodyId}/record/verification", "DDDDDAAA"),
            // ---- evidence (APL Art. 46): handlers add; readers see; handlers and the head exclude
            Map.entry("POST /api/cases/{caseId}/evidence", "DADNDDDD"),
            Map.entry("GET /api/cases/{caseId}/evidence", "DADNAAAA"),
            Map.entry("GET /api/evidence/{id}/content", "DADNAAAA"),
            Map.entry("POST /api/evidence/{id}/verification", "DADNAAAA"),
            Map.entry("POST /api/evidence/{id}/exclusion", "DADNDADD"),
            // ---- officers and certificates: the administrator writes; reviewers, heads, supervisors read
            Map.entry("GET /api/officers", "DDDDAAAA"),
            Map.entry("POST /api/officers", "DDDDDDDA"),
            Map.entry("GET /api/officers/{officerId}", "DDDDAAAA"),
            Map.entry("PUT /api/officers/{officerId}", "DDDDDDDA"),
            Map.entry("GET /api/officers/{officerId}/legal-qualification", "DDDDAAAA"),
            Map.entry("PUT /api/officers/{officerId}/legal-qualification", "DDDDDDDA"),
            Map.entry("POST /api/officers/{officerId}/certificates", "DDDDDDDA"),
            Map.entry("GET /api/certificates", "DDDDAAAA"),
            Map.entry("GET /api/certificates/{certificateId}", "DDDDAAAA"),
            Map.entry("PUT /api/certificates/{certificateId}", "DDDDDDDA"),
            Map.entry("GET /api/certificates/{certificateId}/history", "DDDDAAAA"),
            Map.entry("POST /api/certificates/{certificateId}/status", "DDDDDDDA"),
            Map.entry("POST /api/certificates/{certificateId}/annual-review", "DDDDDDDA"),
            Map.entry("GET /api/officers/csv", "DDDDDDDA"),
            Map.entry("POST /api/officers/csv", "DDDDDDDA"),
            Map.entry("GET /api/certificates/csv", "DDDDDDDA"),
            Map.entry("POST /api/certificates/csv", "DDDDDDDA"),
            Map.entry("GET /api/enforcement-categories", "DAAAAAAA"),
            Map.entry("GET /api/supervision/certificate-warnings", "DDDDDAAA"),
            // ---- calendar and recording
            Map.entry("GET /api/deadlines/{ruleKey}/due", "DAAAAAAA"),
            Map.entry("GET /api/admin/holidays", "DDDDDDDA"),
            Map.entry("POST /api/admin/holidays/{year}", "DDDDDDDA"),
            Map.entry("GET /api/admin/login-throttle", "DDDDDDDA"),
            Map.entry("DELETE /api/admin/login-throttle", "DDDDDDDA"),
            Map.entry("POST /api/admin/record/checkpoints", "DDDDDAAA"),
            Map.entry("GET /api/admin/record/checkpoints/verification", "DDDDDAAA"),
            // the audited repair of a case's engine state (issue 15): the administrator only
            Map.entry("POST /api/cases/{caseId}/repairs", "DDDDDDDA"),
            // ---- 执法文书 (APL Art. 59, 61): the case's readers read; its handlers and the head issue and sign
            Map.entry("GET /api/cases/{caseId}/documents", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/documents/{kind}/draft", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/documents/issued/{documentId}.pdf", "DAANAAAA"),
            Map.entry("GET /api/cases/{caseId}/case-file.pdf", "DAANAAAA"),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}", "DADNDADD"),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/reissue", "DADNDADD"),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/signatures", "DADNDADD"),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/signatures/refusal", "DADNDADD"),
            // ---- publicity (G118): officers and heads handle their own body's publications; another body's are not found
            Map.entry("GET /api/publications", "DAAAAAAA"),
            Map.entry("GET /api/publications/{id}", "DAANAAAA"),
            // the head decided the draft: the decider may not check it (G118)
            Map.entry("POST /api/publications/{id}/check", "DAANDDDD"),
            Map.entry("POST /api/publications/{id}/publish", "DAANDADD"),
            Map.entry("POST /api/publications/{id}/withdrawal", "DAANDADD"),
            Map.entry("POST /api/publications/revocations", "DAANDADD"),
            // ---- public: everyone, no login (APL Art. 55 certificate check, the portal's feeds)
            Map.entry("GET /api/public/certificates/{number}", "AAAAAAAA"),
            Map.entry("GET /api/public/publications", "AAAAAAAA"),
            Map.entry("GET /api/public/publications/withdrawn", "AAAAAAAA"),
            Map.entry("GET /api/public/statistics/{year}", "AAAAAAAA"),
            Map.entry("GET /api/public/record/checkpoints", "AAAAAAAA"),
            Map.entry("GET /api/public/record/checkpoint-feed", "AAAAAAAA")));

    /**
     * Step endpoints ({@code POST /api/cases/{caseId}/steps/<path>}), each called on a case driven to that
     * step ({@link CaseAtStep}), so the role rule of the step (Step's group) answers, not "step not current":
     * a handler's step for the case's handler only, the head's for the head, the review for the reviewer.
     */
    static String stepRow(String endpoint) {
        String path = endpoint.substring(endpoint.lastIndexOf('/') + 1);
        return switch (org.sanxiang.cases.Step.byPath(path).orElseThrow().group()) {
            case HANDLER -> "DADNDDDD";
            case HEAD -> "DDDNDADD";
            case REVIEWER -> "DDDNADDD";
        };
    }

    /**
     * The one status an allowed caller gets, per endpoint (default 200): each allowed call of an endpoint
     * that changes something runs on a case prepared for it alone, so the call succeeds.
     */
    static final Map<String, Integer> ALLOWED_STATUS = Map.ofEntries(
            Map.entry("POST /api/cases", 201),
            Map.entry("POST /api/summary-cases", 201),
            Map.entry("POST /api/cases/{caseId}/investigation-records", 201),
            Map.entry("POST /api/cases/{caseId}/hearing-notice", 201),
            Map.entry("POST /api/cases/{caseId}/seizures", 201),
            Map.entry("POST /api/cases/{caseId}/evidence", 201),
            Map.entry("POST /api/cases/{caseId}/decision-revocations", 201),
            Map.entry("POST /api/tasks/{taskId}/claim", 204),
            Map.entry("POST /api/tasks/{taskId}/unclaim", 204),
            Map.entry("POST /api/cases/{caseId}/decision-clock/suspension", 204),
            Map.entry("POST /api/cases/{caseId}/decision-clock/resumption", 200),
            Map.entry("POST /api/cases/{caseId}/seizures/release", 204),
            Map.entry("POST /api/cases/{caseId}/demolition/challenge", 204),
            Map.entry("POST /api/cases/{caseId}/evidence-preservations", 201),
            Map.entry("POST /api/admin/record/checkpoints", 201),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}", 201),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/reissue", 201),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/signatures", 201),
            Map.entry("POST /api/cases/{caseId}/documents/{kind}/signatures/refusal", 201),
            // a case at 调查取证 has no failed job: the repair is refused by its own rule after the role check
            Map.entry("POST /api/cases/{caseId}/repairs", 409),
            // a published decision of its own (decided through the services, redacted by its job, checked)
            Map.entry("POST /api/publications/revocations", 200),
            Map.entry("POST /api/publications/{id}/withdrawal", 200),
            // the administrator's writes, with valid bodies on an officer and a certificate of their own
            Map.entry("POST /api/officers", 201),
            Map.entry("PUT /api/officers/{officerId}", 200),
            Map.entry("PUT /api/officers/{officerId}/legal-qualification", 200),
            Map.entry("POST /api/officers/{officerId}/certificates", 201),
            Map.entry("PUT /api/certificates/{certificateId}", 200),
            Map.entry("POST /api/certificates/{certificateId}/status", 200),
            Map.entry("POST /api/certificates/{certificateId}/annual-review", 200),
            Map.entry("POST /api/officers/csv", 200),
            Map.entry("POST /api/certificates/csv", 200),
            Map.entry("POST /api/admin/holidays/{year}", 200),
            // without a username or an address there is nothing to clear: the module's own 400, past the role check
            Map.entry("DELETE /api/admin/login-throttle", 400));

    /** A year no shipped notice and no other test uses: the holiday upload row loads it and the test removes it. */
    static final int UPLOAD_YEAR = 2039;

    /**
     * The one change an allowed call of these endpoints makes in our tables (the value after the call),
     * asserted per allowed caller; {@code null} when there is nothing to assert.
     */
    String stateAfter(String endpoint, Map<String, String> v) {
        return switch (endpoint) {
            case "POST /api/publications/revocations" -> jdbc.queryForObject(
                    "SELECT CONCAT(status, '/', withdrawal_reason) FROM publication WHERE id = ?", String.class,
                    v.get("id:publication"));
            case "POST /api/publications/{id}/withdrawal" -> jdbc.queryForObject(
                    "SELECT CONCAT(status, '/', withdrawal_reason) FROM publication WHERE id = ?", String.class,
                    v.get("id:publication"));
            case "POST /api/officers" -> jdbc.queryForObject("SELECT name FROM officer WHERE username = ?", String.class,
                    v.get("newUsername"));
            case "PUT /api/officers/{officerId}" -> jdbc.queryForObject("SELECT name FROM officer WHERE id = ?", String.class,
                    v.get("officerId"));
            case "PUT /api/officers/{officerId}/legal-qualification" -> jdbc.queryForObject(
                    "SELECT certificate_number FROM legal_qualification WHERE officer_id = ?", String.class, v.get("officerId"));
            case "POST /api/officers/{officerId}/certificates", "POST /api/certificates/csv" -> jdbc.queryForObject(
                    "SELECT CONCAT(officer_id, '/', status) FROM certificate WHERE number = ?", String.class,
                    v.get("newNumber"));
            case "PUT /api/certificates/{certificateId}" -> jdbc.queryForObject("SELECT area FROM certificate WHERE id = ?",
                    String.class, v.get("certificateId"));
            case "POST /api/certificates/{certificateId}/status" -> jdbc.queryForObject(
                    "SELECT status FROM certificate WHERE id = ?", String.class, v.get("certificateId"));
            case "POST /api/certificates/{certificateId}/annual-review" -> String.valueOf(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM certificate_status_change WHERE certificate_id = ? AND action = 'ANNUAL_REVIEW'",
                    Long.class, v.get("certificateId")));
            case "POST /api/officers/csv" -> jdbc.queryForObject("SELECT CONCAT(name, '/', position) FROM officer WHERE username = ?",
                    String.class, v.get("newUsername"));
            case "POST /api/admin/holidays/{year}" -> String.valueOf(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM calendar_holiday_day WHERE notice_year = ?", Long.class, UPLOAD_YEAR));
            default -> null;
        };
    }

    /** What {@link #stateAfter} answers after the allowed call (each on a state of its own). */
    static String expectedState(String endpoint, Map<String, String> v) {
        return switch (endpoint) {
            case "POST /api/publications/revocations" -> "PUBLISHED/REVOKED"; // the 3-working-day withdrawal task opens
            case "POST /api/publications/{id}/withdrawal" -> "WITHDRAWN/VOID";
            case "POST /api/officers" -> "矩阵新增";
            case "PUT /api/officers/{officerId}" -> "矩阵改名";
            case "PUT /api/officers/{officerId}/legal-qualification" -> v.get("qualificationNumber");
            case "POST /api/officers/{officerId}/certificates", "POST /api/certificates/csv" -> v.get("officerId") + "/VALID";
            case "PUT /api/certificates/{certificateId}" -> "三张镇新村";
            case "POST /api/certificates/{certificateId}/status" -> "SUSPENDED";
            case "POST /api/certificates/{certificateId}/annual-review" -> "1";
            case "POST /api/officers/csv" -> "郑三/执法中队长";
            case "POST /api/admin/holidays/{year}" -> "2";
            default -> null;
        };
    }

    /** Bodies that pass validation, so that the role check (not a 400) decides. */
    Map<String, String> bodies(Map<String, String> v) {
        String lead = "{\"bodyId\":" + v.get("bodyId") + ",\"source\":\"INSPECTION\",\"matterId\":" + v.get("matterId")
                + ",\"facts\":\"当事人占道经营。\",\"actDate\":\"" + Scenario.today().minusDays(3) + "\",\"discoveredOn\":\""
                + Scenario.today() + "\",\"place\":\"三张镇人民路\",\"party\":{\"kind\":\"NATURAL_PERSON\",\"name\":\"钱某某\","
                + "\"idNumber\":\"11010519491231002X\"},\"handlerIds\":[" + v.get("zhang") + "," + v.get("li") + "]}";
        Map<String, String> b = new java.util.HashMap<>();
        b.put("POST /api/cases", lead);
        b.put("POST /api/cases/{caseId}/documents/{kind}/reissue", "{\"reason\":\"更正笔误\"}");
        b.put("POST /api/cases/{caseId}/documents/{kind}/signatures/refusal",
                "{\"signer\":\"承办人\",\"reason\":\"矩阵测试：拒绝签名\",\"witness\":\"三张镇东村村委会主任\"}");
        b.put("POST /api/summary-cases", "{\"bodyId\":" + v.get("bodyId") + ",\"matterId\":" + v.get("matterId")
                        + ",\"facts\":\"当事人占道经营。\",\"place\":\"三张镇人民路\",\"decidedOn\":\"" + Scenario.today()
                        + "\",\"party\":{\"kind\":\"NATURAL_PERSON\",\"name\":\"钱某某\",\"idNumber\":\"11010519491231002X\"},"
                        + "\"handlerIds\":[" + v.get("zhang") + "," + v.get("li") + "],\"penaltyType\":\"WARNING\"}");
        b.put("POST /api/publications/revocations", "{\"decisionNumber\":\"" + v.get("decisionNumber")
                        + "\",\"reason\":\"REVOKED\",\"detail\":\"经行政复议撤销\",\"revokedOn\":\"" + Scenario.today() + "\"}");
        b.put("POST /api/cases/{caseId}/investigation-records", "{\"kind\":\"ON_SITE_INSPECTION\",\"recordedOn\":\""
                        + Scenario.today() + "\",\"place\":\"三张镇人民路\",\"officerIds\":[" + v.get("zhang") + "," + v.get("li")
                        + "],\"certificatesShown\":[\"44190210001\",\"44190210002\"],\"content\":\"现场检查。\"}");
        b.put("POST /api/cases/{caseId}/steps/investigation", "{\"summary\":\"调查完毕。\"}");
        b.put("POST /api/cases/{caseId}/hearing-notice", "{\"servedOn\":\"" + Scenario.SEVEN_WORKING_DAYS_AGO
                        + "\",\"hearingAt\":\"" + Scenario.today() + "T09:00:00\",\"place\":\"会议室\",\"chairOfficerId\":"
                        + v.get("wang") + "}");
        b.put("POST /api/cases/{caseId}/handlers/reassignment", "{\"removeOfficerId\":" + v.get("li") + ",\"addOfficerId\":"
                        + v.get("wang") + ",\"reason\":\"工作调整\"}");
        b.put("POST /api/cases/{caseId}/decision-clock/suspension", "{\"reason\":\"TESTING_APPRAISAL\",\"from\":\""
                        + Scenario.today() + "\"}");
        b.put("POST /api/cases/{caseId}/decision-clock/resumption", "{\"on\":\"" + Scenario.today() + "\"}");
        b.put("POST /api/cases/{caseId}/seizures", "{\"measure\":\"SEAL_UP\",\"reason\":\"防止证据损毁\"}");
        b.put("POST /api/cases/{caseId}/seizures/extension", "{\"reason\":\"案情复杂\"}");
        b.put("POST /api/cases/{caseId}/evidence-preservations", "{\"reason\":\"证据可能被转移\"}");
        b.put("POST /api/cases/{caseId}/demolition/challenge", "{\"kind\":\"LITIGATION\",\"filedOn\":\"2026-09-01\","
                + "\"reference\":\"（2026）某行初 1 号\"}");
        b.put("POST /api/cases/{caseId}/seizures/release", "{\"releasedOn\":\"" + Scenario.today() + "\",\"reason\":\"已查清\"}");
        b.put("POST /api/cases/{caseId}/decision-revocations", "{\"kind\":\"REVOKED\",\"reason\":\"经行政复议撤销\","
                        + "\"sourceDocument\":\"某某复决字〔2026〕1号\"}");
        b.put("POST /api/evidence/{id}/exclusion", "{\"reason\":\"以非法手段取得\"}");
        b.put("POST /api/cases/{caseId}/repairs", "{\"operation\":\"RETRY_FAILED_JOBS\",\"reason\":\"矩阵修复测试\"}");
        if (v.containsKey("stepInput")) {
            for (String path : List.of("seizure", "filing-approval", "investigation", "investigation-end", "legal-review",
                    "collective-discussion", "prior-notice", "statement-defence", "hearing", "head-decision", "service",
                    "execution", "transfer", "closing", "archive", "summary-execution", "summary-filing", "follow-up-inspection",
                    "evidence-preservation", "preservation-disposal",
                    "demolition-notice", "demolition-reminder", "demolition-statement", "demolition-decision",
                    "forced-demolition")) {
                b.put("POST /api/cases/{caseId}/steps/" + path, v.get("stepInput"));
            }
        }
        b.put("POST /api/publications/{id}/check", "{\"approved\":true,\"minor\":false}");
        if (v.containsKey("newUsername")) {
            String officer = "{\"bodyId\":" + v.get("bodyId") + ",\"username\":\"%s\",\"name\":\"%s\",\"position\":\"执法队员\"}";
            b.put("POST /api/officers", officer.formatted(v.get("newUsername"), "矩阵新增"));
            b.put("PUT /api/officers/{officerId}", officer.formatted(v.get("username"), "矩阵改名"));
            b.put("PUT /api/officers/{officerId}/legal-qualification", "{\"certificateNumber\":\"" + v.get("qualificationNumber")
                    + "\",\"qualifiedOn\":\"2020-09-01\"}");
            String certificate = "{\"number\":\"%s\",\"issuingAuthority\":\"某省人民政府\",\"categories\":[\"城乡规划\"],"
                    + "\"area\":\"%s\",\"validFrom\":\"2025-01-01\",\"validTo\":\"2029-12-31\"}";
            b.put("POST /api/officers/{officerId}/certificates", certificate.formatted(v.get("newNumber"), "三张镇"));
            b.put("PUT /api/certificates/{certificateId}", certificate.formatted(v.get("number"), "三张镇新村"));
            b.put("POST /api/certificates/{certificateId}/status", "{\"action\":\"SUSPEND\",\"reason\":\"调查期间暂扣\"}");
            b.put("POST /api/certificates/{certificateId}/annual-review", "{\"reviewedOn\":\"" + Scenario.today() + "\"}");
            b.put("POST /api/officers/csv", "body_code,username,name,position,legal_qualification_number,"
                    + "legal_qualification_date\nSZZ," + v.get("newUsername") + ",郑三,执法中队长,,\n");
            b.put("POST /api/certificates/csv", "number,holder_username,issuing_authority,categories,area,valid_from,valid_to,"
                    + "status,annual_review_due\n" + v.get("newNumber") + "," + v.get("username")
                    + ",某省人民政府,城乡规划,三张镇,2024-03-01,2029-02-28,VALID,2026-03-01\n");
        }
        b.put("POST /api/admin/holidays/{year}", ("{\"year\": %d, \"papers\": [\"https://www.gov.cn/example\"], \"days\": ["
                + "{\"name\": \"矩阵假日\", \"date\": \"%d-03-04\", \"isOffDay\": true},"
                + "{\"name\": \"矩阵调休\", \"date\": \"%d-03-08\", \"isOffDay\": false}]}").formatted(UPLOAD_YEAR, UPLOAD_YEAR,
                        UPLOAD_YEAR));
        b.put("POST /api/publications/{id}/withdrawal", "{\"reason\":\"VOID\",\"detail\":\"确认无效\"}");
        return b;
    }

    @Autowired
    org.sanxiang.evidence.EvidenceRegistry evidence;
    @Autowired
    org.sanxiang.cases.CaseQueries queries;

    @Test
    void everyApiEndpointAnswersEachRoleAsDeclared() throws Exception {
        OtherBody.ensure(jdbc, identity);
        forgetUploadYear();
        try {
            apiMatrix();
        } finally {
            forgetUploadYear();
        }
    }

    @Autowired
    org.sanxiang.calendar.HolidayAdministration holidays;

    private void forgetUploadYear() {
        jdbc.update("DELETE FROM calendar_holiday_day WHERE notice_year = ?", UPLOAD_YEAR);
        jdbc.update("DELETE FROM calendar_notice_year WHERE notice_year = ?", UPLOAD_YEAR);
        holidays.refreshCache();
    }

    private void apiMatrix() throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (pattern.startsWith("/api/")) {
                        endpoints.add(m.name() + " " + pattern);
                    }
                }
            }
        }
        List<String> undeclared = endpoints.stream().filter(e -> !API.containsKey(e) && !isOtherStep(e)).toList();
        assertThat(undeclared).as("API endpoints without a declared row in AuthorizationMatrixTest.API").isEmpty();
        assertThat(API.keySet()).as("declared rows whose endpoint no longer exists").isSubsetOf(endpoints);

        CaseAtStep cases = new CaseAtStep(mvc, json, jdbc, scenario, engine);
        List<String> failures = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            String row = API.containsKey(endpoint) ? API.get(endpoint) : stepRow(endpoint);
            int allowedStatus = ALLOWED_STATUS.getOrDefault(endpoint, 200);
            Map<String, String> v = prepared(endpoint, scenario, cases);
            List<Caller> order = new ArrayList<>(List.of(Caller.values()));
            order.sort(java.util.Comparator.comparing(c -> row.charAt(c.ordinal()) == 'A' ? 1 : 0));
            boolean firstAllowed = true;
            for (Caller who : order) {
                char expect = row.charAt(who.ordinal());
                if (expect == 'A' && !firstAllowed && !"GET".equals(method)) {
                    v = prepared(endpoint, scenario, cases); // a state of its own for each allowed change
                }
                firstAllowed &= expect != 'A';
                String body = bodies(v).getOrDefault(endpoint, "{}");
                String path = expand(pattern, v);
                MockHttpServletRequestBuilder req = api(method, path, endpoint, body, who);
                var response = mvc.perform(req).andReturn().getResponse();
                int status = response.getStatus();
                boolean ok = switch (expect) {
                    case 'A' -> status == allowedStatus;
                    case 'D' -> status == (who == Caller.ANONYMOUS ? 401 : 403);
                    case 'N' -> status == 404;
                    case 'C' -> status == 409;
                    default -> false;
                };
                String expectedState = expectedState(endpoint, v);
                if (ok && expect == 'A' && expectedState != null && !expectedState.equals(stateAfter(endpoint, v))) {
                    failures.add(endpoint + " as " + who + ": expected the state " + expectedState + ", found "
                            + stateAfter(endpoint, v));
                }
                if (!ok) {
                    failures.add(endpoint + " as " + who + ": expected " + (expect == 'A' ? String.valueOf(allowedStatus)
                            : String.valueOf(expect)) + ", got " + status + " " + abbreviate(response.getContentAsString(
                                    java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The state an endpoint needs: a case at its step, a running seizure, a suspended clock, a decided case ... */
    private Map<String, String> prepared(String endpoint, Scenario scenario, CaseAtStep cases) throws Exception {
        // a checked draft to publish; a withdrawn one for a revocation (a 409 after the role check, no engine message)
        Map<String, String> v = freshCase(scenario, endpoint.endsWith("/publish") ? "CHECKED"
                : endpoint.endsWith("/revocations") ? "WITHDRAWN" : "DRAFT");
        if (endpoint.contains("/legal-qualification")) {
            v.put("officerId", String.valueOf(scenario.officerId("chenjing"))); // the demo reviewer holds one
        }
        Long caseId = null;
        if (isOtherStep(endpoint) || endpoint.equals("POST /api/cases/{caseId}/steps/investigation")) {
            String path = endpoint.substring(endpoint.lastIndexOf('/') + 1);
            caseId = cases.at(path);
            v.put("stepInput", json.writeValueAsString(CaseAtStep.inputOf(path, scenario)));
            if (path.equals("investigation")) {
                cases.call("zhangwei", "/api/cases/" + caseId + "/investigation-records", scenario.onSiteRecord(), 201);
            }
        } else if (endpoint.equals("POST /api/cases/{caseId}/legal-review/extension")) {
            caseId = cases.at("legal-review");
        } else if (endpoint.equals("POST /api/cases/{caseId}/hearing-notice")) {
            caseId = cases.at("hearing");
        } else if (endpoint.startsWith("POST /api/cases/{caseId}/seizures/")) {
            caseId = cases.withSeizureRunning();
        } else if (endpoint.equals("POST /api/cases/{caseId}/decision-revocations")) {
            caseId = cases.at("service");
        } else if (endpoint.equals("POST /api/cases/{caseId}/demolition/challenge")) {
            caseId = cases.withDemolitionNoticed();
        }
        if (caseId != null) {
            v.put("caseId", String.valueOf(caseId));
            v.put("taskId", jdbc.queryForObject("SELECT MIN(task_id) FROM inbox_task WHERE case_id = ?", String.class, caseId));
        }
        if (endpoint.equals("POST /api/cases/{caseId}/decision-clock/resumption")) {
            cases.call("liuyang", "/api/cases/" + v.get("caseId") + "/decision-clock/suspension",
                    Map.of("reason", "TESTING_APPRAISAL", "from", Scenario.today().toString()), 204);
        }
        if (endpoint.equals("POST /api/tasks/{taskId}/unclaim")) {
            caseSupervision.claim(v.get("taskId"), Scenario.ZHANG);
        }
        if (endpoint.equals("POST /api/publications/revocations") || endpoint.equals("POST /api/publications/{id}/withdrawal")) {
            publishedDecision(v);
        }
        if (endpoint.equals("POST /api/admin/holidays/{year}")) {
            v.put("year", String.valueOf(UPLOAD_YEAR));
        }
        if (ADMIN_WRITES.contains(endpoint)) {
            officerWithCertificate(v);
        }
        if (endpoint.contains("/api/publications/{id}")) {
            v.put("id", v.get("id:publication"));
        }
        if (endpoint.contains("/documents/{kind}") || endpoint.contains("/documents/issued/")) {
            // 立案审批表 of the filed case: issuable at once; the issued one is what the PDF endpoint serves
            v.put("kind", "FILING_APPROVAL");
            if (endpoint.contains("/documents/issued/") || endpoint.contains("/reissue")) {
                v.put("documentId", String.valueOf(documentIssuing.issue(Long.parseLong(v.get("caseId")), "FILING_APPROVAL",
                        Scenario.ZHANG).id()));
            }
        }
        return v;
    }

    static final Set<String> ADMIN_WRITES = Set.of("POST /api/officers", "PUT /api/officers/{officerId}",
            "PUT /api/officers/{officerId}/legal-qualification", "POST /api/officers/{officerId}/certificates",
            "PUT /api/certificates/{certificateId}", "POST /api/certificates/{certificateId}/status",
            "POST /api/certificates/{certificateId}/annual-review", "POST /api/officers/csv", "POST /api/certificates/csv");

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(
            System.currentTimeMillis() % 100_000_000L * 10);

    @Autowired
    org.sanxiang.officers.OfficerAdministration officerAdministration;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    org.sanxiang.publicity.PublicationChecks publicationChecks;

    static final org.sanxiang.process.Actor ADMIN_ACTOR = new org.sanxiang.process.Actor("admin", Set.of(Roles.ADMIN));

    /** An officer of the demo body with one valid certificate, and unused names and numbers for the writes. */
    private void officerWithCertificate(Map<String, String> v) {
        long n = SEQUENCE.incrementAndGet();
        String username = "matrix" + n;
        var officer = officerAdministration.createOfficer(new org.sanxiang.officers.OfficerDraft(scenario().bodyId(), username,
                "矩阵" + n, "执法队员"), ADMIN_ACTOR);
        String number = String.format("8%010d", n % 10_000_000_000L);
        var certificate = officerAdministration.createCertificate(officer.id(), new org.sanxiang.officers.CertificateDraft(
                number, "某省人民政府", List.of("城乡规划"), "三张镇", java.time.LocalDate.of(2025, 1, 1),
                java.time.LocalDate.of(2029, 12, 31), null), ADMIN_ACTOR);
        v.put("officerId", String.valueOf(officer.id()));
        v.put("username", username);
        v.put("certificateId", String.valueOf(certificate.id()));
        v.put("number", number);
        v.put("newUsername", "matrix" + SEQUENCE.incrementAndGet());
        v.put("newNumber", String.format("8%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L));
        v.put("qualificationNumber", "M" + SEQUENCE.incrementAndGet());
    }

    /**
     * A published decision of the demo body: decided on the spot through the service (DecisionMade starts its
     * publication process), drafted by running the process's redaction job, checked by 李强 and so published.
     */
    private void publishedDecision(Map<String, String> v) {
        Scenario s = scenario();
        var ref = summaryProcedure.decideOnTheSpot(new org.sanxiang.cases.SummaryDecisionInput(s.bodyId(), s.matterId("SR-001"),
                "当事人在三张镇人民路占道经营。", "三张镇人民路", Scenario.today(), Scenario.person(),
                List.of(s.officerId("zhangwei"), s.officerId("liqiang")), org.sanxiang.cases.PenaltyType.FINE,
                new java.math.BigDecimal("100")), Scenario.ZHANG);
        String number = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, ref.id());
        var process = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(number).singleResult();
        var job = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("ServiceTask_AutoRedact").singleResult();
        engine.getManagementService().executeJob(job.getId());
        long id = jdbc.queryForObject("SELECT id FROM publication WHERE decision_number = ?", Long.class, number);
        assertThat(publicationChecks.check(id, true, false, null, null, Scenario.LI).status())
                .isEqualTo(org.sanxiang.publicity.PublicationStatus.PUBLISHED);
        v.put("id:publication", String.valueOf(id));
        v.put("decisionNumber", number);
    }

    private Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    private static boolean isOtherStep(String endpoint) {
        return endpoint.startsWith("POST /api/cases/{caseId}/steps/") && !API.containsKey(endpoint);
    }

    /** A case at 调查取证 with one evidence item, a draft publication, and the ids the paths need. */
    private Map<String, String> freshCase(Scenario scenario, String publicationStatus) throws Exception {
        long caseId = scenario.registerAndFile(Scenario.person()).id();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("caseId", String.valueOf(caseId));
        v.put("taskId", jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ?", String.class, caseId));
        var access = queries.access(caseId, Scenario.ZHANG);
        byte[] png = EvidencePagesTest.png(300);
        var item = evidence.add(caseId, access.processInstanceId(), new org.sanxiang.evidence.EvidenceUpload(
                org.sanxiang.evidence.EvidenceType.PHYSICAL, "Task_Investigation", null, "照片.png", null, null, null,
                List.of(), null), new java.io.ByteArrayInputStream(png), png.length, "zhangwei");
        v.put("id", String.valueOf(item.id()));
        String number = "矩阵测试〔" + caseId + "〕号";
        jdbc.update("INSERT INTO publication (decision_number, case_id, body_id, body_name, decision_kind, status, party_kind,"
                + " party_display, matter_name, violation, penalty_content, fine_amount, decided_on, decided_by, redacted_fields,"
                + " due_rule, due_date, created_at) VALUES (?, ?, ?, '三张镇综合行政执法办公室', 'PENALTY', ?,"
                + " 'NATURAL_PERSON', '王某', '占道经营', '事实', '罚款 100 元', 100, ?, 'liuyang', '', 'publication-penalty', ?, ?)",
                number, caseId, scenario.bodyId(), publicationStatus, Scenario.today(), Scenario.today().plusDays(10),
                java.time.LocalDateTime.now(clock));
        v.put("id:publication", String.valueOf(jdbc.queryForObject("SELECT id FROM publication WHERE decision_number = ?",
                Long.class, number)));
        v.put("decisionNumber", number);
        v.put("officerId", String.valueOf(scenario.officerId("zhangwei")));
        v.put("zhang", String.valueOf(scenario.officerId("zhangwei")));
        v.put("li", String.valueOf(scenario.officerId("liqiang")));
        v.put("wang", String.valueOf(scenario.officerId("wangfang")));
        v.put("bodyId", String.valueOf(scenario.bodyId()));
        v.put("matterId", String.valueOf(scenario.matterId("SR-001")));
        v.put("certificateId", String.valueOf(jdbc.queryForObject(
                "SELECT MIN(id) FROM certificate WHERE number = '44190210001'", Long.class)));
        v.put("number", "44190210001");
        v.put("year", String.valueOf(Scenario.today().getYear()));
        v.put("ruleKey", "legal-review");
        return v;
    }

    /** A small PNG a decoder reads: a signature stroke on white. */
    static byte[] signaturePng() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 40, 20);
            g.setColor(java.awt.Color.BLACK);
            g.drawLine(2, 15, 38, 5);
            g.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private MockHttpServletRequestBuilder api(String method, String path, String endpoint, String body, Caller who) {
        MockHttpServletRequestBuilder req = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method),
                path);
        if (endpoint.endsWith("/csv")) {
            req.accept("GET".equals(method) ? "text/csv" : MediaType.APPLICATION_JSON_VALUE);
            if (!"GET".equals(method)) {
                req.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } else if (endpoint.equals("POST /api/cases/{caseId}/documents/{kind}/signatures")) {
            req = MockMvcRequestBuilders.multipart(path).file(new org.springframework.mock.web.MockMultipartFile("image",
                    "signature.png", MediaType.IMAGE_PNG_VALUE, signaturePng())).param("signer", "承办人")
                    .accept(MediaType.APPLICATION_JSON);
        } else if (endpoint.equals("POST /api/cases/{caseId}/evidence")) {
            req.param("type", "PHYSICAL").param("step", "Task_Investigation").param("fileName", "a.png")
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).content(EvidencePagesTest.png(300));
        } else if (endpoint.equals("POST /api/cases/{caseId}/steps/seizure")
                || endpoint.equals("POST /api/cases/{caseId}/steps/forced-demolition")) {
            req.param("audioVideoAbsence", "EMERGENCY").accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON).content(body);
        } else if (endpoint.equals("GET /api/deadlines/{ruleKey}/due")) {
            req.param("start", Scenario.today().toString());
        } else {
            req.accept(MediaType.APPLICATION_JSON);
            if (!"GET".equals(method)) {
                req.contentType(MediaType.APPLICATION_JSON).content(body);
            }
        }
        if (who != Caller.ANONYMOUS) {
            req.with(httpBasic(who.username, "demo1234"));
        }
        return req;
    }
}
