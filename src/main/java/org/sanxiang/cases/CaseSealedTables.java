package org.sanxiang.cases;

import java.util.List;

import org.sanxiang.recording.SealedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cases module's rows sealed in the case's chain (G118 防删改): a decision (its number, kind, penalty types,
 * fine, confiscation, reasons, decider, date) is what the case page, the documents and publicity show, so a
 * changed row must not verify.
 */
@Configuration(proxyBeanMethods = false)
class CaseSealedTables {

    static final String DECISIONS = "case_decision";

    @Bean
    SealedTable caseDecisions() {
        return new SealedTable(DECISIONS, "decision_number", List.of("case_id", "decision_number", "kind", "penalty_types",
                "fine_amount", "confiscation_value", "reasons", "decided_by", "decided_on"));
    }
}
