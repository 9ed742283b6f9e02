package org.sanxiang.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.sanxiang.web.OtherBody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence on the case page (APL Art. 46): the upload form (multipart, CSRF) and its Chinese
 * messages, the list, playback with HTTP Range, re-verification and exclusion, for the signed-in
 * workspace; evidence follows case access.
 */
@SanxiangTest
public class EvidencePagesTest extends org.sanxiang.cases.CaseServices {

    /** The smallest PNG header the content sniffer recognises, padded. */
    static final byte[] PNG = png(600);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    long caseId;

    static RequestPostProcessor as(String username, String group) {
        return user(username).authorities(new SimpleGrantedAuthority(Roles.authority(group)));
    }

    public static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    @BeforeEach
    void newCase() {
        OtherBody.ensure(jdbc, identity);
        caseId = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
    }

    MockMultipartHttpServletRequestBuilder upload(String type, String fileName, byte[] content) {
        long zhang = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'zhangwei'", Long.class);
        long li = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'liqiang'", Long.class);
        MockMultipartHttpServletRequestBuilder req = multipart("/cases/{id}/evidence", caseId);
        req.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        req.param("type", type).param("step", "Task_Investigation").param("description", "占道摊位现场照片")
                .param("capturedAt", "2025-05-01T10:15").param("place", "三张镇人民路 18 号")
                .param("officerIds", String.valueOf(zhang), String.valueOf(li));
        req.with(csrf()).with(as("zhangwei", "officer"));
        return req;
    }

    String casePage(MvcResult redirect, String username, String group) throws Exception {
        // the redirect's flash attributes live in the session (Spring Session JDBC): follow with its cookie
        var request = get("/cases/{id}", caseId).with(as(username, group));
        jakarta.servlet.http.Cookie session = redirect.getResponse().getCookie("SESSION");
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long onlyEvidenceId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM evidence_item WHERE case_id = ?", Long.class, caseId);
    }

