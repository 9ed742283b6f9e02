package org.sanxiang.officers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumHandlers APL Art. 42 / ACL Art. 18: certified officers required on a case (default 2)
 * @param certificateNumberPattern the province's certificate number format, a regular expression the
 *        whole number must match (numbers are otherwise opaque strings; default: 6–32 letters, digits, '-')
 * @param expiryWarningDays certificates whose validity ends within this many days are listed for the
 *        supervisor (RULES §6, §8; default 60)
 * @param annualReviewWarningDays officers whose annual review (年审) falls due within this many days
 *        are listed for the supervisor (default 30)
 */
@ConfigurationProperties("sanxiang.officers")
public record OfficersProperties(
        @DefaultValue("2") int minimumHandlers,
        @DefaultValue("[0-9A-Za-z-]{6,32}") String certificateNumberPattern,
        @DefaultValue("60") int expiryWarningDays,
        @DefaultValue("30") int annualReviewWarningDays) {
}
