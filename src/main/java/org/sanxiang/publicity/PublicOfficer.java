package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.List;

/** An officer on the public list: name, body, and a certificate valid today (APL Art. 42; RULES §3). */
public record PublicOfficer(String name, String body, String certificateNumber, List<String> categories, String area,
        LocalDate validTo) {
}
