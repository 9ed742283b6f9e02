package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.publicity.PublicityProperties.NamePolicy;

@Tag("no-db")
class RedactionTest {

    private final Redactor redactor = new Redactor();

    private static RedactionSubject person(String name, String id, String... others) {
        return new RedactionSubject("NATURAL_PERSON", name, id, null, null, List.of(others));
    }

    private Redacted redact(String text, RedactionSubject subject) {
        return redactor.redact(text, subject, NamePolicy.SURNAME_MOU);
    }

    @Test
    void removesEighteenDigitIdNumberEndingInX() {
        Redacted r = redact("当事人王某某（公民身份号码44190219850312123X）于2026年3月5日在三张镇占道经营。", person("王某某", null));
        assertThat(r.text()).doesNotContain("44190219850312123X").contains("公民身份号码***");
        assertThat(r.removed()).contains("ID_NUMBER");
    }

    @Test
    void removesLowercaseXAndFifteenDigitIdNumbers() {
        Redacted r = redact("身份证号：11010519491231002x；旧证号 441902850312123。", person("王某某", null));
        assertThat(r.text()).doesNotContain("11010519491231002x").doesNotContain("441902850312123");
    }

    @Test
    void removesThePartysOwnIdNumberEvenWhenMalformed() {
        Redacted r = redact("当事人证件号 A1234567。", person("王某某", "A1234567"));
        assertThat(r.text()).doesNotContain("A1234567");
    }

    @Test
    void removesMobileNumbersWithAndWithoutSeparators() {
        Redacted r = redact("联系电话13800138000，备用 139-2233-4455，另 +86 186 1234 5678 及 008615012345678。", person("王某某", null));
        assertThat(r.text()).doesNotContain("13800138000").doesNotContain("139-2233-4455").doesNotContain("186 1234 5678")
                .doesNotContain("15012345678");
        assertThat(r.removed()).contains("MOBILE");
    }

    @Test
    void removesLandlinesWithAreaCodes() {
        Redacted r = redact("单位电话0752-3381234，传真（020）87654321，总机 0755 8888 6666转201。", person("王某某", null));
        assertThat(r.text()).doesNotContain("3381234").doesNotContain("87654321").doesNotContain("8888 6666");
        assertThat(r.removed()).contains("LANDLINE");
    }

    @Test
    void keepsAddressDownToTownAndDropsVillageRoadAndNumber() {
        Redacted r = redact("当事人住广东省惠州市惠阳区三张镇石岭村东风路12号302室，经营场所位于三张镇人民路 18 号门前。",
                person("王某某", null));
        assertThat(r.text()).contains("广东省惠州市惠阳区三张镇").doesNotContain("石岭村").doesNotContain("东风路")
                .doesNotContain("12号").doesNotContain("302室").doesNotContain("人民路").doesNotContain("18 号");
        assertThat(r.removed()).contains("ADDRESS");
    }

    @Test
    void keepsStreetOfficeAsTownLevel() {
        Redacted r = redact("住惠州市惠城区江北街道水北社区5栋1单元301室。", person("王某某", null));
        assertThat(r.text()).contains("惠州市惠城区江北街道").doesNotContain("水北社区").doesNotContain("301室");
    }

