package org.sanxiang.officers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sanxiang.officers.OfficerProblems.AdministratorRequired;
import org.sanxiang.officers.persistence.HeldCertificate;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** What the supervisor and the public see of certificates: expiry and annual-review warnings, the public check. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CertificateSupervision {

    private final OfficerMapper mapper;
    private final OfficersProperties properties;
    private final Clock clock;

    /**
     * RULES §6, §8: valid certificates whose validity ends within the expiry window (today included,
     * {@code expiryWarningDays} days ahead included) and those whose annual review falls due within
     * the review window or is overdue. Supervisor, head and administrator only.
     */
    public List<CertificateWarning> warnings(LocalDate onDate, Actor actor) {
        if (!Set.of(Roles.SUPERVISOR, Roles.HEAD, Roles.ADMIN).stream().anyMatch(actor::inGroup)) {
            throw new AdministratorRequired("执法证件预警", Roles.SUPERVISOR + " / " + Roles.HEAD + " / " + Roles.ADMIN);
        }
        LocalDate on = onDate != null ? onDate : LocalDate.now(clock);
        LocalDate expiryHorizon = on.plusDays(properties.expiryWarningDays());
        LocalDate reviewHorizon = on.plusDays(properties.annualReviewWarningDays());
        List<CertificateWarning> warnings = new ArrayList<>();
        for (HeldCertificate h : mapper.selectWarningCandidates(expiryHorizon, reviewHorizon)) {
            Certificate c = h.certificate();
            if (!c.validTo().isBefore(on) && !c.validTo().isAfter(expiryHorizon)) {
                warnings.add(warning("EXPIRING", h, c.validTo(), on));
            }
            LocalDate due = c.annualReviewDueDate();
            if (!c.validTo().isBefore(on) && !due.isAfter(reviewHorizon)) {
                warnings.add(warning("ANNUAL_REVIEW_DUE", h, due, on));
            }
        }
        warnings.sort(Comparator.comparing(CertificateWarning::dueOn).thenComparing(CertificateWarning::certificateNumber));
        return warnings;
    }

    private static CertificateWarning warning(String kind, HeldCertificate h, LocalDate due, LocalDate on) {
        return new CertificateWarning(kind, h.certificate().officerId(), h.holderName(), h.bodyName(),
                h.certificate().number(), due, ChronoUnit.DAYS.between(on, due));
    }

    /**
     * Certificate coverage on {@code onDate} (today when null) of the officers of {@code bodyId}, or of
     * every body when null (RULES §6, §8). An officer counts once, in the state of their best
     * certificate: one in force (VALID, or ANNUAL_REVIEW_OVERDUE when its annual review date passed),
     * else the status of the most recent one, else NONE. Supervisor, head and administrator only.
     */
    public CertificateCoverage coverage(LocalDate onDate, Long bodyId, Actor actor) {
        if (!Set.of(Roles.SUPERVISOR, Roles.HEAD, Roles.ADMIN).stream().anyMatch(actor::inGroup)) {
            throw new AdministratorRequired("执法证件覆盖", Roles.SUPERVISOR + " / " + Roles.HEAD + " / " + Roles.ADMIN);
        }
        LocalDate on = onDate != null ? onDate : LocalDate.now(clock);
        List<Officer> officers = bodyId == null ? mapper.selectAllOfficers() : mapper.selectOfficersByBody(bodyId);
        Map<String, Long> byState = new LinkedHashMap<>();
        CertificateCoverage.STATES.forEach(st -> byState.put(st, 0L));
        Map<String, Long> byCategory = new TreeMap<>();
        if (officers.isEmpty()) {
            return new CertificateCoverage(byState, byCategory);
        }
        Map<Long, List<Certificate>> held = mapper.selectCertificatesByOfficers(officers.stream().map(Officer::id).toList())
                .stream().collect(Collectors.groupingBy(Certificate::officerId));
        for (Officer o : officers) {
            List<Certificate> certs = held.getOrDefault(o.id(), List.of());
            certs.forEach(c -> c.categories().forEach(cat -> byCategory.putIfAbsent(cat, 0L)));
            List<Certificate> inForce = certs.stream()
                    .filter(c -> c.statusOn(on) == CertificateStatus.VALID && !on.isBefore(c.validFrom())).toList();
            String state;
            if (!inForce.isEmpty()) {
                List<Certificate> reviewed = inForce.stream().filter(c -> !c.annualReviewDueDate().isBefore(on)).toList();
                state = reviewed.isEmpty() ? "ANNUAL_REVIEW_OVERDUE" : "VALID";
                reviewed.stream().flatMap(c -> c.categories().stream()).distinct()
                        .forEach(cat -> byCategory.merge(cat, 1L, Long::sum));
            } else {
                state = certs.stream().filter(c -> !c.validFrom().isAfter(on))
                        .max(Comparator.comparing(Certificate::validTo).thenComparing(Certificate::id))
                        .map(c -> c.statusOn(on).name()).orElse("NONE");
            }
            byState.merge(state, 1L, Long::sum);
        }
        return new CertificateCoverage(byState, byCategory);
    }

    /** The public certificate check (APL Art. 42, 55): anyone may verify a number. 404 for unknown numbers. */
    public PublicCertificate publicCertificate(String number) {
        HeldCertificate h = number == null ? null : mapper.selectHeldCertificateByNumber(number.trim());
        if (h == null) {
            throw new NotFound("certificate", number);
        }
        Certificate c = h.certificate();
        return new PublicCertificate(c.number(), h.holderName(), h.bodyName(), c.categories(), c.area(), c.validFrom(),
                c.validTo(), c.statusOn(LocalDate.now(clock)).name());
    }
}
