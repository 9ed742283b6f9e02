package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-db")
class NamedPersonsTest {

    @Test
    void readsTheNamesA笔录Labels() {
        String inquiry = """
                询问笔录
                时间：2026年4月3日 9时10分至9时40分  地点：三张镇人民路18号门前
                询问人：张伟、李强  记录人：李强
                被询问人：陈小明  性别：男  年龄：35岁  工作单位：无
                见证人：周杰、刘德华
                在场人：无
                被检查人：三张镇某某建材有限公司
                问：我们是三张镇综合行政执法办公室的执法人员……
                翻译人员：阿依古丽·买买提
                """;
        assertThat(NamedPersons.labelledIn(inquiry)).containsExactly("陈小明", "周杰", "刘德华", "阿依古丽·买买提");
        assertThat(NamedPersons.labelledIn("被询问人：本人。证人：拒绝签字，")).isEmpty();
        assertThat(NamedPersons.labelledIn(null)).isEmpty();
    }

    @Test
    void keepsThePartyTheOfficersAndAnonymisedNamesOut() {
        assertThat(NamedPersons.others(List.of("陈小明", "王某某", "张伟", "陈小明", "李某", " 周杰 ", "本人", "X"), "王某某",
                Set.of("张伟", "李强"))).containsExactly("陈小明", "周杰");
    }
}
