package org.sanxiang.officers;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.process.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo data for the default profile ({@code sanxiang.demo-data=true}): Flyway also runs
 * {@code db/demo} (the 三张镇 office, its power list, officers, certificates) and the identity
 * accounts below are created once, idempotently, in Camunda's identity service so the same logins
 * work in Sanxiang, Tasklist and Cockpit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sanxiang.demo-data", havingValue = "true")
class DemoAccounts {

    static final String PASSWORD = "demo1234";

    record Account(String username, String firstName, String lastName, String group) {
    }

    /** The identity groups of the roles, with their names in Camunda's admin pages. */
    static final String[][] GROUPS = {
            {Roles.OFFICER, "执法人员"},
            {Roles.LEGAL_REVIEWER, "法制审核人员"},
            {Roles.HEAD, "负责人"},
            {Roles.SUPERVISOR, "执法监督人员"},
    };

    static final List<Account> ACCOUNTS = List.of(
            new Account("zhangwei", "伟", "张", Roles.OFFICER),
            new Account("liqiang", "强", "李", Roles.OFFICER),
            new Account("wangfang", "芳", "王", Roles.OFFICER),
            new Account("zhaomin", "敏", "赵", Roles.OFFICER),
            new Account("chenjing", "静", "陈", Roles.LEGAL_REVIEWER),
            new Account("liuyang", "洋", "刘", Roles.HEAD),
            new Account("sunli", "丽", "孙", Roles.SUPERVISOR));

    @Bean
    FlywayConfigurationCustomizer demoDataLocation() {
        return configuration -> {
            var locations = new java.util.ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new org.flywaydb.core.api.Location("classpath:db/demo"));
            configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
        };
    }

    /** The demo legal reviewer holds the legal-profession qualification (APL Art. 58); added once. */
    @Bean
    ApplicationRunner demoLegalQualification(OfficerMapper officers) {
        return (ApplicationArguments args) -> {
            Officer reviewer = officers.selectOfficerByUsername("chenjing");
            if (reviewer != null && officers.selectLegalQualification(reviewer.id()) == null
                    && officers.selectLegalQualificationByNumber("A20184401000123") == null) {
                officers.insertLegalQualification(reviewer.id(), "A20184401000123", java.time.LocalDate.of(2018, 12, 20));
            }
        };
    }

    @Bean
    ApplicationRunner demoIdentityAccounts(IdentityService identity) {
        return (ApplicationArguments args) -> {
            for (String[] g : GROUPS) {
                if (identity.createGroupQuery().groupId(g[0]).count() == 0) {
                    Group group = identity.newGroup(g[0]);
                    group.setName(g[1]);
                    group.setType("WORKFLOW");
                    identity.saveGroup(group);
                }
            }
            for (Account a : ACCOUNTS) {
                if (identity.createUserQuery().userId(a.username()).count() == 0) {
                    User user = identity.newUser(a.username());
                    user.setFirstName(a.firstName());
                    user.setLastName(a.lastName());
                    user.setPassword(PASSWORD);
                    user.setEmail(a.username() + "@sanzhang.example");
                    identity.saveUser(user);
                    identity.createMembership(a.username(), a.group());
                }
            }
        };
    }
}
