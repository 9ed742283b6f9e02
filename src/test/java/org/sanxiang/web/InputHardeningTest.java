package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Issue 15, finding 8: the smaller input-handling findings, each refused or fixed. */
@SanxiangTest
class InputHardeningTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    ResultActions search(String... params) throws Exception {
        var request = get("/api/cases").with(httpBasic("zhangwei", "demo1234"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    long total(String... params) throws Exception {
        return json.readTree(search(params).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("total").asLong();
    }

    @Test
    void searchesADateRangeOnEveryDatabaseIncludingTheLastDay() throws Exception {
        long id = scenario().registerAndFile(Scenario.person()).id();
        String today = Scenario.today().toString();
        String number = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id);
        // the day of, the day before (excluded), the day after as the start (excluded)
        assertThat(total("caseNumber", number, "from", today, "to", today)).isEqualTo(1);
        assertThat(total("caseNumber", number, "to", Scenario.today().minusDays(1).toString())).isZero();
        assertThat(total("caseNumber", number, "from", Scenario.today().plusDays(1).toString())).isZero();
        assertThat(total("caseNumber", number, "from", Scenario.today().minusDays(1).toString(), "to",
                Scenario.today().plusDays(1).toString())).isEqualTo(1);
    }

    @Test
    void percentAndUnderscoreInASearchMatchOnlyThemselves() throws Exception {
        long id = scenario().registerAndFile(Scenario.person()).id();
        String number = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id);
        String party = jdbc.queryForObject("SELECT MIN(name) FROM party WHERE case_id = ?", String.class, id);
        assertThat(total("caseNumber", "%")).isZero();
        assertThat(total("caseNumber", "_")).isZero();
        assertThat(total("party", "%")).isZero();
        assertThat(total("party", "_")).isZero();
        assertThat(total("party", "\\")).isZero();
        // a real part still finds the case
        assertThat(total("caseNumber", number.substring(1, number.length() - 1))).isGreaterThanOrEqualTo(1);
        assertThat(total("party", party.substring(0, 1), "caseNumber", number)).isEqualTo(1);
    }

    @Test
    void aTextPlainBodyGets415ProblemJson() throws Exception {
        mvc.perform(post("/api/cases").with(httpBasic("zhangwei", "demo1234")).contentType(MediaType.TEXT_PLAIN)
                        .content("hello").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text/plain")))
                .andExpect(header().exists("Accept"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enf_case WHERE facts = 'hello'", Integer.class)).isZero();
    }

    static byte[] pdf() {
        byte[] bytes = new byte[600];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        byte[] mark = Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, bytes, 10, mark.length);
        return bytes;
    }

    ResultActions upload(long caseId, String type, String fileName, byte[] body) throws Exception {
        return mvc.perform(post("/api/cases/{id}/evidence", caseId).with(httpBasic("zhangwei", "demo1234"))
                .param("type", type).param("step", "Task_Investigation").param("fileName", fileName)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(body).header("Accept-Language", "zh-CN"));
    }

    int evidenceCount(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_item WHERE case_id = ?", Integer.class, caseId);
    }

    @Test
    void scriptsAndProgramsAreRefusedAsDocumentaryEvidenceWhateverTheirContent() throws Exception {
        long id = scenario().registerAndFile(Scenario.person()).id();
        byte[] script = "<script>new ActiveXObject('WScript.Shell').Run('calc')</script>".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("合同.hta", "run.bat", "a.js", "x.cmd", "x.vbs", "x.ps1", "setup.exe", "page.html",
                "x.svg", "x.jar", "photo.jpg.exe")) {
            upload(id, "DOCUMENTARY", name, script).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-file-kind-refused"))
                    .andExpect(jsonPath("$.field").value("fileName"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能作为证据上传")));
        }
        // a text file is still a document
        upload(id, "DOCUMENTARY", "情况说明.txt", "当事人书面说明。".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated());
        assertThat(evidenceCount(id)).isEqualTo(1);
    }

    @Test
    void aPhotoRefusedAsAudioVisualSaysWhereItBelongs() throws Exception {
        long id = scenario().registerAndFile(Scenario.person()).id();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload(id, "AUDIO_VISUAL", "现场.png", png).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-file-kind-not-allowed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("视听资料"), org.hamcrest.Matchers.containsString("书证"),
                        org.hamcrest.Matchers.containsString("物证"))));
        // a document is no audio-visual material either; a recording is not documentary evidence
        upload(id, "AUDIO_VISUAL", "笔录.pdf", pdf()).andExpect(status().isBadRequest());
        upload(id, "DOCUMENTARY", "录音.mp3", new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0})
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("视听资料")));
        upload(id, "PHYSICAL", "现场.png", png).andExpect(status().isCreated());
        assertThat(evidenceCount(id)).isEqualTo(1);
    }

    @Test
    void fileNamesWithDirectionOrInvisibleCharactersAreRefused() throws Exception {
        long id = scenario().registerAndFile(Scenario.person()).id();
        for (String name : List.of("invoice\u202Efdp.exe", "a\u202Db.pdf", "a\u2066b\u2069.pdf", "zero\u200Bwidth.pdf",
                "bom\uFEFF.pdf", "line\u2028sep.pdf", "rtl\u200Fmark.pdf")) {
            upload(id, "DOCUMENTARY", name, pdf()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-file-name-invalid"));
        }
        assertThat(evidenceCount(id)).isZero();
        upload(id, "DOCUMENTARY", "营业执照（副本）.pdf", pdf()).andExpect(status().isCreated());
    }

    String recordBody(Scenario s, String content) throws Exception {
        return json.writeValueAsString(new org.sanxiang.cases.InvestigationRecordInput(
                org.sanxiang.cases.InvestigationRecordInput.Kind.ON_SITE_INSPECTION, Scenario.today(), "三张镇人民路 18 号门前",
                List.of(s.officerId("zhangwei"), s.officerId("liqiang")), List.of("44190210001", "44190210002"), content));
    }

    ResultActions postRecord(long id, String body, String key) throws Exception {
        var request = post("/api/cases/{id}/investigation-records", id).with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    int records(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, id);
    }

    int recordEntries(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'INVESTIGATION_RECORD_ADDED'",
                Integer.class, id);
    }

    @Test
    void theSameRecordPostedTwiceMakesOneRow() throws Exception {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        String body = recordBody(s, "现场检查发现当事人占道摆摊约 6 平方米。");
        postRecord(id, body, null).andExpect(status().isCreated());
        postRecord(id, body, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:investigation-record-duplicate"));
        assertThat(records(id)).isEqualTo(1);
        assertThat(recordEntries(id)).isEqualTo(1);
        // another record is another row
        postRecord(id, recordBody(s, "复查：当事人已自行清理。"), null).andExpect(status().isCreated());
        assertThat(records(id)).isEqualTo(2);
    }

    @Test
    void anIdempotencyKeyReplayGetsTheSameAnswerAndAnotherBodyA409() throws Exception {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        String body = recordBody(s, "询问：当事人承认占道经营。");
        String first = postRecord(id, body, "rec-7f3a").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String replay = postRecord(id, body, "rec-7f3a").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(replay).isEqualTo(first);
        postRecord(id, recordBody(s, "另一份笔录。"), "rec-7f3a").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:idempotency-key-reused"));
        postRecord(id, recordBody(s, "再一份笔录。"), "bad key with spaces").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:idempotency-key-invalid"));
        assertThat(records(id)).isEqualTo(1);
        assertThat(recordEntries(id)).isEqualTo(1);
    }

    @Test
    void twoRacingPostsOfTheSameRecordMakeOneRowAndOneWinner() throws Exception {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        String body = recordBody(s, "并发提交的同一份笔录。");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(() -> postRecord(id, body, null).andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(st -> st == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(records(id)).isEqualTo(1);
    }
}
