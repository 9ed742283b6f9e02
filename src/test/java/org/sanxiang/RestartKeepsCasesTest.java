package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.Scenario;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default profile keeps its data in an H2 file: a case registered before a restart is there
 * after it, with its process instance, and demo data is not loaded twice.
 */
@Tag("h2-only") // starts its own application on an H2 file; the MySQL pass runs no copy of it
class RestartKeepsCasesTest {

    @TempDir
    Path dir;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SanxiangApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sanxiang") + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true");
    }

    @Test
    void casesSurviveARestartOnTheH2File() {
        long id;
        String number;
        try (ConfigurableApplicationContext app = start()) {
            org.sanxiang.cases.LeadRegistration leadRegistration = app.getBean(org.sanxiang.cases.LeadRegistration.class);
            org.sanxiang.cases.StepCompletion stepCompletion = app.getBean(org.sanxiang.cases.StepCompletion.class);
            org.sanxiang.cases.Investigations investigations = app.getBean(org.sanxiang.cases.Investigations.class);
            org.sanxiang.cases.CaseSupervision caseSupervision = app.getBean(org.sanxiang.cases.CaseSupervision.class);
            Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, app.getBean(JdbcTemplate.class));
            CaseRef ref = leadRegistration.registerLead(scenario.lead(Scenario.person()), Scenario.ZHANG);
            id = ref.id();
            number = ref.caseNumber();
        }
        assertThat(Files.exists(dir.resolve("sanxiang.mv.db"))).isTrue();
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id)).isEqualTo(number);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_body WHERE code = 'SZZ'", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN enf_case c ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.id = ?",
                    Integer.class, id)).isEqualTo(1);
        }
    }
}
