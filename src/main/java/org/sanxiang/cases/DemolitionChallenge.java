package org.sanxiang.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The party applied for reconsideration or sued against the decision to demolish (ACL Art. 44). */
public record DemolitionChallenge(
        @NotNull Kind kind,
        @NotNull @PastOrPresent LocalDate filedOn,
        @NotBlank @Size(max = 256) String reference) {

    /** 行政复议 (ARL Art. 20) or 行政诉讼 (ALL Art. 46). */
    public enum Kind {
        RECONSIDERATION, LITIGATION
    }
}
