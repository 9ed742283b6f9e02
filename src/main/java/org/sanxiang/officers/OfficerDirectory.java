package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bodies, power lists and officers, and holds the certificate checks every enforcement act
 * goes through (APL Art. 42, 55).
 */
@Service
@Transactional(readOnly = true)
public class OfficerDirectory {

    private final OfficerMapper mapper;
    private final OfficersProperties properties;

    OfficerDirectory(OfficerMapper mapper, OfficersProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
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

    public Optional<Officer> officerByUsername(String username) {
        return Optional.ofNullable(mapper.selectOfficerByUsername(username));
    }

    public Officer officer(long officerId) {
        return Optional.ofNullable(mapper.selectOfficerById(officerId)).orElseThrow(() -> new NotFound("officer", officerId));
    }

    public List<Officer> officers(List<Long> officerIds) {
        return officerIds.isEmpty() ? List.of() : mapper.selectOfficersByIds(officerIds);
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
}
