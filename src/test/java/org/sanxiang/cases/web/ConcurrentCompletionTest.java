package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Two heads approve the same filing at once: exactly one wins, the other gets 409, the process moves once. */
@SanxiangTest
class ConcurrentCompletionTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** Numbering under concurrency: every lead gets its own number and none fails (a deadlock found by bench/run). */
    @org.junit.jupiter.api.Test
    void concurrentLeadsAllGetDistinctCaseNumbers() throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            numbers.add(pool.submit(() -> {
                start.await();
                return leadRegistration.registerLead(scenario.lead(Scenario.person()), Scenario.ZHANG).caseNumber();
            }));
        }
        start.countDown();
        List<String> got = new ArrayList<>();
        for (Future<String> f : numbers) {
            got.add(f.get());
        }
        pool.shutdown();
        assertThat(got).hasSize(24).doesNotHaveDuplicates();
    }

    @RepeatedTest(3)
    void twoCompletionsOfOneTaskYieldOneWinnerAndOne409() throws Exception {
        long id = leadRegistration.registerLead(new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).lead(Scenario.person()), Scenario.ZHANG).id();
        int threads = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/cases/" + id + "/steps/filing-approval")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approved\":true,\"opinion\":\"同意立案\"}")
                        .with(httpBasic("liuyang", "demo1234"))).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = 'FILING_APPROVAL'",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ? AND step = 'Task_Investigation'",
                Integer.class, id)).isEqualTo(1);
    }

    /**
     * Claims racing the task's completion (found by bench/run's duplicates drill at 1,000 requests): a claim
     * that waited for the case's lock while the task was completed answers 4xx, never 500.
     */
    @RepeatedTest(3)
    void claimsRacingACompletionNeverAnswer500() throws Exception {
        long id = leadRegistration.registerLead(new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).lead(Scenario.person()), Scenario.ZHANG).id();
        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ?", String.class, id);
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            boolean complete = i % 4 == 0;
            results.add(pool.submit(() -> {
                start.await();
                var request = complete
                        ? post("/api/cases/" + id + "/steps/filing-approval").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"approved\":true,\"opinion\":\"同意立案\"}")
                        : post("/api/tasks/" + taskId + "/claim");
                int status = mvc.perform(request.with(httpBasic("liuyang", "demo1234"))).andReturn().getResponse().getStatus();
                return (complete ? "complete" : "claim") + status;
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).noneMatch(s -> s.endsWith("500")).contains("complete200");
        assertThat(statuses.stream().filter(s -> s.equals("complete200"))).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND step = 'FILING_APPROVAL'",
                Integer.class, id)).isEqualTo(1);
    }
}
