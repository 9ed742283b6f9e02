package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sanxiang.cases.web.EngineWrites.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of Camunda's own OpenAPI document of the engine REST API (artifact
 * {@code camunda-engine-rest-openapi}, the engine's version) judged in every spelling of its path: a read
 * passes, a task completion gets the completion guard, and every other write is refused — unless it is one of
 * the few declared below, each a query sent as POST or the identity administration of Camunda Admin. A write
 * endpoint a later Camunda adds is refused by default; one that {@link EngineWrites} let through without a
 * line here fails this test.
 */
class EngineWritesTest {

    /** The non-GET operations that pass, by operationId: Camunda's queries sent as POST (a body holds the query). */
    static final Set<String> POST_QUERIES = Set.of("queryExecutions", "queryExecutionsCount", "queryExternalTasks",
            "queryExternalTasksCount", "postQueryGroups", "queryGroupCount", "queryHistoricActivityInstances",
            "queryHistoricActivityInstancesCount", "queryHistoricDetails", "queryHistoricExternalTaskLogs",
            "queryHistoricExternalTaskLogsCount", "queryHistoricJobLogs", "queryHistoricJobLogsCount",
            "queryHistoricProcessInstances", "queryHistoricProcessInstancesCount", "queryHistoricTaskInstances",
            "queryHistoricTaskInstancesCount", "queryHistoricVariableInstances", "queryHistoricVariableInstancesCount",
            "queryJobs", "queryJobDefinitions", "queryJobDefinitionsCount", "queryJobsCount", "queryProcessInstances",
            "queryProcessInstancesCount", "querySchemaLog", "queryTasks", "queryTasksCount", "queryVariableInstances",
            "queryVariableInstancesCount", "postExecuteFilterCount", "postExecuteFilterList",
            "postExecuteFilterSingleResult", "generateMigrationPlan", "validateMigrationPlan", "checkPassword",
            "verifyUser");

    /** Identity administration (Camunda Admin): no case, no process instance. */
    static final Set<String> IDENTITY = Set.of("createUser", "updateProfile", "updateCredentials", "deleteUser",
            "unlockUser", "createGroup", "updateGroup", "deleteGroup", "createGroupMember", "deleteGroupMember",
            "createTenant", "updateTenant", "deleteTenant", "createUserMembership", "deleteUserMembership",
            "createGroupMembership", "deleteGroupMembership", "createAuthorization", "updateAuthorization",
            "deleteAuthorization", "createFilter", "updateFilter", "deleteFilter");

    static final List<String> PREFIXES = List.of("/engine-rest", "/engine-rest/engine/default", "/engine-rest/engine/other",
            "/camunda/api/engine/engine/default");

    record Operation(String method, String template, String operationId) {
        String path(String prefix) {
            return prefix + template.replaceAll("\\{[^}]+}", "Id-42");
        }
    }

