package org.sanxiang.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The second half of {@link AdminPasswordRequirement}: Camunda creates the administrator only when it is
 * missing, so a database first run as the demo keeps {@code admin/demo1234} whatever is configured later.
 * Outside the demo the start is refused while the administrator still accepts a demo password.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo-data", havingValue = "false")
class DemoPasswordCheck implements ApplicationRunner {

    private final IdentityService identity;
    private final String adminId;

    DemoPasswordCheck(IdentityService identity, @Value("${camunda.bpm.admin-user.id:}") String adminId) {
        this.identity = identity;
        this.adminId = adminId;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminId.isBlank()) {
            return;
        }
        for (String demo : AdminPasswordRequirement.DEMO_PASSWORDS) {
            if (identity.checkPassword(adminId, demo)) {
                throw new AdminPasswordRequirement.AdminPasswordMissing("the administrator " + adminId
                        + " still has a demo password in this database: change it in Camunda's admin webapp "
                        + "(or the identity service) before starting outside the demo");
            }
        }
    }
}
