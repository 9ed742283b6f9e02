package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn about a certificate (公示): holder's name, body, categories, area, validity and
 * status on the query date. Nothing else about the person.
 */
public record PublicCertificate(String number, String holderName, String body, List<String> categories, String area,
        LocalDate validFrom, LocalDate validTo, String status) {
}
