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
import org.sanxiang.cases.CaseCommands;
import org.sanxiang.cases.Scenario;
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
class AuthorizationMatrixTest {

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
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    CaseCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

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
        if (path.equals("/cases/new")) {
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
        long caseId = new Scenario(commands, jdbc).registerAndFile(Scenario.person()).id();
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
        assertThat(calls).isGreaterThan(300);
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
}
