package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.sanxiang.process.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CaseDeadlinesTest extends org.sanxiang.cases.CaseServices {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 9, 26);
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    @Autowired
    Deadlines deadlines;
    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private final long caseId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);

    @Test
    void seedsTheDefaultRulesOfTheIssue() {
        assertThat(deadlines.rules()).containsAll(DefaultRules.ALL);
        // the only other rules are the office-practice periods of 结案 and 归档 (V19) and the periods of forced
        // demolition (V145: ARL Art. 20, ALL Art. 46, ACL Art. 35)
        assertThat(deadlines.rules()).filteredOn(r -> !DefaultRules.ALL.contains(r))
                .extracting(r -> r.key()).containsExactlyInAnyOrder("closing", "archive", "remedy-reconsideration",
                        "remedy-litigation", "demolition-reminder");
    }

    @Test
    void computesDueOfARuleWithItsArticle() {
        assertThat(deadlines.due("service", FRIDAY))
                .isEqualTo(new Due("service", "APL Art. 61", FRIDAY, LocalDate.of(2025, 10, 13), false));
        assertThat(deadlines.due("payment", LocalDate.of(2026, 12, 20)).provisional()).isTrue();
    }

    @Test
    void rejectsUnknownRule() {
        assertThatThrownBy(() -> deadlines.due("no-such-rule", FRIDAY)).isInstanceOf(NotFound.class);
    }

    @Test
    void marksDeadlineMetWhenActDoneOnTheDueDay() {
        deadlines.start(caseId, "service", FRIDAY);

        CaseDeadline done = deadlines.met(caseId, "service", LocalDate.of(2025, 10, 13));

        assertThat(done.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(done.finishedOn()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(deadlines.list(caseId)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(d.article()).isEqualTo("APL Art. 61");
        });
    }

    @Test
    void marksDeadlineMissedWhenActDoneTheDayAfter() {
        deadlines.start(caseId, "hearing-request", FRIDAY);

        assertThat(deadlines.met(caseId, "hearing-request", LocalDate.of(2025, 10, 11)).status())
                .isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void showsOpenDeadlinePastItsDueDateAsMissedAndFutureOneAsRunning() {
        deadlines.start(caseId, "filing", FRIDAY);
        deadlines.start(caseId, "decision", LocalDate.of(2035, 3, 1));

        assertThat(deadlines.list(caseId))
                .extracting(CaseDeadline::ruleKey, CaseDeadline::status, CaseDeadline::provisional)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing", DeadlineStatus.MISSED, false),
                        org.assertj.core.groups.Tuple.tuple("decision", DeadlineStatus.RUNNING, true));
    }

    @Test
    void refusesToStartARunningDeadlineTwice() {
        deadlines.start(caseId, "service", FRIDAY);

        assertThatThrownBy(() -> deadlines.start(caseId, "service", FRIDAY)).isInstanceOf(DeadlineAlreadyRunning.class);
        assertThatThrownBy(() -> deadlines.met(caseId, "payment", FRIDAY)).isInstanceOf(DeadlineNotRunning.class);
    }

    @Test
    void extendsSeizureOnceByItsExtension() {
        deadlines.start(caseId, "seizure", FRIDAY);

        assertThat(deadlines.extend(caseId, "seizure").due()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThatThrownBy(() -> deadlines.extend(caseId, "seizure")).isInstanceOf(DeadlineNotExtendable.class);
    }

    @Test
    void movesDecisionDueDateBySuspendedDays() {
        deadlines.start(caseId, "decision", FRIDAY); // 90 days: 2025-12-25

        Suspension suspension = deadlines.suspend(caseId, SuspensionReason.HEARING, LocalDate.of(2025, 10, 20));
        assertThat(suspension.to()).isNull();
        assertThat(deadlines.list(caseId).get(0).suspended()).isTrue();
        assertThatThrownBy(() -> deadlines.suspend(caseId, SuspensionReason.PUBLIC_NOTICE, LocalDate.of(2025, 10, 21)))
                .isInstanceOf(ClockAlreadySuspended.class);

        // 10 calendar days suspended: 2026-01-04, the make-up Sunday after New Year
        CaseDeadline resumed = deadlines.resume(caseId, LocalDate.of(2025, 10, 30));

        assertThat(resumed.due()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(resumed.suspendedDays()).isEqualTo(10);
        assertThat(resumed.suspended()).isFalse();
        assertThat(deadlines.suspensions(caseId)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SuspensionReason.HEARING);
            assertThat(s.from()).isEqualTo(LocalDate.of(2025, 10, 20));
            assertThat(s.to()).isEqualTo(LocalDate.of(2025, 10, 30));
        });
        assertThatThrownBy(() -> deadlines.resume(caseId, LocalDate.of(2025, 11, 1))).isInstanceOf(ClockNotSuspended.class);
    }

    @Test
    void addsUpSeveralSuspensions() {
        deadlines.start(caseId, "decision", FRIDAY);
        deadlines.suspend(caseId, SuspensionReason.HEARING, LocalDate.of(2025, 10, 20));
        deadlines.resume(caseId, LocalDate.of(2025, 10, 25));
        deadlines.suspend(caseId, SuspensionReason.TESTING_APPRAISAL, LocalDate.of(2025, 11, 3));

        // 5 + 3 days: 12-25 + 8 = Fri 2026-01-02 (New Year holiday) -> the make-up Sunday 01-04
        assertThat(deadlines.resume(caseId, LocalDate.of(2025, 11, 6)).due()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(deadlines.suspensions(caseId)).hasSize(2);
    }

    @Test
    void rejectsResumingBeforeTheSuspensionBegan() {
        deadlines.start(caseId, "decision", FRIDAY);
        deadlines.suspend(caseId, SuspensionReason.HEARING, LocalDate.of(2025, 10, 20));

        assertThatThrownBy(() -> deadlines.resume(caseId, LocalDate.of(2025, 10, 19)))
                .isInstanceOf(DeadlineDateInvalid.class);
        assertThat(deadlines.list(caseId).get(0).suspended()).isTrue();
    }

    @Test
    void refusesToSuspendWithoutARunningDecisionClock() {
        assertThatThrownBy(() -> deadlines.suspend(caseId, SuspensionReason.HEARING, FRIDAY))
                .isInstanceOf(DeadlineNotRunning.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void showsCaseDeadlinesWithArticlesThroughTheApi() throws Exception {
        var scenario = new org.sanxiang.cases.Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long realCase = leadRegistration.registerLead(scenario.lead(org.sanxiang.cases.Scenario.person()),
                org.sanxiang.cases.Scenario.ZHANG).id();
        deadlines.start(realCase, "service", FRIDAY);

        mvc.perform(get("/api/cases/{caseId}/deadlines", realCase).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                // in start order: the service period started on 2025-09-26, the filing period today
                .andExpect(jsonPath("$.deadlines[0].ruleKey").value("service"))
                .andExpect(jsonPath("$.deadlines[0].article").value("APL Art. 61"))
                .andExpect(jsonPath("$.deadlines[0].due").value("2025-10-13"))
                .andExpect(jsonPath("$.deadlines[0].provisional").value(false))
                .andExpect(jsonPath("$.deadlines[1].ruleKey").value("filing"))
                .andExpect(jsonPath("$.deadlines[1].article").value("APL Art. 54"));
        // object-level: an unknown case (or one of another body) is 404, not an empty list
        mvc.perform(get("/api/cases/{caseId}/deadlines", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isNotFound());
    }

    @Test
    void givesBpmnTheEndOfTheDueDayInChinaStandardTime() {
        Date decidedOn = Date.from(OffsetDateTime.of(2025, 9, 26, 10, 0, 0, 0, CST).toInstant());

        assertThat(deadlines.dueDate("service", decidedOn))
                .isEqualTo(Date.from(OffsetDateTime.of(2025, 10, 13, 23, 59, 59, 0, CST).toInstant()));
        assertThat(deadlines.dueDate("service", "2025-09-26")).isEqualTo(deadlines.dueDate("service", decidedOn));
    }

    @Test
    void schedulesBpmnTimerOnTheComputedDueDate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_CalendarTimerProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Timer_ServiceDeadline")
                .timerWithDate("${deadlines.dueDate('service', decidedOn)}")
                .endEvent()
                .done();
        String deploymentId = repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy().getId();
        try {
            Date decidedOn = Date.from(OffsetDateTime.of(2025, 9, 26, 16, 30, 0, 0, CST).toInstant());
            String instanceId = runtimeService
                    .startProcessInstanceByKey("Process_CalendarTimerProbe", Map.of("decidedOn", decidedOn)).getId();

            Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();

            assertThat(timer.getDuedate())
                    .isEqualTo(Date.from(OffsetDateTime.of(2025, 10, 13, 23, 59, 59, 0, CST).toInstant()));
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }
}