    static List<Operation> operations() throws Exception {
        try (InputStream in = EngineWritesTest.class.getResourceAsStream("/openapi.json")) {
            assertThat(in).as("Camunda's openapi.json on the test classpath").isNotNull();
            JsonNode doc = new ObjectMapper().readTree(in);
            List<Operation> ops = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                    Map.Entry<String, JsonNode> m = methods.next();
                    if (Set.of("get", "post", "put", "delete", "patch", "head", "options").contains(m.getKey())) {
                        ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), m.getValue().path("operationId").asText()));
                    }
                }
            }
            return ops;
        }
    }

    /** The spellings a caller may send: as documented, trailing slash, an encoded letter, upper case. */
    static List<String> spellings(String path) {
        String encoded = path.replaceFirst("/([a-z])([^/]*)$", "/%" + "$1" + "$2");
        String escaped = encoded.contains("%") ? encodeFirstLetter(path) : path;
        return List.of(path, path + "/", path + "//", escaped, path.toUpperCase());
    }

    static String encodeFirstLetter(String path) {
        int last = path.lastIndexOf('/');
        char c = path.charAt(last + 1);
        return path.substring(0, last + 1) + String.format("%%%02x", (int) c) + path.substring(last + 2);
    }

    static Verdict judge(String method, String rawPath) {
        return EngineWrites.judge(method, EngineCompletionGuard.normalise(rawPath));
    }

    @Test
    void judgesEveryOperationOfCamundasOpenApiDocumentInEverySpellingOfItsPath() throws Exception {
        List<Operation> ops = operations();
        assertThat(ops).hasSizeGreaterThan(300);
        Map<String, String> wrong = new TreeMap<>();
        Set<String> passingWrites = new TreeSet<>();
        for (Operation op : ops) {
            for (String prefix : PREFIXES) {
                for (String path : spellings(op.path(prefix))) {
                    Verdict v = judge(op.method(), path);
                    Verdict expected = expected(op);
                    if (v != expected) {
                        wrong.put(op.method() + " " + path, op.operationId() + ": " + v + ", expected " + expected);
                    }
                    if (!Set.of("GET", "HEAD", "OPTIONS").contains(op.method()) && (v == Verdict.READ || v == Verdict.IDENTITY)) {
                        passingWrites.add(op.operationId());
                    }
                }
            }
        }
        assertThat(wrong).as("operations judged otherwise than declared").isEmpty();
        assertThat(passingWrites).as("non-GET operations that pass").isEqualTo(union(POST_QUERIES, IDENTITY));
    }

    static Verdict expected(Operation op) {
        if (op.method().equals("GET") || op.method().equals("HEAD") || op.method().equals("OPTIONS")) {
            return Verdict.READ;
        }
        if (op.template().matches("^/task/\\{id}/(complete|submit-form|resolve)$")) {
            return Verdict.COMPLETION;
        }
        if (POST_QUERIES.contains(op.operationId())) {
            return Verdict.READ;
        }
        return IDENTITY.contains(op.operationId()) ? Verdict.IDENTITY : Verdict.REFUSED;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyDeclaredPassingOperationIsInTheDocumentAndAQueryOrIdentityAdministration() throws Exception {
        Map<String, Operation> byId = new TreeMap<>();
        operations().forEach(op -> byId.put(op.operationId(), op));
        for (String id : POST_QUERIES) {
            assertThat(byId).as("declared query " + id).containsKey(id);
            assertThat(byId.get(id).method()).isEqualTo("POST");
        }
        for (String id : IDENTITY) {
            assertThat(byId).as("declared identity operation " + id).containsKey(id);
            assertThat(byId.get(id).template()).matches("^/(user|group|tenant|authorization|filter)(/.*)?$");
        }
    }

    @Test
    void refusesTheWritesOfTheIssueInEveryPrefixAndSpelling() {
        for (String prefix : PREFIXES) {
            for (String[] write : new String[][] {
                    {"PUT", "/process-instance/pi-1/variables/majorDecision"},
                    {"POST", "/process-instance/pi-1/variables"},
                    {"POST", "/process-instance/pi-1/modification"},
                    {"DELETE", "/process-instance/pi-1"},
                    {"POST", "/job/job-1/execute"},
                    {"PUT", "/job/job-1/duedate"},
                    {"PUT", "/process-instance/pi-1/suspended"},
                    {"POST", "/message"},
                    {"POST", "/signal"},
                    {"POST", "/migration/execute"},
                    {"POST", "/deployment/create"},
                    {"DELETE", "/deployment/d-1"},
                    {"POST", "/process-definition/key/general-procedure/start"},
                    {"POST", "/task/t-1/claim"},
                    {"PUT", "/task/t-1/variables/hearingRight"},
                    {"POST", "/external-task/fetchAndLock"},
                    {"PUT", "/incident/i-1/annotation"},
                    {"PATCH", "/process-instance/pi-1"}}) {
                for (String path : spellings(prefix + write[1])) {
                    assertThat(judge(write[0], path)).as(write[0] + " " + path).isEqualTo(Verdict.REFUSED);
                    assertThat(judge(write[0].toLowerCase(), path)).as(write[0] + " " + path).isEqualTo(Verdict.REFUSED);
                }
            }
            assertThat(judge("POST", prefix + "/task/t-1/complete/")).isEqualTo(Verdict.COMPLETION);
            assertThat(judge("POST", prefix + "/task")).isEqualTo(Verdict.READ);
        }
    }

    @Test
    void judgesTheWebappsOwnApis() {
        assertThat(judge("POST", "/camunda/api/admin/auth/user/default/login/cockpit")).isEqualTo(Verdict.WEBAPP_SESSION);
        assertThat(judge("POST", "/camunda/api/admin/auth/user/default/logout")).isEqualTo(Verdict.WEBAPP_SESSION);
        assertThat(judge("POST", "/camunda/api/cockpit/plugin/base/default/process-instance/count")).isEqualTo(Verdict.READ);
        assertThat(judge("POST", "/camunda/api/cockpit/plugin/base/default/incident")).isEqualTo(Verdict.READ);
        assertThat(judge("POST", "/camunda/api/cockpit/plugin/anything/default/process-instance/x/delete"))
                .isEqualTo(Verdict.REFUSED);
        assertThat(judge("DELETE", "/camunda/api/tasklist/anything")).isEqualTo(Verdict.REFUSED);
        assertThat(judge("GET", "/camunda/api/cockpit/plugin/base/default/process-instance")).isEqualTo(Verdict.READ);
        assertThat(EngineWrites.judges("/camunda/api/engine/engine/default/task")).isTrue();
        assertThat(EngineWrites.judges("/api/cases")).isFalse();
    }

    @Test
    void aCompletionKeepsTheTaskIdAsSent() {
        assertThat(EngineWrites.completedTask("/engine-rest/engine/default/task/AbC-1/complete")).contains("AbC-1");
        assertThat(EngineWrites.completedTask("/engine-rest/task/AbC-1/Submit-Form")).contains("AbC-1");
        assertThat(EngineWrites.completedTask("/engine-rest/task/AbC-1")).isEmpty();
    }
}
