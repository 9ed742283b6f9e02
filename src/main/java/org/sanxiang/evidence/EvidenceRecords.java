package org.sanxiang.evidence;

import java.util.Map;

import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The record names the evidence module checks: 证据材料 — at least one evidence item not excluded (APL Art. 46). */
@Component
@RequiredArgsConstructor
class EvidenceRecords implements RecordSource {

    private final EvidenceMapper mapper;

    @Override
    public Map<String, RecordCheck> recordChecks() {
        return Map.of("证据材料", step -> mapper.countUsable(step.caseId()) > 0);
    }
}
