package org.sanxiang.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A handler starts 查封/扣押 during the investigation: which measure and why it is needed (ACL Art. 2,
 * 9, 18: to stop a violation, prevent evidence from being destroyed, avoid harm or keep danger from
 * spreading). The measure itself is then taken in the step 查封扣押 ({@link StepInput.Seizure}).
 */
public record SeizureRequest(
        @NotNull StepInput.CoercionMeasure measure,
        @NotBlank @Size(max = 2000) String reason) {
}
