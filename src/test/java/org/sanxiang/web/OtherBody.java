package org.sanxiang.web;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/** A second enforcement body with one officer (login {@code qitaguan}), to test that bodies do not see each other's cases. */
public final class OtherBody {

    public static final String USERNAME = "qitaguan";
    /** The other body's head (login {@code qitazhang}), with an officer record of that body. */
    public static final String HEAD = "qitazhang";
    /** The other body's legal reviewer (login {@code qitashen}), with an officer record of that body. */
    public static final String REVIEWER = "qitashen";

    private OtherBody() {
    }

    public static void ensure(JdbcTemplate jdbc, IdentityService identity) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_body WHERE code = 'QTZ'", Integer.class) == 0) {
            jdbc.update("INSERT INTO enforcement_body (code, name, kind, area, legal_basis, document_prefix)"
                    + " VALUES ('QTZ', '其他镇综合行政执法办公室', 'STATUTORY', '其他镇', '测试用', '其他综执')");
        }
        Long bodyId = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'QTZ'", Long.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE username = ?", Integer.class, USERNAME) == 0) {
            jdbc.update("INSERT INTO officer (body_id, username, name, position) VALUES (?, ?, '齐他官', '执法队员')", bodyId,
                    USERNAME);
        }
        if (identity.createUserQuery().userId(USERNAME).count() == 0) {
            User user = identity.newUser(USERNAME);
            user.setFirstName("他官");
            user.setLastName("齐");
            user.setPassword("demo1234");
            identity.saveUser(user);
            identity.createMembership(USERNAME, "officer");
        }
    }

    /** {@link #ensure} and the other body's head and legal reviewer, each with an officer record of that body. */
    public static void ensureHeadAndReviewer(JdbcTemplate jdbc, IdentityService identity) {
        ensure(jdbc, identity);
        Long bodyId = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'QTZ'", Long.class);
        account(jdbc, identity, bodyId, HEAD, "他长", "齐", "办公室负责人", "head");
        account(jdbc, identity, bodyId, REVIEWER, "他审", "齐", "法制审核员", "reviewer");
    }

    private static void account(JdbcTemplate jdbc, IdentityService identity, long bodyId, String username, String firstName,
            String lastName, String position, String group) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE username = ?", Integer.class, username) == 0) {
            jdbc.update("INSERT INTO officer (body_id, username, name, position) VALUES (?, ?, ?, ?)", bodyId, username,
                    lastName + firstName, position);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword("demo1234");
            identity.saveUser(user);
            identity.createMembership(username, group);
        }
    }
}
