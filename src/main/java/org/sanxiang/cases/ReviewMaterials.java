package org.sanxiang.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Problem;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewRound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * Assembles the legal-review materials of a case (G118; RULES §4) — statement of the proposed
 * decision, each officer's certificate checked on the date they acted, the investigation report,
 * the records with their chain hashes, the hearing record — and opens a review round with them.
 * The round's 7-working-day clock starts now: complete materials are submitted automatically.
 */
@Component
@RequiredArgsConstructor
public class ReviewMaterials {

    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final LegalReviews reviews;
    private final CaseRecord record;
    private final StepDeadlines deadlines;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.sanxiang.cases.persistence.DiscretionMapper discretion;

    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewRound submit(long caseId, String processInstanceId) {
        Map<String, Object> materials = assemble(caseId);
        ReviewRound round = reviews.openRound(caseId, processInstanceId, materials);
        deadlines.restart(caseId, "legal-review", LocalDate.now(clock));
        record.append(caseId, new Act("REVIEW_SUBMITTED", "ServiceTask_AssembleMaterials", "system", "APL Art. 58",
                "提请法制审核（第 " + round.round() + " 轮），审核材料已汇集", Map.of("round", round.round())));
        return round;
    }

    Map<String, Object> assemble(long caseId) {
        CaseEntity c = cases.selectCaseById(caseId);
        Matter matter = officers.matter(c.matterId);
        EnforcementBody body = officers.body(c.bodyId);
        JsonNode conclusion = latest(caseId, Step.INVESTIGATION_END);

        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("caseNumber", c.caseNumber);
        statement.put("body", body.name());
        statement.put("matter", matter.name());
        statement.put("facts", c.facts);
        statement.put("legalBasis", matter.legalBasis());
        statement.put("penaltyBasis", matter.penaltyBasis());
        statement.put("proposedPenaltyTypes", conclusion.path("proposedPenaltyTypes"));
        statement.put("proposedFine", conclusion.path("proposedFine"));
        DiscretionAssessment used = discretion.selectLatestDiscretion(caseId);
        statement.put("outsideDiscretionBenchmark", used != null ? used.outside()
                : conclusion.path("outsideDiscretionBenchmark").asBoolean(false));

        Map<String, RecordEntry> recordEntries = new LinkedHashMap<>();
        for (RecordEntry e : record.timeline(caseId)) {
            if ("INVESTIGATION_RECORD_ADDED".equals(e.act())) {
                recordEntries.put(String.valueOf(e.seq()), e);
            }
        }
        List<Map<String, Object>> certificateChecks = new ArrayList<>();
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<RecordEntry> entries = new ArrayList<>(recordEntries.values());
        List<CaseViews.InvestigationRecord> records = cases.selectInvestigationRecords(caseId);
        for (int i = 0; i < records.size(); i++) {
            CaseViews.InvestigationRecord r = records.get(i);
            for (String officerId : r.officerIds().split(",")) {
                certificateChecks.add(certificateCheck(Long.parseLong(officerId), matter, body, r.recordedOn()));
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("record", r.kind() + " " + r.recordedOn() + " " + r.place());
            item.put("certificatesShown", Arrays.asList(r.certificatesShown().split(",")));
            item.put("chainHash", i < entries.size() ? entries.get(i).hash() : null);
            evidence.add(item);
        }

        Map<String, Object> materials = new LinkedHashMap<>();
        materials.put("statement", statement);
        materials.put("draftDecision", Map.of("penaltyTypes", conclusion.path("proposedPenaltyTypes"),
                "fineAmount", conclusion.path("proposedFine"), "basis", matter.penaltyBasis()));
        materials.put("investigationReport", conclusion.path("report").asText(""));
        // the reviewer's point 5 (法律适用、裁量基准运用): the tier used, the matter's whole benchmark (APL Art. 34)
        Map<String, Object> benchmark = new LinkedHashMap<>();
        benchmark.put("checklistPoint", org.sanxiang.review.ChecklistPoint.LAW_AND_DISCRETION.name());
        benchmark.put("used", used);
        benchmark.put("tiers", officers.benchmark(c.matterId).tiers());
        benchmark.put("fineProvided", officers.benchmark(c.matterId).fineProvided());
        materials.put("discretionBenchmark", benchmark);
        materials.put("certificateChecks", certificateChecks);
        materials.put("evidence", evidence);
        JsonNode hearing = latest(caseId, Step.HEARING);
        if (!hearing.isMissingNode()) {
            materials.put("hearingRecord", hearing);
        }
        return materials;
    }

    private Map<String, Object> certificateCheck(long officerId, Matter matter, EnforcementBody body, LocalDate on) {
        Map<String, Object> check = new LinkedHashMap<>();
        var officer = officers.officer(officerId);
        check.put("officer", officer.name());
        check.put("actedOn", on.toString());
        try {
            check.put("certificate", officers.requireMayAct(officer, matter, body.area(), on, "officerIds").certificate().number());
            check.put("valid", true);
        } catch (Problem notValid) {
            check.put("valid", false);
            check.put("problem", notValid.getMessage());
        }
        return check;
    }

    private JsonNode latest(long caseId, Step step) {
        String data = cases.selectLatestStepData(caseId, step.name());
        try {
            return data == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
