package org.sanxiang.officers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumHandlers APL Art. 42 / ACL Art. 18: certified officers required on a case (default 2)
 */
@ConfigurationProperties("sanxiang.officers")
public record OfficersProperties(@DefaultValue("2") int minimumHandlers) {
}
