package org.sanxiang.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 听证通知书 (APL Art. 64 ¶1 (2)): served on the party with the hearing's time and place and who chairs it.
 *
 * @param servedOn       the day the notice was served on the party
 * @param hearingAt      when the hearing is held
 * @param chairOfficerId the chair (主持人), an officer who took no part in the investigation
 */
public record HearingNoticeInput(
        @NotNull @PastOrPresent LocalDate servedOn,
        @NotNull LocalDateTime hearingAt,
        @NotBlank @Size(max = 256) String place,
        @NotNull Long chairOfficerId) {
}
