package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;

class CertificateCsvApiTest extends OfficerApiSupport {

    static final String OFFICER_HEADER = "body_code,username,name,position,legal_qualification_number,legal_qualification_date\n";
    static final String CERT_HEADER = "number,holder_username,issuing_authority,categories,area,valid_from,valid_to,status,annual_review_due\n";

    ResultActions importCsv(String path, String csv) throws Exception {
        return mvc.perform(post(path).with(httpBasic("admin", "demo1234"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    String export(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("admin", "demo1234"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void importsAGoodFileOfOfficersAndTheirCertificates() throws Exception {
        String u1 = uniqueUsername("csv");
        String u2 = uniqueUsername("csv");
        String n1 = uniqueNumber();
        String n2 = uniqueNumber();
        importCsv("/api/officers/csv", OFFICER_HEADER
                + "SZZ," + u1 + ",周一,执法队员,,\n"
                + "SZZ," + u2 + ",吴二,法制审核员,A" + n2 + ",2019-03-01\n")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        importCsv("/api/certificates/csv", CERT_HEADER
                + n1 + "," + u1 + ",某省人民政府,城乡规划;市容环卫,三张镇,2025-01-01,2029-12-31,VALID,2026-06-30\n"
                + n2 + "," + u2 + ",某省人民政府,固体废物,三张镇,2025-01-01,2029-12-31,,\n")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));

        Officer first = directory.officerByUsername(u1).orElseThrow();
        assertThat(directory.certificatesOf(first.id())).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(n1);
            assertThat(c.categories()).containsExactly("城乡规划", "市容环卫");
            assertThat(c.annualReviewDue()).hasToString("2026-06-30");
        });
        assertThat(directory.requireQualifiedReviewer(u2, today()).certificateNumber()).isEqualTo("A" + n2);
    }

    @Test
    void rejectsAFileWithBadRowsListingEachRowAndWritesNothing() throws Exception {
        String good = uniqueUsername("csvok");
        importCsv("/api/officers/csv", OFFICER_HEADER + "SZZ," + good + ",郑三,执法队员,,\n").andExpect(status().isOk());
        String existing = uniqueNumber();
        createCertificate(directory.officerByUsername(good).orElseThrow().id(), existing, List.of("城乡规划"), today(),
                today().plusYears(5));
        String fine = uniqueNumber();
        String twice = uniqueNumber();
        String csv = CERT_HEADER
                + fine + "," + good + ",某省人民政府,城乡规划,三张镇,2025-01-01,2029-12-31,VALID,\n"      // line 2: fine
                + existing + "," + good + ",某省人民政府,城乡规划,三张镇,2025-01-01,2029-12-31,VALID,\n"  // line 3: number taken
                + twice + "," + good + ",某省人民政府,城乡规划,三张镇,2025-01-01,2024-12-31,VALID,\n"     // line 4: to < from
                + twice + "," + good + ",某省人民政府,星际航行,三张镇,2025-01-01,2029-12-31,VALID,\n"     // line 5: dup in file + category
                + uniqueNumber() + "," + good + ",某省人民政府,城乡规划\n"                              // line 6: malformed row
                + uniqueNumber() + ",nobody-" + fine + ",某省人民政府,城乡规划,三张镇,2025-13-01,2029-12-31,VALID,\n"; // line 7

        String response = importCsv("/api/certificates/csv", csv)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:csv-import-rejected"))
                .andExpect(jsonPath("$.article").value("APL Art. 42"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode errors = json.readTree(response).get("errors");
        List<String> rowsAndCodes = new ArrayList<>();
        errors.forEach(e -> rowsAndCodes.add(e.get("row").asInt() + ":" + e.get("code").asText()));
        assertThat(rowsAndCodes).contains("3:duplicate-certificate-number", "4:valid-to-before-valid-from",
                "5:duplicate-certificate-number", "5:unknown-enforcement-category", "6:csv-column-count", "7:unknown-officer",
                "7:bad-date")
                .noneMatch(s -> s.startsWith("2:"));
        errors.forEach(e -> assertThat(e.get("reason").asText()).isNotBlank());
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(directory.certificatesOf(directory.officerByUsername(good).orElseThrow().id()))
                .extracting(Certificate::number).containsExactly(existing);
    }

    @Test
    void reportsAMalformedRowByItsLine() throws Exception {
        String u = uniqueUsername("csvmal");
        importCsv("/api/officers/csv", OFFICER_HEADER + "SZZ," + u + ",钱四,执法队员,,\nSZZ,only-three,孙五\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("csv-column-count"));
        assertThat(directory.officerByUsername(u)).isEmpty();
    }

    @Test
    void rejectsAnOfficerFileWithAnUnknownBodyAndADuplicateUsername() throws Exception {
        String u = uniqueUsername("csvdup");
        importCsv("/api/officers/csv", OFFICER_HEADER + "SZZ," + u + ",钱四,执法队员,,\nXXX," + u + ",钱四,执法队员,,\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "unknown-enforcement-body", "duplicate-username")));
        assertThat(directory.officerByUsername(u)).isEmpty();
    }

    @Test
    void exportsWhatWasImported() throws Exception {
        String u = uniqueUsername("csvrt");
        String n = uniqueNumber();
        String officerRow = "SZZ," + u + ",\"冯六, 组长\",执法中队长,A" + n + ",2020-09-01";
        String certRow = n + "," + u + ",某省人民政府,城乡规划;固体废物,三张镇,2024-03-01,2029-02-28,VALID,2026-03-01";
        importCsv("/api/officers/csv", OFFICER_HEADER + officerRow + "\n").andExpect(status().isOk());
        importCsv("/api/certificates/csv", CERT_HEADER + certRow + "\n").andExpect(status().isOk());

        CSVRecord officer = parse(export("/api/officers/csv")).stream().filter(r -> r.get("username").equals(u))
                .findFirst().orElseThrow();
        CSVRecord certificate = parse(export("/api/certificates/csv")).stream().filter(r -> r.get("number").equals(n))
                .findFirst().orElseThrow();

        assertThat(officer.toList()).isEqualTo(parse(OFFICER_HEADER + officerRow).get(0).toList());
        assertThat(certificate.toList()).isEqualTo(parse(CERT_HEADER + certRow).get(0).toList());
        assertThat(officer.get("name")).isEqualTo("冯六, 组长");
    }

    @Test
    void importIsForTheAdministratorOnly() throws Exception {
        mvc.perform(post("/api/officers/csv").with(httpBasic("liuyang", "demo1234"))
                .contentType("text/csv").content(OFFICER_HEADER + "SZZ,x,y,z,,\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/officers/csv").contentType("text/csv").content(OFFICER_HEADER))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void answersInEnglishOnRequest() throws Exception {
        mvc.perform(post("/api/certificates/csv").with(httpBasic("admin", "demo1234")).header("Accept-Language", "en")
                .contentType("text/csv").content("number,holder_username\n1,2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("csv-missing-columns"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.startsWith("CSV columns missing: ")));
    }

}
