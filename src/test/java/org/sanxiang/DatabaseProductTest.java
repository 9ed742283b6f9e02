package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each surefire pass runs on the database it claims: the pom sets {@code sanxiang.test.database} to
 * {@code H2} for the default pass and to {@code MySQL-compatible} for the second pass (profile
 * {@code mysql}, database {@code SANXIANG_DB_NAME}), so a second pass that silently fell back to H2 fails here.
 */
@SanxiangTest
class DatabaseProductTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void runsOnTheDatabaseOfItsPass() throws Exception {
        String expected = System.getProperty("sanxiang.test.database", "H2");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (expected.equals("MySQL-compatible")) {
                assertThat(environment.getActiveProfiles()).contains("mysql");
                assertThat(meta.getDatabaseProductName()).isIn("MySQL", "MariaDB");
                assertThat(meta.getURL()).startsWith("jdbc:mysql:");
                assertThat(connection.getCatalog()).isEqualTo(System.getenv("SANXIANG_DB_NAME"));
                // the server scripts/test installs and starts is MariaDB
                assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("MariaDB");
            } else {
                assertThat(expected).isEqualTo("H2");
                assertThat(environment.getActiveProfiles()).doesNotContain("mysql");
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
                assertThat(meta.getURL()).startsWith("jdbc:h2:mem:");
            }
        }
    }
}
