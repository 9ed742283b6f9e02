package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Issue 15, finding 3: outside the demo no start without an administrator password of one's own. */
@Tag("no-db")
class AdminPasswordRequirementTest {

    static SpringApplicationBuilder app(String... properties) {
        return new SpringApplicationBuilder(SanxiangApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:admin-password-check;MODE=MySQL")
                .properties(properties);
    }

    @Test
    void refusesToStartOutsideTheDemoWithoutAConfiguredPassword() {
        // the application's own configuration: SANXIANG_ADMIN_PASSWORD unset gives demo1234, refused
        assertThatThrownBy(() -> app().run("--sanxiang.demo-data=false").close())
                .isInstanceOf(AdminPasswordRequirement.AdminPasswordMissing.class).hasMessageContaining("SANXIANG_ADMIN_PASSWORD");
        assertThatThrownBy(() -> app().run("--sanxiang.demo-data=false", "--camunda.bpm.admin-user.password=").close())
                .isInstanceOf(AdminPasswordRequirement.AdminPasswordMissing.class).hasMessageContaining("no administrator password");
    }

    @Test
    void refusesADemoOrShortPasswordAndAcceptsAStrongOne() {
        assertThatThrownBy(() -> AdminPasswordRequirement.check(false, "admin", "demo1234"))
                .hasMessageContaining("demo password");
        assertThatThrownBy(() -> AdminPasswordRequirement.check(false, "admin", "admin"))
                .hasMessageContaining("demo password");
        // the length edge: 11 characters refused, 12 accepted
        assertThatThrownBy(() -> AdminPasswordRequirement.check(false, "admin", "Xk9#mQ2$vL7"))
                .hasMessageContaining("fewer than 12");
        assertThatCode(() -> AdminPasswordRequirement.check(false, "admin", "Xk9#mQ2$vL7p")).doesNotThrowAnyException();
        // the demo keeps its documented logins
        assertThatCode(() -> AdminPasswordRequirement.check(true, "admin", "demo1234")).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWhileTheStoredAdministratorStillTakesTheDemoPassword() {
        org.camunda.bpm.engine.IdentityService identity = org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        org.mockito.Mockito.when(identity.checkPassword("admin", "demo1234")).thenReturn(true);
        assertThatThrownBy(() -> new DemoPasswordCheck(identity, "admin").run(null))
                .isInstanceOf(AdminPasswordRequirement.AdminPasswordMissing.class).hasMessageContaining("still has a demo password");
        org.mockito.Mockito.when(identity.checkPassword("admin", "demo1234")).thenReturn(false);
        assertThatCode(() -> new DemoPasswordCheck(identity, "admin").run(null)).doesNotThrowAnyException();
    }
}
