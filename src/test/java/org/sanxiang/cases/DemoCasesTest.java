package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer's first start: the demo office comes with four cases waiting at different steps, each
 * driven through the real services (so its record chain verifies), and a restart loads none again.
 */
@Tag("h2-only") // starts its own application on an H2 file, as `mvn spring-boot:run` does
class DemoCasesTest {

    @TempDir
    Path dir;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SanxiangApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sanxiang") + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE",
                "--sanxiang.demo-cases=true",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true");
    }

    @Test
    void firstStartLoadsFourCasesAtDifferentStepsAndARestartNoMore() {
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT step FROM inbox_task ORDER BY step", String.class))
                    .containsExactly("Task_FilingApproval", "Task_HeadDecision", "Task_Investigation", "Task_LegalReview");
            CaseQueries queries = app.getBean(CaseQueries.class);
            List<Long> ids = jdbc.queryForList("SELECT id FROM enf_case ORDER BY id", Long.class);
            assertThat(ids).hasSize(4);
            for (long id : ids) {
                assertThat(queries.detail(id, Scenario.HEAD).chain().valid()).as("chain of case %s", id).isTrue();
            }
            // the head's inbox holds the filing approval and the decision; the reviewers' list the major case
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE candidate_group = 'head'", Integer.class))
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE candidate_group = 'reviewer'", Integer.class))
                    .isEqualTo(1);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM enf_case", Integer.class))
                    .isEqualTo(4);
        }
    }

}
