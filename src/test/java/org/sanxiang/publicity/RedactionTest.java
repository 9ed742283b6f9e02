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

    @Test
    void removesDatesOfBirthButKeepsTheDatesOfTheCase() {
        Redacted r = redact("当事人王某某，男，1985年3月12日出生，另记出生日期：1985.03.12，其兄生于1979年6月；"
                + "2026年3月5日在三张镇摆摊，2026年3月20日作出决定。", person("王某某", null));
        assertThat(r.text()).doesNotContain("1985年3月12日", "1985.03.12", "1979年6月")
                .contains("***出生", "2026年3月5日", "2026年3月20日");
        assertThat(r.removed()).contains("DATE_OF_BIRTH");
    }

    @Test
    void removesEmailAddressesAndWeChatAndQqAccounts() {
        Redacted r = redact("电子邮箱wang.jg1985@163.com，微信号：wxid_k3j2h1，QQ号 284756391，微信 lxh-1990。", person("王某某", null));
        assertThat(r.text()).doesNotContain("wang.jg1985@163.com", "wxid_k3j2h1", "284756391", "lxh-1990");
        assertThat(r.removed()).contains("EMAIL", "SOCIAL_ACCOUNT");
    }

    @Test
    void removesHongKongMacauTaiwanPermitsAndPassports() {
        Redacted r = redact("港澳居民来往内地通行证号码H60321457，回乡证M1234567801，台湾居民来往大陆通行证号码03127788，"
                + "往来港澳通行证C58237164，护照号码E52148736，护照EA3214567，外国人永久居留身份证号码USA440123456789，"
                + "港澳台居民居住证号码810000199001011234。", person("王某某", null));
        assertThat(r.text()).doesNotContain("H60321457", "M1234567801", "03127788", "C58237164", "E52148736", "EA3214567",
                "USA440123456789", "810000199001011234");
        assertThat(r.removed()).contains("TRAVEL_DOCUMENT", "ID_NUMBER");
    }

    @Test
    void removesPhoneNumbersOfHongKongMacauTaiwanAndAbroad() {
        Redacted r = redact("手机+852 9123 4567，(852)6123 4567，澳门 +853 6612 3456，00853-61752806，台湾 +886 912 345 678、"
                + "0912-345-678，另 +1 415 555 0134。", person("王某某", null));
        assertThat(r.text()).doesNotContain("9123 4567", "6123 4567", "6612 3456", "61752806", "912 345 678", "0912-345-678",
                "415 555 0134");
        assertThat(r.removed()).contains("PHONE_ABROAD");
    }

    @Test
    void findsNumbersWrittenInFullWidthDigits() {
        Redacted r = redact("身份证号码４４１３０２１９６８０３１５４８２６，手机１３５２２３３４４５５，住三张镇石岭村５组１２号。",
                person("王某某", null));
        assertThat(r.text()).doesNotContain("４４１３０２", "１３５２２３３４４５５", "５组", "１２号")
                .contains("三张镇");
        assertThat(r.removed()).contains("ID_NUMBER", "MOBILE", "ADDRESS");
    }

    @Test
    void removesRelativesEmployeesDriversAndAgentsNamedInTheText() {
        Redacted r = redact("其兄王建华在场；其子王小军代为签收；雇员陈小明称摊位系当事人所有；驾驶员刘振东驾驶粤L·D2345号货车；"
                + "委托代理人黎莲代为提交陈述；当事人之妻蔡雅婷、其女儿王思雨均在场；其妻陈某某在场。", person("王建国", null));
        assertThat(r.text()).doesNotContain("王建华", "王小军", "陈小明", "刘振东", "黎莲", "蔡雅婷", "王思雨", "粤L·D2345")
                .contains("其妻陈某某");
        assertThat(r.removed()).contains("PERSON_NAME", "LICENCE_PLATE");
    }

    @Test
    void removesNamesAfterRecordLabelsInTheFacts() {
        Redacted r = redact("现场检查笔录见证人：李小红、赵大伟；询问笔录（被询问人：孙丽娟）；在场人：钱某某。", person("王某某", null));
        assertThat(r.text()).doesNotContain("李小红", "赵大伟", "孙丽娟").contains("见证人：***、***", "被询问人：***", "在场人：钱某某");
    }

    @Test
    void aNameFoundOnceGoesEverywhere() {
        Redacted r = redact("证人李小红证实当事人连续经营三日。李小红另提交照片3张。", person("王某某", null));
        assertThat(r.text()).doesNotContain("李小红").contains("***另提交照片");
    }

    @Test
    void keepsTheOfficersEvenWhereTheyAppearWithoutTheirRole() {
        Redacted r = redact("执法人员黄志诚、邓晓岚到场检查。黄志诚向当事人出示执法证件，邓晓岚全程录像；证人李小红在场。",
                person("王某某", null));
        assertThat(r.text()).contains("黄志诚向当事人", "邓晓岚全程录像", "执法人员黄志诚、邓晓岚").doesNotContain("李小红");
    }

    @Test
    void keepsTheOfficesOwnAddressAndPublicPlacesOfTheAct() {
        Redacted r = redact("当事人在三张镇人民路与建设路交叉路口、三张镇文化广场东侧及三张镇沿江路摆摊。"
                + "本机关地址：惠州市惠阳区三张镇政府路1号。三张镇人民政府（地址：三张镇人民路88号）。", person("王某某", null));
        assertThat(r.text()).contains("三张镇人民路与建设路交叉路口", "三张镇文化广场东侧", "三张镇沿江路",
                "本机关地址：惠州市惠阳区三张镇政府路1号", "（地址：三张镇人民路88号）");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void removesAHouseNumberAtThePlaceOfTheActAndAnyResidenceButNotTheRoadAlone() {
        Redacted r = redact("当事人住三张镇新圩村老屋场7号，在三张镇石岭村东风路52号屋顶加建铁皮房，并在三张镇东风路沿线堆放建材。",
                person("王某某", null));
        assertThat(r.text()).doesNotContain("新圩村", "老屋场7号", "石岭村东风路52号").contains("屋顶加建", "三张镇东风路沿线");
    }

    @Test
    void findsNamesNoRoleIntroducesByTheRecogniser() {
        String text = "经查，当事人在三张镇步行街摆摊。市场管理员邱海燕制止未果，周志坚、刘德贤均证实当事人已连续经营三日。";
        assertThat(redactor.redact(text, person("王某某", null), NamePolicy.SURNAME_MOU).text())
                .doesNotContain("邱海燕", "周志坚").contains("三张镇步行街");
    }
}
