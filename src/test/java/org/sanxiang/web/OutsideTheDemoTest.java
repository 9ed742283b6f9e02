package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start outside the demo (issue 15, findings 3 and 8) on a database of its own (always H2 in memory: what is
 * tested is configuration, not SQL): the configured administrator password works and demo1234 does not; the
 * API description is closed to anonymous callers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "sanxiang.demo-data=false", "sanxiang.demo-cases=false",
        "camunda.bpm.admin-user.password=Rotating-Ledger-2026",
        "spring.datasource.url=jdbc:h2:mem:outside-the-demo;MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "spring.datasource.driver-class-name=org.h2.Driver", "spring.datasource.username=sa",
        "spring.datasource.password="})
@AutoConfigureMockMvc
class OutsideTheDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    @Test
    void theConfiguredAdministratorPasswordWorksAndTheDemoOneDoesNot() throws Exception {
        assertThat(identity.checkPassword("admin", "Rotating-Ledger-2026")).isTrue();
        assertThat(identity.checkPassword("admin", "demo1234")).isFalse();
        mvc.perform(get("/api/admin/login-throttle").with(httpBasic("admin", "Rotating-Ledger-2026"))).andExpect(status().isOk());
        mvc.perform(get("/api/admin/login-throttle").with(httpBasic("admin", "demo1234"))).andExpect(status().isUnauthorized());
        // no demo accounts outside the demo
        assertThat(identity.createUserQuery().userId("zhangwei").count()).isZero();
    }

    @Test
    void theApiDescriptionIsClosedToAnonymousCallers() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(302, 401);
        }
        // a signed-in user still reads it
        mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("admin"))).andExpect(status().isOk());
    }
}
