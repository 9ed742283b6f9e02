package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseSupervision;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.process.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, finding 1, as the attacker did it: an administrator with only Camunda's REST API tries to take a
 * major case around its legal review (variable {@code majorDecision=false}, a modification cancelling the
 * review call activity), to delete or suspend its process instance, to run or move its jobs, to correlate a
 * message, to deploy a changed model — in every spelling of the path. Each is answered 403 problem+json
 * {@code engine-write-refused}; the engine state, the deployments and the case's chain are unchanged. A repair
 * goes through {@code POST /api/cases/{id}/repairs}, with a reason that lands in the chain.
 */
@SanxiangTest
class EngineWritesRefusedTest {

    static final String TYPE = "urn:sanxiang:problem:engine-write-refused";

    @Autowired LeadRegistration leadRegistration;
    @Autowired StepCompletion stepCompletion;
    @Autowired Investigations investigations;
    @Autowired CaseSupervision caseSupervision;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    long majorCaseInReview() {
        Scenario s = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long id = s.registerAndFile(Scenario.company()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), Scenario.ZHANG);
        return id;
    }

    String processInstance(long caseId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
    }

    int entries(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ?", Integer.class, caseId);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void refused(String method, String path, String contentType, String body) throws Exception {
        HttpResponse<String> r = send(method, path, contentType, body, "admin");
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).as(method + " " + path).contains(TYPE, "G118; APL Art. 47");
    }

    static List<String> spellings(String path) {
        return List.of("/engine-rest" + path, "/engine-rest" + path + "/", "/engine-rest/engine/default" + path,
                "/engine-rest/engine/default" + path + "/", "/engine-rest" + path.replaceFirst("/p", "/%70"),
                "/camunda/api/engine/engine/default" + path);
    }

    @Test
    void theAttacksOfTheIssueAreRefusedAndNothingChanges() throws Exception {
        long id = majorCaseInReview();
        String pi = processInstance(id);
        int before = entries(id);
        long deployments = repository.createDeploymentQuery().count();
        String json = "application/json";

        for (String path : spellings("/process-instance/" + pi + "/variables/majorDecision")) {
            refused("PUT", path, json, "{\"value\":false,\"type\":\"Boolean\"}");
        }
        for (String path : spellings("/process-instance/" + pi + "/variables")) {
            refused("POST", path, json, "{\"modifications\":{\"majorDecision\":{\"value\":false,\"type\":\"Boolean\"}}}");
        }
        for (String path : spellings("/process-instance/" + pi + "/modification")) {
            refused("POST", path, json, "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"CallActivity_LegalReview\"},"
                    + "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_PriorNotice\"}]}");
        }
        for (String path : spellings("/process-instance/" + pi)) {
            refused("DELETE", path, null, null);
        }
        for (String path : spellings("/process-instance/" + pi + "/suspended")) {
            refused("PUT", path, json, "{\"suspended\":true}");
        }
        refused("POST", "/engine-rest/process-instance/delete", json, "{\"processInstanceIds\":[\"" + pi + "\"]}");
        refused("POST", "/engine-rest/message", json, "{\"messageName\":\"SeizureRequested\",\"processInstanceId\":\"" + pi + "\"}");
        refused("POST", "/engine-rest/signal", json, "{\"name\":\"any\"}");
        refused("POST", "/engine-rest/migration/execute", json, "{}");
        refused("POST", "/engine-rest/process-definition/key/general-procedure/start", json, "{}");
        String job = management.createJobQuery().processInstanceId(pi).list().stream().findFirst().map(j -> j.getId())
                .orElse("no-job");
        refused("POST", "/engine-rest/job/" + job + "/execute", null, null);
        refused("PUT", "/engine-rest/job/" + job + "/duedate", json, "{\"duedate\":\"2026-11-19T00:00:00.000+0800\"}");
        refused("PUT", "/engine-rest/job/" + job + "/retries", json, "{\"retries\":0}");
        String task = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ?", String.class, id);
        refused("POST", "/engine-rest/task/" + task + "/claim", json, "{\"userId\":\"admin\"}");
        refused("PUT", "/engine-rest/task/" + task + "/variables/majorDecision", json, "{\"value\":false,\"type\":\"Boolean\"}");
        refused("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nchanged\r\n"
                        + "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"general-procedure.bpmn\"\r\n"
                        + "Content-Type: application/xml\r\n\r\n<definitions/>\r\n--b--\r\n");
        String deployment = repository.createDeploymentQuery().list().get(0).getId();
        refused("DELETE", "/engine-rest/deployment/" + deployment, null, null);
        refused("POST", "/engine-rest/deployment/" + deployment + "/redeploy", json, "{}");
        // a method override header does not turn a query into a write
        HttpResponse<String> override = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/engine-rest/process-instance"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("X-HTTP-Method-Override", "DELETE").header("Content-Type", json)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(override.statusCode()).isEqualTo(403);
        // the webapps' engine API refuses too, before any session is asked for
        HttpResponse<String> webapp = send("POST", "/camunda/api/engine/engine/default/process-instance/" + pi + "/variables",
                json, "{\"modifications\":{}}", null);
        assertThat(webapp.statusCode()).isEqualTo(403);
        assertThat(webapp.body()).contains(TYPE);

        assertThat(runtime.getVariable(pi, ProcessVariables.MAJOR_DECISION)).isEqualTo(true);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ?", String.class, id))
                .containsExactly("Task_LegalReview");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(entries(id)).isEqualTo(before);
    }

    @Test
    void readsAndQueriesStillAnswerTheAdministrator() throws Exception {
        long id = majorCaseInReview();
        String pi = processInstance(id);
        assertThat(send("GET", "/engine-rest/process-instance/" + pi + "/variables", null, null, "admin").statusCode())
                .isEqualTo(200);
        HttpResponse<String> query = send("POST", "/engine-rest/process-instance", "application/json",
                "{\"processInstanceIds\":[\"" + pi + "\"]}", "admin");
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains(pi);
        // an officer is no engine administrator at all
        assertThat(send("GET", "/engine-rest/process-instance", null, null, "zhangwei").statusCode()).isEqualTo(403);
    }

    @Test
    void aRepairRetriesTheCasesFailedJobsAndRecordsItsReason() throws Exception {
        long id = majorCaseInReview();
        String pi = processInstance(id);
        String json = "application/json";
        // no failed job: nothing to repair
        HttpResponse<String> none = send("POST", "/api/cases/" + id + "/repairs", json,
                "{\"operation\":\"RETRY_FAILED_JOBS\",\"reason\":\"数据库连接中断后重试\"}", "admin");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(409);
        assertThat(none.body()).contains("urn:sanxiang:problem:nothing-to-repair");

        var job = management.createJobQuery().processInstanceId(pi).list();
        String failed;
        if (job.isEmpty()) {
            return; // the model has no job at this step on this configuration: nothing more to show
        }
        failed = job.get(0).getId();
        management.setJobRetries(failed, 0); // as a job that failed three times leaves it
        int before = entries(id);

        HttpResponse<String> noReason = send("POST", "/api/cases/" + id + "/repairs", json,
                "{\"operation\":\"RETRY_FAILED_JOBS\",\"reason\":\" \"}", "admin");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        HttpResponse<String> head = send("POST", "/api/cases/" + id + "/repairs", json,
                "{\"operation\":\"RETRY_FAILED_JOBS\",\"reason\":\"数据库连接中断后重试\"}", "liuyang");
        assertThat(head.statusCode()).isEqualTo(403);
        assertThat(entries(id)).isEqualTo(before);
        assertThat(management.createJobQuery().jobId(failed).singleResult().getRetries()).isZero();

        HttpResponse<String> repair = send("POST", "/api/cases/" + id + "/repairs", json,
                "{\"operation\":\"RETRY_FAILED_JOBS\",\"reason\":\"数据库连接中断后重试\"}", "admin");
        assertThat(repair.statusCode()).as(repair.body()).isEqualTo(201);
        assertThat(repair.body()).contains(failed);
        assertThat(management.createJobQuery().jobId(failed).singleResult().getRetries()).isEqualTo(1);
        assertThat(entries(id)).isEqualTo(before + 1);
        var entry = jdbc.queryForMap("SELECT act, actor, payload FROM record_entry WHERE case_id = ? ORDER BY seq DESC LIMIT 1", id);
        assertThat(entry.get("act")).isEqualTo("ENGINE_REPAIR");
        assertThat(entry.get("actor")).isEqualTo("admin");
        assertThat((String) entry.get("payload")).contains("数据库连接中断后重试", failed);
    }
}
