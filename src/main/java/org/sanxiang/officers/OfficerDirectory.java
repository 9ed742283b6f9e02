package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sanxiang.officers.OfficerProblems.HearingChairIsInvestigator;
import org.sanxiang.officers.OfficerProblems.ReviewerIsHandler;
import org.sanxiang.officers.OfficerProblems.ReviewerNotQualified;

import org.sanxiang.officers.persistence.IdAndText;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Reads bodies, power lists and officers, and holds the certificate checks every enforcement act
 * goes through (APL Art. 42, 55).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OfficerDirectory {

    private final OfficerMapper mapper;
    private final OfficersProperties properties;
    private final org.sanxiang.officers.persistence.BenchmarkMapper benchmarks;

    /** Every enforcement body, by code. */
    public List<EnforcementBody> bodies() {
        return mapper.selectBodies();
    }

    public EnforcementBody body(long bodyId) {
        return Optional.ofNullable(mapper.selectBodyById(bodyId)).orElseThrow(() -> new NotFound("enforcement body", bodyId));
    }

    public List<Matter> powerList(long bodyId) {
        return mapper.selectPowerList(bodyId);
    }

    /** The matter, if it is on the body's power list (APL Art. 24). */
    public Matter matterOnPowerList(long bodyId, long matterId) {
        Matter matter = mapper.selectMatterById(matterId);
        if (matter == null || matter.bodyId() != bodyId) {
            throw new MatterNotOnPowerList(matterId, body(bodyId).name());
        }
        return matter;
    }

    public Matter matter(long matterId) {
        return Optional.ofNullable(mapper.selectMatterById(matterId)).orElseThrow(() -> new NotFound("matter", matterId));
    }

    /** {@link #bodyScope(Actor)} of an account with no officer record: it belongs to no body. */
    public static final long NO_BODY = -1L;

    /**
     * The enforcement body whose cases, publications and figures the actor works on (object-level access,
     * RULES §6): {@code null} — every body — for supervisors and the administrator; otherwise the officer's own
     * body, or {@link #NO_BODY} for an account without an officer record.
     */
    public Long bodyScope(Actor actor) {
        if (actor.inGroup(Roles.SUPERVISOR) || actor.inGroup(Roles.ADMIN)) {
            return null;
        }
        return ownBody(actor).orElse(NO_BODY);
    }

    /** The body of the actor's officer record; empty for an account without one. */
    public Optional<Long> ownBody(Actor actor) {
        return officerByUsername(actor.username()).map(Officer::bodyId);
    }

    public Optional<Officer> officerByUsername(String username) {
        return Optional.ofNullable(mapper.selectOfficerByUsername(username));
    }

    public Officer officer(long officerId) {
        return Optional.ofNullable(mapper.selectOfficerById(officerId)).orElseThrow(() -> new NotFound("officer", officerId));
    }

    public List<Officer> officers(List<Long> officerIds) {
        return officerIds.isEmpty() ? List.of() : mapper.selectOfficersByIds(officerIds);
    }

    /** The names of the matters by id, in one query (lists show a name per row); active or not. */
    public Map<Long, String> matterNames(Collection<Long> matterIds) {
        return matterIds.isEmpty() ? Map.of() : byId(mapper.selectMatterNames(new LinkedHashSet<>(matterIds)));
    }

    /**
     * Per officer, the number of the certificate in force (the highest, if several are), in one query; an
     * officer holding none in force is absent from the map.
     */
    public Map<Long, String> validCertificateNumbers(Collection<Long> officerIds) {
        return officerIds.isEmpty() ? Map.of()
                : byId(mapper.selectValidCertificateNumbers(new LinkedHashSet<>(officerIds)));
    }

    private static Map<Long, String> byId(List<IdAndText> rows) {
        return rows.stream().collect(Collectors.toMap(IdAndText::id, IdAndText::text, (a, b) -> a));
    }

    public List<Officer> officersOfBody(long bodyId) {
        return mapper.selectOfficersByBody(bodyId);
    }

    public List<Certificate> certificatesOf(long officerId) {
        return mapper.selectCertificatesByOfficer(officerId);
    }

    /**
     * The handlers of a case: at least the configured minimum (default 2) distinct officers of the
     * body, each holding a certificate valid for the matter's field and the body's area on
     * {@code onDate} (APL Art. 42; ACL Art. 18).
     */
    public List<CertifiedOfficer> requireCertifiedHandlers(Matter matter, List<Long> officerIds, LocalDate onDate) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(officerIds));
        if (distinct.size() < properties.minimumHandlers()) {
            throw new TooFewHandlers(distinct.size(), properties.minimumHandlers());
        }
        EnforcementBody body = body(matter.bodyId());
        List<CertifiedOfficer> certified = new ArrayList<>();
        for (Long id : distinct) {
            Officer officer = officer(id);
            if (officer.bodyId() != body.id()) {
                throw new CertificateNotValid("handlerIds", officer.name(), matter.field(), body.area(), onDate);
            }
            certified.add(requireMayAct(officer, matter, body.area(), onDate, "handlerIds"));
        }
        return certified;
    }

    /** The acting officer holds a certificate valid for the matter's field and area on that date (APL Art. 42). */
    public CertifiedOfficer requireMayAct(Officer officer, Matter matter, String area, LocalDate onDate, String field) {
        return mapper.selectCertificatesByOfficer(officer.id()).stream()
                .filter(c -> c.covers(matter.field(), area, onDate))
                .findFirst()
                .map(c -> new CertifiedOfficer(officer, c))
                .orElseThrow(() -> new CertificateNotValid(field, officer.name(), matter.field(), area, onDate));
    }

    /**
     * APL Art. 58: the legal reviewer holds the national legal-profession qualification, obtained on or
     * before {@code onDate}. Throws {@link ReviewerNotQualified} (403) otherwise, also for a user who is
     * no officer at all.
     */
    public LegalQualification requireQualifiedReviewer(String username, LocalDate onDate) {
        Officer officer = mapper.selectOfficerByUsername(username);
        LegalQualification q = officer == null ? null : mapper.selectLegalQualification(officer.id());
        if (q == null || q.qualifiedOn().isAfter(onDate)) {
            throw new ReviewerNotQualified(officer == null ? username : officer.name(), onDate);
        }
        return q;
    }

    /**
     * APL Art. 58: a legal reviewer is never a handler of the case. Throws {@link ReviewerIsHandler}
     * (403) when {@code username} belongs to one of {@code handlerIds}; a user who is no officer
     * cannot be a handler and passes.
     */
    public void requireNotHandler(String username, Collection<Long> handlerIds, String caseRef) {
        Officer officer = mapper.selectOfficerByUsername(username);
        if (officer != null && handlerIds.contains(officer.id())) {
            throw new ReviewerIsHandler(officer.name(), caseRef);
        }
    }

    /** APL Art. 64: the hearing chair did not investigate the case (is not one of {@code investigatorIds}). */
    public void requireNotInvestigator(long chairOfficerId, Collection<Long> investigatorIds) {
        if (investigatorIds.contains(chairOfficerId)) {
            throw new HearingChairIsInvestigator(officer(chairOfficerId).name());
        }
    }

    /**
     * The officers among {@code officerIds} who hold no certificate in force on {@code onDate}
     * (suspended, revoked, cancelled, expired or none): a case they handle must be reassigned
     * (需要更换承办人; APL Art. 42, RULES §6). Unknown ids are ignored.
     */
    public List<LapsedOfficer> lapsedOfficers(Collection<Long> officerIds, LocalDate onDate) {
        return lapsed(officerIds, onDate, c -> c.statusOn(onDate) == CertificateStatus.VALID && !onDate.isBefore(c.validFrom()));
    }

    /**
     * As {@link #lapsedOfficers(Collection, LocalDate)}, but for a matter: an officer whose certificates
     * in force do not cover the matter's field and the body's area is lapsed too (reason NOT_COVERED).
     */
    public List<LapsedOfficer> lapsedOfficers(Matter matter, Collection<Long> officerIds, LocalDate onDate) {
        String area = body(matter.bodyId()).area();
        return lapsed(officerIds, onDate, c -> c.covers(matter.field(), area, onDate));
    }

    private List<LapsedOfficer> lapsed(Collection<Long> officerIds, LocalDate onDate,
            java.util.function.Predicate<Certificate> inForce) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(officerIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Certificate>> byOfficer = mapper.selectCertificatesByOfficers(ids).stream()
                .collect(Collectors.groupingBy(Certificate::officerId));
        List<LapsedOfficer> lapsed = new ArrayList<>();
        for (Officer officer : mapper.selectOfficersByIds(ids)) {
            List<Certificate> held = byOfficer.getOrDefault(officer.id(), List.of());
            if (held.stream().anyMatch(inForce)) {
                continue;
            }
            Optional<Certificate> latest = held.stream()
                    .filter(c -> !c.validFrom().isAfter(onDate))
                    .max(Comparator.comparing(Certificate::validTo).thenComparing(Certificate::id));
            String reason = latest.map(c -> c.statusOn(onDate) == CertificateStatus.VALID ? "NOT_COVERED" : c.statusOn(onDate).name())
                    .orElse("NONE");
            lapsed.add(new LapsedOfficer(officer, reason, latest.map(Certificate::number).orElse(null)));
        }
        return lapsed;
    }

    /** The matter's discretion benchmark (APL Art. 34), from the body's own data (table {@code discretion_tier}). */
    public Benchmark benchmark(long matterId) {
        Boolean fineProvided = benchmarks.selectFineProvided(matterId);
        List<BenchmarkTier> tiers = benchmarks.selectTiers(matterId).stream().map(OfficerDirectory::tier).toList();
        return new Benchmark(matterId, fineProvided == null || fineProvided, tiers);
    }

    /** A tier's allowed kinds: as recorded, or — where none are — a fine when the tier sets a range, else none. */
    private static BenchmarkTier tier(org.sanxiang.officers.persistence.TierRow r) {
        List<String> kinds;
        if (r.penaltyKinds() == null) {
            kinds = r.fineMin() != null || r.fineMax() != null ? List.of("FINE") : List.of();
        } else {
            kinds = java.util.Arrays.stream(r.penaltyKinds().split(",")).map(String::strip).filter(k -> !k.isEmpty())
                    .toList();
        }
        return new BenchmarkTier(r.seq(), r.tier(), r.circumstance(), r.penalty(), kinds, r.fineMin(), r.fineMax(),
                r.basis());
    }
}