    @Test
    void leavesLegalProvisionsAndDecisionNumbersAlone() {
        String text = "违反《城市市容和环境卫生管理条例》第十四条，依据三张综执罚决〔2026〕12号决定罚款200元，在城市道路上摆摊。";
        Redacted r = redact(text, person("王某某", null));
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void removesBankCardsOfSixteenToNineteenDigits() {
        Redacted r = redact("罚款由6222021234567890123账户转入，另一卡号 4367 4212 3456 7890，存折 6228480402564890018。",
                person("王某某", null));
        assertThat(r.text()).doesNotContain("6222021234567890123").doesNotContain("4367 4212 3456 7890")
                .doesNotContain("6228480402564890018");
        assertThat(r.removed()).contains("BANK_CARD");
    }

    @Test
    void removesLicencePlatesWithAndWithoutSeparatorAndNewEnergyPlates() {
        Redacted r = redact("使用粤G·12345号货车运输，另有粤G12345、新能源车粤BD12345及京A·F1234。", person("王某某", null));
        assertThat(r.text()).doesNotContain("粤G·12345").doesNotContain("粤G12345").doesNotContain("粤BD12345")
                .doesNotContain("京A·F1234");
        assertThat(r.removed()).contains("LICENCE_PLATE");
    }

    @Test
    void removesWitnessesNamesAndShortensThePartysName() {
        Redacted r = redact("证人李小红、赵大伟证实，王建国于当日在三张镇摆摊，王某某（化名）不在场。",
                person("王建国", null, "李小红", "赵大伟", "王某某"));
        assertThat(r.text()).doesNotContain("李小红").doesNotContain("赵大伟").doesNotContain("王建国")
                .contains("王某于当日").contains("王某某（化名）");
        assertThat(r.removed()).contains("PERSON_NAME", "PARTY_NAME");
    }

    @Test
    void removesNamesIntroducedByTheirRoleEvenWhenTheCaseDoesNotListThem() {
        Redacted r = redact("证人李小红（电话13912345678）在场，邻居张伟称当事人系初犯，其妻陈某某在场。", person("王某某", null));
        assertThat(r.text()).doesNotContain("李小红").doesNotContain("张伟").contains("其妻陈某某");
    }

    @Test
    void removesEveryNaturalPersonTheCaseNamesButKeepsTheOfficers() {
        String facts = "2026年4月3日，执法人员张伟、李强（执法证号44190210001、44190210002）在三张镇人民路巡查时发现，"
                + "当事人王某某在人民路18号门前摆摊经营。经询问，陈小明（系当事人雇员）称摊位系王某某所有；周杰、"
                + "刘德华均证实当事人已连续经营三日，欧阳娜娜当日也曾劝阻。王晓东到场后配合整改。";
        Redacted r = redact(facts, person("王某某", null, "陈小明", "周杰", "刘德华", "欧阳娜娜", "王晓东"));
        assertThat(r.text()).doesNotContain("陈小明", "周杰", "刘德华", "欧阳娜娜", "王晓东", "王某某")
                .contains("执法人员张伟、李强", "44190210001", "当事人王某", "***（系当事人雇员）");
        assertThat(r.removed()).contains("PERSON_NAME", "PARTY_NAME");
    }

    @Test
    void removesOtherPersonsInAnOrganisationsCaseButKeepsItsLegalRepresentative() {
        RedactionSubject company = new RedactionSubject("ORGANISATION", "三张镇某某建材有限公司", null, "91440101MA5CXXXX0X",
                "李建国", List.of("赵丽", "孙大伟"));
        Redacted r = redactor.redact("三张镇某某建材有限公司（法定代表人李建国）的员工孙大伟驾驶车辆倾倒建筑垃圾，"
                + "附近村民赵丽拍照举报。", company, NamePolicy.SURNAME_MOU);
        assertThat(r.text()).contains("三张镇某某建材有限公司", "法定代表人李建国").doesNotContain("孙大伟", "赵丽");
    }

    @Test
    void keepsFullPartyNameUnderFullNamePolicy() {
        Redacted r = redactor.redact("王建国于当日摆摊。", person("王建国", null), NamePolicy.FULL_NAME);
        assertThat(r.text()).isEqualTo("王建国于当日摆摊。");
    }

    @Test
    void namesNaturalPersonPartyBySurnamePlusMou() {
        assertThat(redactor.partyDisplay("NATURAL_PERSON", "王某某", NamePolicy.SURNAME_MOU)).isEqualTo("王某");
        assertThat(redactor.partyDisplay("NATURAL_PERSON", "王建国", NamePolicy.SURNAME_MOU)).isEqualTo("王某");
        assertThat(redactor.partyDisplay("NATURAL_PERSON", "欧阳春晓", NamePolicy.SURNAME_MOU)).isEqualTo("欧阳某");
        assertThat(redactor.partyDisplay("NATURAL_PERSON", "王建国", NamePolicy.FULL_NAME)).isEqualTo("王建国");
    }

    @Test
    void organisationKeepsNameCreditCodeAndLegalRepresentativeButLosesBankAccount() {
        RedactionSubject company = new RedactionSubject("ORGANISATION", "三张镇宏达建材有限公司", null, "914413007079123456",
                "李建华", List.of("陈小明"));
        Redacted r = redactor.redact("三张镇宏达建材有限公司（统一社会信用代码914413007079123456，法定代表人李建华）"
                + "经员工陈小明在工业园 3 号倾倒建筑垃圾，对公账户6222021234567890123。", company, NamePolicy.SURNAME_MOU);
        assertThat(r.text()).contains("三张镇宏达建材有限公司", "914413007079123456", "李建华")
                .doesNotContain("陈小明").doesNotContain("6222021234567890123").doesNotContain("工业园 3 号");
    }

    @Test
    void removesIdAndSpacedMobileFromMarkupAndKeepsDecisionNumberAndAmount() {
        Redacted r = redact("<td>11010519491231002X</td><td>138 0013 8000</td><td>三张综执罚决〔2026〕12号 罚款 200 元</td>",
                person("王某某", null));
        assertThat(r.text()).doesNotContain("11010519491231002X").doesNotContain("138 0013 8000")
                .contains("三张综执罚决〔2026〕12号 罚款 200 元");
        assertThat(r.removed()).contains("ID_NUMBER", "MOBILE");
    }
}
