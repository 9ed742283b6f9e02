package org.sanxiang.officers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.officers.OfficerProblems.InputError;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.springframework.stereotype.Component;

/**
 * The checks a certificate must pass before it is stored, shared by the admin API and the CSV import:
 * the province's number format, a validity period that ends after it starts, and only known
 * enforcement categories (APL Art. 42; RULES §6). Uniqueness of the number is checked by the callers,
 * which know whether they create, update or import a batch.
 */
@Component
class CertificateRules {

    private final OfficerMapper mapper;
    private final Pattern numberFormat;

    CertificateRules(OfficerMapper mapper, OfficersProperties properties) {
        this.mapper = mapper;
        this.numberFormat = Pattern.compile(properties.certificateNumberPattern());
    }

    Set<String> knownCategories() {
        return new LinkedHashSet<>(mapper.selectActiveCategories());
    }

    List<InputError> check(CertificateDraft d, Set<String> knownCategories) {
        List<InputError> errors = new ArrayList<>();
        if (blank(d.number())) {
            errors.add(InputError.of("number", "field-required", "number is required", "number"));
        } else if (!numberFormat.matcher(d.number()).matches()) {
            errors.add(InputError.of("number", "certificate-number-format", "number " + d.number() + " does not match " + numberFormat,
                    d.number(), numberFormat.pattern()));
        }
        if (blank(d.issuingAuthority())) {
            errors.add(InputError.of("issuingAuthority", "field-required", "issuing authority is required", "issuingAuthority"));
        }
        if (blank(d.area())) {
            errors.add(InputError.of("area", "field-required", "area is required", "area"));
        }
        if (d.validFrom() == null) {
            errors.add(InputError.of("validFrom", "field-required", "valid-from date is required", "validFrom"));
        }
        if (d.validTo() == null) {
            errors.add(InputError.of("validTo", "field-required", "valid-to date is required", "validTo"));
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            errors.add(InputError.of("validTo", "valid-to-before-valid-from",
                    "valid-to " + d.validTo() + " is before valid-from " + d.validFrom(), d.validTo(), d.validFrom()));
        }
        List<String> categories = d.categories() == null ? List.of()
                : d.categories().stream().map(c -> c == null ? "" : c.trim()).filter(c -> !c.isEmpty()).distinct().toList();
        if (categories.isEmpty()) {
            errors.add(InputError.of("categories", "field-required", "at least one enforcement category is required", "categories"));
        }
        for (String c : categories) {
            if (!knownCategories.contains(c)) {
                errors.add(InputError.of("categories", "unknown-enforcement-category", "unknown enforcement category " + c, c));
            }
        }
        return errors;
    }

    static String joinCategories(List<String> categories) {
        return String.join(",", categories.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
