package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workspace's security and its bad-input pages: never a stack trace, always a clear Chinese page. */
@SanxiangTest
class SecurityPagesTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    LoginThrottle throttle;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static RequestPostProcessor as(String username, String group) {
        return user(username).authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                Roles.authority(group)));
    }

    @BeforeEach
    void otherBody() {
        OtherBody.ensure(jdbc, identity);
    }

    @Test
    void showsTheChineseLoginPageWithSecurityHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请使用本人账号登录")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void sendsAnonymousPagesToTheLoginAndAnonymousApiCallsGet401() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/inbox")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/inbox").with(httpBasic("zhangwei", "demo1234"))).andExpect(status().isOk());
    }

    @Test
    void logsInWithTheFormAndRefusesAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("wangfang").password("demo1234")).andExpect(redirectedUrl("/inbox"));
        mvc.perform(formLogin("/login").user("wangfang").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
    }

    @Test
    void pausesAUsernameAndAddressAfterTheFreeFailures() throws Exception {
        RequestPostProcessor elsewhere = request -> {
            request.setRemoteAddr("198.51.100.23");
            return request;
        };
        for (int i = 0; i < throttle.freeFailures(); i++) {
            mvc.perform(post("/login").param("username", "zhaomin").param("password", "bad" + i).with(csrf()).with(elsewhere))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "zhaomin").param("password", "bad").with(csrf()).with(elsewhere))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/login?locked=*"));
        // even the right password is refused while paused
        mvc.perform(post("/login").param("username", "zhaomin").param("password", "demo1234").with(csrf()).with(elsewhere))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/login?locked=*"));
        // another username from the same address is not paused
        mvc.perform(post("/login").param("username", "wangfang").param("password", "demo1234").with(csrf()).with(elsewhere))
                .andExpect(redirectedUrl("/inbox"));
        throttle.unlockUser("zhaomin");
        throttle.unlockAddress("198.51.100.23");
        mvc.perform(post("/login").param("username", "zhaomin").param("password", "demo1234").with(csrf()).with(elsewhere))
                .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void refusesAFormWithAForgedCsrfTokenWithAChinese403Page() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        mvc.perform(post("/cases/" + id + "/steps/investigation").param("summary", "x").with(csrf().useInvalidToken())
                .with(as("zhangwei", "officer")))
                .andExpect(status().isForbidden());
        // through the real server, where the error page renders: a Chinese page, no stack trace
        Browser b = Browser.loggedIn(port, "zhangwei");
        assertThat(b.get("/cases/" + id).statusCode()).isEqualTo(200); // the form page: the session holds a token
        var response = b.post("/cases/" + id + "/steps/investigation", "summary=x&_csrf=forged");
        assertThat(response.statusCode()).as("%s", response.headers().map()).isEqualTo(403);
        assertThat(response.body()).contains("无权访问").contains("安全令牌").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void hidesAnotherBodysCaseBehindA404Page() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        mvc.perform(get("/cases/" + id).with(as(OtherBody.USERNAME, "officer"))).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未找到")));
        mvc.perform(get("/api/cases/" + id).with(httpBasic(OtherBody.USERNAME, "demo1234"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(as("zhangwei", "officer"))).andExpect(status().isOk());
        String list = mvc.perform(get("/cases").with(as(OtherBody.USERNAME, "officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/cases/" + id + "\"");
    }

    @Test
    void answersAHandTypedStepThatIsNotCurrentWith409OnTheCasePage() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        mvc.perform(get("/cases/" + id + "/steps/head-decision").with(as("liuyang", "head")))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是本案的当前环节")));
        mvc.perform(post("/cases/" + id + "/steps/head-decision").param("reasons", "x").with(csrf())
                .with(as("liuyang", "head")))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert error")));
    }

    @Test
    void reRendersAStepFormWithTheProblemAndTheFieldHighlighted() throws Exception {
        String page = mvc.perform(post("/cases/new").param("partyName", "王某某").param("idNumber", "123")
                .param("facts", "占道经营").param("discoveredOn", Scenario.today().toString()).with(csrf())
                .with(as("zhangwei", "officer")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("alert error").contains("has-error").contains("王某某").doesNotContain("Exception");
    }

    @Test
    void sendsAnExpiredSessionBackToTheLoginWithAMessage() throws Exception {
        // sessions are Spring Session's (in the database): a SESSION cookie naming a session the store no longer has
        String expired = java.util.Base64.getEncoder().encodeToString("expired-session-id".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        mvc.perform(get("/inbox").cookie(new jakarta.servlet.http.Cookie("SESSION", expired)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("登录已过期")));
    }

    @Test
    void keepsTheRoleOnlyPagesToTheirRoles() throws Exception {
        mvc.perform(get("/admin/officers").with(as("zhangwei", "officer"))).andExpect(status().isForbidden());
        var denied = Browser.loggedIn(port, "zhangwei").get("/admin/officers");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("无权访问").doesNotContain("Exception");
        mvc.perform(get("/admin/officers").with(as("admin", "camunda-admin"))).andExpect(status().isOk());
        mvc.perform(get("/review").with(as("zhangwei", "officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/review").with(as("chenjing", "reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/supervision").with(as("sunli", "supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/supervision/data/cases-by-month").with(as("sunli", "supervisor"))).andExpect(status().isOk());
    }
}
