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
 * legal review, publicity — completed through the engine REST API in any spelling of its path, through
 * Camunda Tasklist's own API in a logged-in webapp session (with the webapp's CSRF token), or by
 * {@code TaskService.complete} itself, is refused with the guard's problem; the task stays open and
 * nothing is recorded. A refusal raised inside the engine during a call no filter pre-empts also comes back
 * from the engine REST API as the guard's problem+json, not as Camunda's 500.
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
    @Autowired org.camunda.bpm.engine.RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.HistoryService history;
    @LocalServerPort int port;

    org.camunda.bpm.engine.HistoryService engineHistory() {
        return history;
    }

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
        return post(path, null);
    }

    Map<String, Object> post(String path, String language) {
        return RestClient.create("http://localhost:" + port).post().uri(java.net.URI.create("http://localhost:" + port + path))
                .headers(h -> {
                    h.setBasicAuth("admin", "demo1234");
                    if (language != null) {
                        h.set("Accept-Language", language);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of()))
                .exchange((req, res) -> Map.of("status", res.getStatusCode().value(),
                        "type", String.valueOf(res.getHeaders().getContentType()),
                        "body", new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** A Camunda webapp session of the admin (camunda-admin), logged in to Tasklist as its own page does. */
    final class Tasklist {

        final java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
        final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

        Tasklist() throws Exception {
            // the webapp's CSRF filter hands out its token (cookie XSRF-TOKEN) on a non-modifying request
            send("GET", "/camunda/app/tasklist/default/", null, null);
            java.net.http.HttpResponse<String> login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                    "application/x-www-form-urlencoded", "username=admin&password=demo1234");
            assertThat(login.statusCode()).as("Tasklist login: " + login.headers().map() + login.body()).isEqualTo(200);
            send("GET", "/camunda/api/admin/auth/user/default", null, null); // the token of the session after login
        }

        String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .reduce((a, b) -> b).map(java.net.HttpCookie::getValue).orElse(null);
        }

        java.net.http.HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .header("Accept", "application/json, text/plain, */*");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (token() != null) {
                request.header("X-XSRF-TOKEN", token());
            }
            return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        java.net.http.HttpResponse<String> complete(String taskId) throws Exception {
            return send("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/complete", "application/json",
                    "{\"variables\":{}}");
        }
    }

    void refusedInTasklist(String taskId) throws Exception {
        int before = recordEntries();
        Tasklist tasklist = new Tasklist();
        assertThat(tasklist.token()).as("the webapp's CSRF token").isNotBlank();
        // the session is real: the webapp's engine API answers the logged-in admin
        assertThat(tasklist.send("GET", "/camunda/api/engine/engine/default/task/" + taskId, null, null).statusCode())
                .isEqualTo(200);
        var response = tasklist.complete(taskId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body()).contains(TYPE);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(recordEntries()).isEqualTo(before);
    }

    void refusedEverywhere(String taskId) throws Exception {
        refusedInTasklist(taskId);
        int before = recordEntries();
        for (String path : List.of("/engine-rest/task/" + taskId + "/complete", "/engine-rest/task/" + taskId + "/complete/",
                "/engine-rest/task/" + taskId + "/submit-form", "/engine-rest/engine/default/task/" + taskId + "/resolve",
                "/engine-rest/task/" + taskId + "/%63omplete")) {
            Map<String, Object> response = post(path);
            assertThat((Integer) response.get("status")).as(path).isEqualTo(403);
            assertThat((String) response.get("type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) response.get("body")).as(path).contains(TYPE);
        }
        // a doubled slash or a path parameter is rejected by the security firewall before any filter: a 400
        // problem of its own, task untouched
        for (String path : List.of("/engine-rest//task/" + taskId + "/complete", "/engine-rest/task/" + taskId + "/complete;jsessionid=x")) {
            Map<String, Object> response = post(path);
            assertThat((Integer) response.get("status")).as(path).isEqualTo(400);
            assertThat((String) response.get("type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) response.get("body")).as(path).contains("urn:sanxiang:problem:request-rejected");
        }
        assertThatThrownBy(() -> tasks.complete(taskId)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("completion-outside-case-service");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(recordEntries()).isEqualTo(before);
    }

    @Test
    void aCompletionOfNoSuchTaskAnswers404ProblemJsonNot500() {
        for (String path : List.of("/engine-rest/task/no-such-task/complete", "/engine-rest/engine/default/task/no-such-task/submit-form")) {
            Map<String, Object> response = post(path);
            assertThat((Integer) response.get("status")).as(path).isEqualTo(404);
            assertThat((String) response.get("type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) response.get("body")).as(path).contains("urn:sanxiang:problem:not-found");
        }
    }

    @Test
    void refusesAGeneralProcedureTask() throws Exception {
        refusedEverywhere(generalTask());
    }

    @Test
    void refusesASummaryProcedureTask() throws Exception {
        refusedEverywhere(summaryTask());
    }

    @Test
    void refusesALegalReviewTask() throws Exception {
        refusedEverywhere(reviewTask());
    }

    @Test
    void refusesAPublicityTask() throws Exception {
        refusedEverywhere(publicityTask());
    }

    /**
     * A process start through the engine REST API — once the call the REST filter did not pre-empt, during which
     * the engine itself completed a user task — is now refused before the engine is touched (issue 15: the
     * engine REST API writes nothing); a problem a listener raises inside the engine still maps to problem+json
     * ({@code EngineRestProblems}), in the request's language.
     */
    @Test
    void aProcessStartThroughTheEngineRestApiIsRefusedAsProblemJson() {
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("guard-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").name("探针").camundaTaskListenerExpression("create", "${task.complete()}")
                .endEvent().done();
        String deployment = repository.createDeployment().name("guard-probe").addModelInstance("guard-probe.bpmn", model)
                .deploy().getId();
        try {
            int before = recordEntries();
            Map<String, Object> response = post("/engine-rest/process-definition/key/guard-probe/start");
            assertThat((Integer) response.get("status")).as((String) response.get("body")).isEqualTo(403);
            assertThat((String) response.get("type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) response.get("body")).contains("urn:sanxiang:problem:engine-write-refused",
                    "\"article\":\"G118; APL Art. 47\"", "引擎接口的写操作");
            Map<String, Object> english = post("/engine-rest/process-definition/key/guard-probe/start", "en");
            assertThat((String) english.get("body")).contains("urn:sanxiang:problem:engine-write-refused", "was refused");
            assertThat(tasks.createTaskQuery().processDefinitionKey("guard-probe").count()).isZero();
            assertThat(engineHistory().createHistoricProcessInstanceQuery().processDefinitionKey("guard-probe").count()).isZero();
            assertThat(recordEntries()).isEqualTo(before);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