    @Test
    void aHandlerUploadsAPhotoAndTheCasePageListsItWithItsHashAndCapture() throws Exception {
        MvcResult r = mvc.perform(upload("PHYSICAL", "现场照片.png", PNG)).andExpect(status().isFound())
                .andExpect(header().string("Location", "/cases/" + caseId + "#evidence")).andReturn();
        assertThat(r.getFlashMap().get("evidenceOk")).asString().contains("证据已上传").contains("现场照片.png");
        String page = casePage(r, "zhangwei", "officer");
        assertThat(page).contains("id=\"evidence-list\"").contains("现场照片.png").contains("物证").contains("调查取证")
                .contains("2025-05-01 10:15").contains("三张镇人民路 18 号").contains("张伟、李强")
                .contains("证据已上传").contains("<img");
        String sha = jdbc.queryForObject("SELECT sha256 FROM evidence_item WHERE id = ?", String.class, onlyEvidenceId());
        assertThat(page).contains(sha.substring(0, 16));
        // the record has it too, in the same transaction
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'EVIDENCE_ADDED'",
                Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void explainsAnEmptyFileAWrongTypeAndAFileOverTheLimitInChinese() throws Exception {
        MvcResult empty = mvc.perform(upload("PHYSICAL", "空.png", new byte[0])).andExpect(status().isFound()).andReturn();
        assertThat(empty.getFlashMap().get("evidenceError")).asString().contains("证据文件为空");
        assertThat(casePage(empty, "zhangwei", "officer")).contains("id=\"evidence-error\"").contains("证据文件为空");

        MvcResult wrong = mvc.perform(upload("AUDIO_VISUAL", "照片.png", PNG)).andExpect(status().isFound()).andReturn();
        // the name tells first: a photo is no audio-visual material, and the message says where it belongs
        assertThat(wrong.getFlashMap().get("evidenceError")).asString().contains("照片.png").contains("视听资料")
                .contains("不能").contains("物证");
        // a photo's bytes under an audio-visual name: the detected content is named
        MvcResult disguised = mvc.perform(upload("AUDIO_VISUAL", "照片.mp4", PNG)).andExpect(status().isFound()).andReturn();
        assertThat(disguised.getFlashMap().get("evidenceError")).asString().contains("image/png").contains("视听资料")
                .contains("不是");

        // the test configuration allows 64 KB for expert opinions
        MvcResult large = mvc.perform(upload("EXPERT_OPINION", "鉴定.pdf", pdf(70 * 1024))).andExpect(status().isFound())
                .andReturn();
        assertThat(large.getFlashMap().get("evidenceError")).asString().contains("鉴定意见").contains("不得超过");

        MvcResult noType = mvc.perform(upload("", "a.png", PNG)).andExpect(status().isFound()).andReturn();
        assertThat(noType.getFlashMap().get("evidenceError")).asString().contains("请选择证据种类");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_item WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void answersAnHtmxUploadWithTheRefreshedEvidenceCard() throws Exception {
        String card = mvc.perform(upload("PHYSICAL", "htmx.png", PNG).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn().getResponse().getContentAsString();
        assertThat(card).startsWith("<div class=\"card\" id=\"evidence\"").doesNotContain("<html").contains("htmx.png")
                .contains("证据已上传");
        MvcResult error = mvc.perform(upload("AUDIO_VISUAL", "htmx.png", PNG).header("HX-Request", "true"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(error.getResponse().getContentAsString()).contains("id=\"evidence-error\"").contains("视听资料");
    }

    @Test
    void playsBackWithRangesAndFollowsCaseAccess() throws Exception {
        mvc.perform(upload("PHYSICAL", "现场照片.png", PNG)).andExpect(status().isFound());
        long id = onlyEvidenceId();
        String content = "/cases/" + caseId + "/evidence/" + id + "/content";
        MvcResult part = mvc.perform(get(content).header("Range", "bytes=0-7").with(as("zhangwei", "officer")))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-7/" + PNG.length))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("image/png"))).andReturn();
        assertThat(part.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOf(PNG, 8));
        mvc.perform(get(content).param("download", "true").with(as("liqiang", "officer"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        // head, reviewer and supervisor read; an officer of the body who is no handler does not; another body's officer finds nothing
        mvc.perform(get(content).with(as("liuyang", "head"))).andExpect(status().isOk());
        mvc.perform(get(content).with(as("chenjing", "reviewer"))).andExpect(status().isOk());
        mvc.perform(get(content).with(as("sunli", "supervisor"))).andExpect(status().isOk());
        mvc.perform(get(content).with(as("wangfang", "officer"))).andExpect(status().isForbidden());
        mvc.perform(get(content).with(as(OtherBody.USERNAME, "officer"))).andExpect(status().isNotFound());
        mvc.perform(get(content)).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        // an item addressed under another case is not found
        long other = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        mvc.perform(get("/cases/" + other + "/evidence/" + id + "/content").with(as("zhangwei", "officer")))
                .andExpect(status().isNotFound());
        // the case page of a non-handler says why the list is not shown
        assertThat(mvc.perform(get("/cases/{id}", caseId).with(as("wangfang", "officer"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"evidence-not-permitted\"").doesNotContain("id=\"evidence-list\"");
        // and only handlers upload
        mvc.perform(upload("PHYSICAL", "x.png", PNG).with(as("liuyang", "head"))).andExpect(status().isForbidden());
    }

    @Test
    void reVerifiesAndExcludesWithAReasonForHandlersOnly() throws Exception {
        mvc.perform(upload("PHYSICAL", "现场照片.png", PNG)).andExpect(status().isFound());
        long id = onlyEvidenceId();
        String base = "/cases/" + caseId + "/evidence/" + id;
        MvcResult verified = mvc.perform(post(base + "/verification").with(csrf()).with(as("chenjing", "reviewer")))
                .andExpect(status().isFound()).andReturn();
        assertThat(verified.getFlashMap().get("evidenceOk")).asString().contains("校验通过");

        mvc.perform(post(base + "/exclusion").param("reason", "x").with(csrf()).with(as("chenjing", "reviewer")))
                .andExpect(status().isForbidden());
        MvcResult noReason = mvc.perform(post(base + "/exclusion").param("reason", " ").with(csrf())
                .with(as("zhangwei", "officer"))).andExpect(status().isFound()).andReturn();
        assertThat(noReason.getFlashMap().get("evidenceError")).asString().contains("请填写排除理由");
        MvcResult excluded = mvc.perform(post(base + "/exclusion").param("reason", "拍摄时未表明身份，以非法手段取得").with(csrf())
                .with(as("zhangwei", "officer"))).andExpect(status().isFound()).andReturn();
        assertThat(excluded.getFlashMap().get("evidenceOk")).asString().contains("已排除证据");
        assertThat(casePage(excluded, "liuyang", "head")).contains("已排除").contains("拍摄时未表明身份，以非法手段取得");
        MvcResult again = mvc.perform(post(base + "/exclusion").param("reason", "again").with(csrf())
                .with(as("liuyang", "head"))).andExpect(status().isFound()).andReturn();
        assertThat(again.getFlashMap().get("evidenceError")).asString().contains("已被排除");
    }
}
