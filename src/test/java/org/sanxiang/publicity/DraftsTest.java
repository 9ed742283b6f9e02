package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.Due;
import org.sanxiang.cases.DecisionMade;
import org.sanxiang.publicity.PublicityProperties.NamePolicy;
import org.sanxiang.publicity.persistence.PublicationInputRow;
import org.sanxiang.publicity.persistence.PublicationRow;

/** The draft's rules without Spring: the stored decision, the published content, the redacted row. */
@Tag("no-db")
class DraftsTest {

    static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);

    static PublicityProperties properties(boolean publishWarningOnly) {
        return new PublicityProperties(NamePolicy.SURNAME_MOU, publishWarningOnly, new BigDecimal("10000"), Period.ofMonths(3),
                Period.ofYears(3));
    }

    static DecisionMade decision(String kind, List<String> types, BigDecimal fine, List<String> others) {
        return new DecisionMade(7, 3, "三张综执立〔2025〕1号", "三张综执罚〔2025〕1号", kind, DECIDED, "NATURAL_PERSON", "王某某",
                PublicityFixtures.PARTY_ID, null, null, "占道经营", PublicityFixtures.FACTS, "《城市市容和环境卫生管理条例》第十四条",
                "第三十六条", types, fine, "当事人初次违法", "liuyang", others);
    }

    @Test
    void theStoredDecisionKeepsEveryFieldTheRedactionNeeds() {
        PublicationInputRow in = Drafts.input(decision("PENALTY", List.of("WARNING", "FINE"), new BigDecimal("200"),
                List.of("李小红", "赵大")), LocalDateTime.of(2025, 3, 3, 10, 0));

        assertThat(in.decisionNumber).isEqualTo("三张综执罚〔2025〕1号");
        assertThat(in.caseId).isEqualTo(7);
        assertThat(in.bodyId).isEqualTo(3);
        assertThat(in.partyIdNumber).isEqualTo(PublicityFixtures.PARTY_ID);
        assertThat(Drafts.penaltyTypes(in)).containsExactly("WARNING", "FINE");
        assertThat(Drafts.otherPersons(in)).containsExactly("李小红", "赵大");
    }

    @Test
    void noOtherPersonsAndNoPenaltyTypesStoreAsEmpty() {
        PublicationInputRow in = Drafts.input(decision("NO_PENALTY", null, null, null), LocalDateTime.now());
        assertThat(Drafts.penaltyTypes(in)).isEmpty();
        assertThat(Drafts.otherPersons(in)).isEmpty();
    }

    @Test
    void penaltyContentNamesEachPenaltyAndTheFineInYuan() {
        assertThat(Drafts.penaltyContent("PENALTY", List.of("WARNING", "FINE"), new BigDecimal("800.00"), null))
                .isEqualTo("警告；罚款 800 元。");
        assertThat(Drafts.penaltyContent("PENALTY", List.of("FINE"), null, null)).isEqualTo("罚款。");
        assertThat(Drafts.penaltyContent("PENALTY", List.of("SOMETHING_ELSE"), null, null)).isEqualTo("SOMETHING_ELSE。");
        assertThat(Drafts.penaltyContent("NO_PENALTY", List.of(), null, "初次违法且危害后果轻微"))
                .isEqualTo("不予行政处罚。初次违法且危害后果轻微");
        assertThat(Drafts.penaltyContent("NO_PENALTY", List.of(), null, null)).isEqualTo("不予行政处罚。");
    }

    @Test
    void penaltiesHaveTheSevenDayRuleAndEverythingElseTheTwentyDayRule() {
        assertThat(Drafts.dueRule("PENALTY")).isEqualTo(Drafts.RULE_PENALTY);
        assertThat(Drafts.dueRule("SUMMARY_PENALTY")).isEqualTo(Drafts.RULE_PENALTY);
        assertThat(Drafts.dueRule("NO_PENALTY")).isEqualTo(Drafts.RULE_OTHER);
        assertThat(Drafts.dueRule(null)).isEqualTo(Drafts.RULE_OTHER);
    }

    @Test
    void composesARedactedDraftOfANaturalPersonsDecision() {
        PublicationInputRow in = Drafts.input(decision("SUMMARY_PENALTY", List.of("FINE"), new BigDecimal("200"),
                List.of("李小红")), LocalDateTime.now());
        in.partyCreditCode = "91440101MA5CXXXX0X"; // a natural person's draft never shows one
        PublicationRow row = Drafts.compose(in, new Redactor(), properties(true), new Due("publication-penalty", "G118", DECIDED, LocalDate.of(2025, 3, 12), false),
                "三张镇综合行政执法队");

        assertThat(row.status).isEqualTo("DRAFT");
        assertThat(row.blockReason).isNull();
        assertThat(row.partyDisplay).isEqualTo("王某");
        assertThat(row.creditCode).isNull();
        assertThat(row.violation).doesNotContain(PublicityFixtures.PARTY_ID, "李小红", "13912345678");
        assertThat(row.penaltyContent).isEqualTo("罚款 200 元。");
        assertThat(row.redactedFields).contains("ID_NUMBER", "PERSON_NAME");
        assertThat(row.dueRule).isEqualTo("publication-penalty");
        assertThat(row.dueDate).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(row.bodyName).isEqualTo("三张镇综合行政执法队");
    }

    @Test
    void aWarningOnlyDecisionIsBlockedAtOnceOnlyWhereTheOfficeSoConfigures() {
        PublicationInputRow in = Drafts.input(decision("SUMMARY_PENALTY", List.of("WARNING"), null, List.of()),
                LocalDateTime.now());
        Due due = new Due("publication-penalty", "G118", DECIDED, LocalDate.of(2025, 3, 12), false);

        PublicationRow blocked = Drafts.compose(in, new Redactor(), properties(false), due, "队");
        assertThat(blocked.status).isEqualTo("BLOCKED");
        assertThat(blocked.blockReason).isEqualTo("WARNING_ONLY");

        PublicationRow published = Drafts.compose(in, new Redactor(), properties(true), due, "队");
        assertThat(published.status).isEqualTo("DRAFT");
        assertThat(published.blockReason).isNull();
    }
}
