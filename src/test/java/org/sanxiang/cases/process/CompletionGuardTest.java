package org.sanxiang.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseSupervision;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.SummaryDecisionInput;
import org.sanxiang.cases.SummaryProcedure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * The one completion guard (G118): a task of each process — general procedure, summary procedure,
 * legal review, publicity — completed through the engine REST API in any spelling of its path, or by
 * {@code TaskService.complete} itself, is refused with the guard's problem; the task stays open and
 * nothing is recorded.
 */
@SanxiangTest
class CompletionGuardTest {

    static final String TYPE = "urn:sanxiang:problem:completion-outside-case-service";

    @Autowired LeadRegistration leadRegistration;
    @Autowired SummaryProcedure summaryProcedure;
    @Autowired StepCompletion stepCompletion;
    @Autowired Investigations investigations;
    @Autowired CaseSupervision caseSupervision;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    String generalTask() {
        long id = leadRegistration.registerLead(scenario().lead(Scenario.person()), Scenario.ZHANG).id();
        return taskOf(id, "Task_FilingApproval");
    }

    String summaryTask() {
        Scenario s = scenario();
        long id = summaryProcedure.decideOnTheSpot(new SummaryDecisionInput(s.bodyId(), s.matterId("SR-001"),
                "占道经营", "三张镇人民路", Scenario.today(), Scenario.person(),
                List.of(s.officerId("zhangwei"), s.officerId("liqiang")), PenaltyType.FINE, new BigDecimal("200")),
                Scenario.ZHANG).id();
        return taskOf(id, "Task_SummaryExecution");
    }

    String reviewTask() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.company()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("50000")), Scenario.ZHANG);
        return taskOf(id, "Task_LegalReview");
    }

    String publicityTask() {
        summaryTask(); // its decision starts the publicity process; its redaction is a job (asyncBefore)
        management.createJobQuery().processDefinitionKey("publicity").activityId("ServiceTask_AutoRedact").list()
                .forEach(job -> management.executeJob(job.getId()));
        return tasks.createTaskQuery().processDefinitionKey("publicity").orderByTaskCreateTime().desc().list().get(0).getId();
    }

    String taskOf(long caseId, String key) {
        return jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = ?", String.class, caseId, key);
    }

    int recordEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry", Integer.class);
    }

    Map<String, Object> post(String path) {
        return RestClient.create("http://localhost:" + port).post().uri(java.net.URI.create("http://localhost:" + port + path))
                .headers(h -> h.setBasicAuth("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of()))
                .exchange((req, res) -> Map.of("status", res.getStatusCode().value(),
                        "type", String.valueOf(res.getHeaders().getContentType()),
                        "body", new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    void refusedEverywhere(String taskId) {
        int before = recordEntries();
        for (String path : List.of("/engine-rest/task/" + taskId + "/complete", "/engine-rest/task/" + taskId + "/complete/",
                "/engine-rest/task/" + taskId + "/submit-form", "/engine-rest/engine/default/task/" + taskId + "/resolve",
                "/engine-rest/task/" + taskId + "/%63omplete")) {
            Map<String, Object> response = post(path);
            assertThat((Integer) response.get("status")).as(path).isBetween(400, 499);
            assertThat((String) response.get("type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) response.get("body")).as(path).contains(TYPE);
        }
        // a doubled slash or a path parameter is rejected by the security firewall before any filter: 4xx, task untouched
        assertThat((Integer) post("/engine-rest//task/" + taskId + "/complete").get("status")).isBetween(400, 499);
        assertThat((Integer) post("/engine-rest/task/" + taskId + "/complete;jsessionid=x").get("status")).isBetween(400, 499);
        assertThatThrownBy(() -> tasks.complete(taskId)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("completion-outside-case-service");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(recordEntries()).isEqualTo(before);
    }

    @Test
    void refusesAGeneralProcedureTask() {
        refusedEverywhere(generalTask());
    }

    @Test
    void refusesASummaryProcedureTask() {
        refusedEverywhere(summaryTask());
    }

    @Test
    void refusesALegalReviewTask() {
        refusedEverywhere(reviewTask());
    }

    @Test
    void refusesAPublicityTask() {
        refusedEverywhere(publicityTask());
    }
}
