package org.sanxiang.publicity;

import java.util.Map;

import org.sanxiang.evidence.RecordCheck;
import org.sanxiang.evidence.RecordSource;
import org.sanxiang.publicity.persistence.PublicationMapper;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The records of the publicity steps (G118; APL Art. 48), checked on the publication the process is
 * about (business key = decision number): 脱敏复核记录 — the check by a second person is stored;
 * 撤回公示说明 — the withdrawal reason is stored.
 */
@Component
@RequiredArgsConstructor
class PublicityRecords implements RecordSource {

    private final PublicationMapper mapper;

    @Override
    public Map<String, RecordCheck> recordChecks() {
        return Map.of(
                "脱敏复核记录", step -> {
                    PublicationRow row = step.businessKey() == null ? null : mapper.selectByDecisionNumber(step.businessKey());
                    return row != null && row.checkedBy != null && row.checkedAt != null;
                },
                "撤回公示说明", step -> {
                    PublicationRow row = step.businessKey() == null ? null : mapper.selectByDecisionNumber(step.businessKey());
                    return row != null && row.withdrawalReason != null;
                });
    }
}
