package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bpmn/major-decision.dmn and bpmn/hearing-right.dmn at every threshold edge (just below, at, just
 * above) for both party types, with the default thresholds passed as the engine passes them.
 */
@Tag("no-db")
class DecisionTablesTest {

    static DmnEngine engine;
    static DmnDecision major;
    static DmnDecision hearing;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream m = Files.newInputStream(Path.of("bpmn/major-decision.dmn"));
                InputStream h = Files.newInputStream(Path.of("bpmn/hearing-right.dmn"))) {
            major = engine.parseDecision("major-decision", m);
            hearing = engine.parseDecision("hearing-right", h);
        }
    }

    static Map<String, Object> vars(String partyKind, Double fine, Double confiscation, String types) {
        Map<String, Object> v = new HashMap<>();
        v.put("partyKind", partyKind);
        v.put("fineAmount", fine);
        v.put("confiscationValue", confiscation);
        v.put("penaltyTypes", types);
        v.put("hearingHeld", false);
        v.put("majorPublicInterest", false);
        v.put("majorSocialImpact", false);
        v.put("seriousOrComplex", false);
        v.put("outsideDiscretionBenchmark", false);
        v.put("majorFineNaturalPerson", 5000.0);
        v.put("majorFineOrganisation", 50000.0);
        v.put("hearingThresholdNaturalPerson", 5000.0);
        v.put("hearingThresholdOrganisation", 100000.0);
        return v;
    }

    static boolean decide(DmnDecision decision, Map<String, Object> v) {
        return engine.evaluateDecisionTable(decision, v).getSingleResult().getSingleEntry();
    }

    @ParameterizedTest(name = "{0} fined {1} yuan is major: {2}")
    @CsvSource({
            "NATURAL_PERSON, 4999.99, false", "NATURAL_PERSON, 5000, true", "NATURAL_PERSON, 5000.01, true",
            "ORGANISATION, 49999.99, false", "ORGANISATION, 50000, true", "ORGANISATION, 50000.01, true"})
    void majorDecisionByFineAmount(String kind, double fine, boolean expected) {
        assertThat(decide(major, vars(kind, fine, null, "FINE"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with confiscation of {1} yuan is major: {2}")
    @CsvSource({
            "NATURAL_PERSON, 4999.99, false", "NATURAL_PERSON, 5000, true",
            "ORGANISATION, 49999.99, false", "ORGANISATION, 50000, true"})
    void majorDecisionByConfiscationValue(String kind, double value, boolean expected) {
        assertThat(decide(major, vars(kind, null, value, "CONFISCATE_PROPERTY"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} makes a small fine major")
    @CsvSource({"REVOKE_LICENCE", "LOWER_QUALIFICATION", "ORDER_SUSPENSION", "ORDER_CLOSURE"})
    void heavyPenaltyTypesAreMajorWhateverTheAmount(String type) {
        assertThat(decide(major, vars("ORGANISATION", 100.0, null, "FINE," + type))).isTrue();
        assertThat(decide(major, vars("ORGANISATION", 100.0, null, "FINE,WARNING"))).isFalse();
    }

    @ParameterizedTest(name = "flag {0} makes a decision major")
    @CsvSource({"hearingHeld", "majorPublicInterest", "majorSocialImpact", "seriousOrComplex", "outsideDiscretionBenchmark"})
    void catalogueFlagsMakeADecisionMajor(String flag) {
        Map<String, Object> v = vars("NATURAL_PERSON", 100.0, null, "FINE");
        assertThat(decide(major, v)).isFalse();
        v.put(flag, true);
        assertThat(decide(major, v)).isTrue();
    }

    @ParameterizedTest(name = "{0} fined {1} yuan may ask for a hearing: {2}")
    @CsvSource({
            "NATURAL_PERSON, 4999.99, false", "NATURAL_PERSON, 5000, true", "NATURAL_PERSON, 5000.01, true",
            "ORGANISATION, 99999.99, false", "ORGANISATION, 100000, true", "ORGANISATION, 100000.01, true"})
    void hearingRightByFineAmount(String kind, double fine, boolean expected) {
        assertThat(decide(hearing, vars(kind, fine, null, "FINE"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} gives the hearing right")
    @CsvSource({"LOWER_QUALIFICATION", "REVOKE_LICENCE", "ORDER_SUSPENSION", "ORDER_CLOSURE", "RESTRICT_ACTIVITIES",
            "RESTRICT_PRACTICE"})
    void heavyPenaltyTypesGiveTheHearingRight(String type) {
        assertThat(decide(hearing, vars("NATURAL_PERSON", null, null, type))).isTrue();
    }

    @ParameterizedTest(name = "warning only gives no hearing right")
    @CsvSource({"NATURAL_PERSON", "ORGANISATION"})
    void warningGivesNoHearingRight(String kind) {
        assertThat(decide(hearing, vars(kind, null, null, "WARNING"))).isFalse();
    }

    @ParameterizedTest(name = "{0} with confiscation of {1} may ask for a hearing: {2}")
    @CsvSource({"NATURAL_PERSON, 4999.99, false", "NATURAL_PERSON, 5000, true", "ORGANISATION, 99999.99, false",
            "ORGANISATION, 100000, true"})
    void hearingRightByConfiscationValue(String kind, double value, boolean expected) {
        assertThat(decide(hearing, vars(kind, null, value, "CONFISCATE_ILLEGAL_GAINS"))).isEqualTo(expected);
    }
}
