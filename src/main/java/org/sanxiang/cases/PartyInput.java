package org.sanxiang.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party: a natural person with an ID number, or an organisation with a unified social credit
 * code and a legal representative.
 */
public record PartyInput(
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 128) String name,
        @Pattern(regexp = "\\d{17}[\\dXx]|\\d{15}", message = "{sanxiang.validation.idNumber}") String idNumber,
        @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}", message = "{sanxiang.validation.creditCode}") String creditCode,
        @Size(max = 64) String legalRepresentative,
        @Size(max = 32) String phone,
        @Size(max = 256) String address) {
}
