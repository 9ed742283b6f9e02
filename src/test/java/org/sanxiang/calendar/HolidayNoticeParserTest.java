package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The schema rules an uploaded holiday file is checked against, each naming the field at fault. */
@Tag("no-db")
class HolidayNoticeParserTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "year mismatch     | {\"year\":2030,\"papers\":[],\"days\":[]}                                                    | year",
            "year missing      | {\"papers\":[],\"days\":[]}                                                                  | year",
            "papers missing    | {\"year\":2031,\"days\":[]}                                                                  | papers",
            "days not an array | {\"year\":2031,\"papers\":[],\"days\":{}}                                                    | days",
            "invalid date      | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"春节\",\"date\":\"2031-02-30\",\"isOffDay\":true}]} | days[0].date",
            "not ISO date      | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"春节\",\"date\":\"2031/02/03\",\"isOffDay\":true}]} | days[0].date",
            "date out of range | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"春节\",\"date\":\"2033-01-01\",\"isOffDay\":true}]} | days[0].date",
            "isOffDay string   | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"春节\",\"date\":\"2031-02-03\",\"isOffDay\":\"true\"}]} | days[0].isOffDay",
            "blank name        | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"  \",\"date\":\"2031-02-03\",\"isOffDay\":true}]} | days[0].name",
            "duplicate date    | {\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"a\",\"date\":\"2031-02-03\",\"isOffDay\":true},{\"name\":\"b\",\"date\":\"2031-02-03\",\"isOffDay\":false}]} | days[1].date",
    })
    void rejectsFileNamingTheField(String why, String file, String field) throws Exception {
        assertThatThrownBy(() -> HolidayNoticeParser.parse(json.readTree(file), 2031))
                .isInstanceOfSatisfying(HolidayFileRejected.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.slug()).isEqualTo("holiday-file-invalid");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"year\":2031,\"papers\":[\"https://www.gov.cn/x\"],\"days\":[{\"name\":\"元旦\",\"date\":\"2030-12-31\",\"isOffDay\":true},{\"name\":\"春节\",\"date\":\"2031-01-26\",\"isOffDay\":false}]}"})
    void acceptsDatesOfTheAdjacentYearAndMakeUpDays(String file) throws Exception {
        HolidayNotice notice = HolidayNoticeParser.parse(json.readTree(file), 2031);

        assertThat(notice.published()).isTrue();
        assertThat(notice.days()).extracting(HolidayNotice.Day::offDay).containsExactly(true, false);
    }
}
