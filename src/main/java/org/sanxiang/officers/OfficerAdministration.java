package org.sanxiang.officers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.officers.OfficerProblems.AdministratorRequired;
import org.sanxiang.officers.OfficerProblems.CertificateInputInvalid;
import org.sanxiang.officers.OfficerProblems.InputError;
import org.sanxiang.officers.OfficerProblems.StatusChangeNotAllowed;
import org.sanxiang.officers.persistence.CertificateRow;
import org.sanxiang.officers.persistence.HeldCertificate;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.officers.persistence.OfficerRow;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Administration of officers, certificates and reviewers' qualifications: only the administrator
 * writes; reviewers, heads and supervisors read. Every certificate status change is kept in its
 * history with the reason, who and when (RULES §6).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OfficerAdministration {

    static final int MAX_PAGE_SIZE = 200;

    private final OfficerMapper mapper;
    private final CertificateRules rules;
    private final Clock clock;

    // ---- officers ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<Officer> officers(Long bodyId, int page, int size, Actor actor) {
        requireReader(actor, "执法人员查询");
        Long scope = bodyScope(actor);
        if (scope != null) {
            if (bodyId != null && bodyId.longValue() != scope) {
                throw new NotFound("enforcement body", bodyId); // another body's officers are not listed (RULES §6)
            }
            bodyId = scope;
        }
        int p = Math.max(page, 0);
        int s = pageSize(size);
        return new Page<>(mapper.selectOfficersPage(bodyId, p * s, s), p, s, mapper.countOfficers(bodyId));
    }

    @Transactional(readOnly = true)
    public Officer officer(long officerId, Actor actor) {
        requireReader(actor, "执法人员查询");
        return visibleOfficer(officerId, actor);
    }

    public Officer createOfficer(OfficerDraft draft, Actor actor) {
        requireAdministrator(actor, "执法人员管理");
        if (blank(draft.username())) {
            throw new CertificateInputInvalid(InputError.of("username", "field-required", "username is required", "username"));
        }
        if (mapper.selectOfficerByUsername(draft.username().trim()) != null) {
            throw new CertificateInputInvalid(InputError.of("username", "duplicate-username",
                    "username " + draft.username() + " already belongs to an officer", draft.username()));
        }
        OfficerRow row = officerRow(draft);
        row.username = draft.username().trim();
        mapper.insertOfficer(row);
        return mapper.selectOfficerById(row.id);
    }

    public Officer updateOfficer(long officerId, OfficerDraft draft, Actor actor) {
        requireAdministrator(actor, "执法人员管理");
        Officer existing = existingOfficer(officerId);
        if (draft.username() != null && !draft.username().equals(existing.username())) {
            throw new CertificateInputInvalid(InputError.of("username", "username-immutable",
                    "the username of an officer cannot change", draft.username()));
        }
        OfficerRow row = officerRow(draft);
        row.id = officerId;
        mapper.updateOfficer(row);
        return mapper.selectOfficerById(officerId);
    }

    private OfficerRow officerRow(OfficerDraft draft) {
        if (draft.bodyId() == null || mapper.selectBodyById(draft.bodyId()) == null) {
            throw new CertificateInputInvalid(InputError.of("bodyId", "unknown-enforcement-body", "unknown enforcement body " + draft.bodyId(),
                    String.valueOf(draft.bodyId())));
        }
        if (blank(draft.name())) {
            throw new CertificateInputInvalid(InputError.of("name", "field-required", "name is required", "name"));
        }
        if (blank(draft.position())) {
            throw new CertificateInputInvalid(InputError.of("position", "field-required", "position is required", "position"));
        }
        OfficerRow row = new OfficerRow();
        row.bodyId = draft.bodyId();
        row.name = draft.name().trim();
        row.position = draft.position().trim();
        return row;
    }

    /** APL Art. 58: records a reviewer's legal-profession qualification (replacing an earlier entry). */
    public LegalQualification setLegalQualification(long officerId, String certificateNumber, LocalDate qualifiedOn,
            Actor actor) {
        requireAdministrator(actor, "法律职业资格登记");
        existingOfficer(officerId);
        if (blank(certificateNumber)) {
            throw new CertificateInputInvalid(InputError.of("certificateNumber", "field-required", "certificate number is required",
                    "certificateNumber"));
        }
        if (qualifiedOn == null) {
            throw new CertificateInputInvalid(InputError.of("qualifiedOn", "field-required", "date is required", "qualifiedOn"));
        }
        LegalQualification other = mapper.selectLegalQualificationByNumber(certificateNumber.trim());
        if (other != null && other.officerId() != officerId) {
            throw new CertificateInputInvalid(InputError.of("certificateNumber", "duplicate-qualification-number",
                    "qualification " + certificateNumber + " is registered for another officer", certificateNumber));
        }
        mapper.deleteLegalQualification(officerId);
        mapper.insertLegalQualification(officerId, certificateNumber.trim(), qualifiedOn);
        return mapper.selectLegalQualification(officerId);
    }

    @Transactional(readOnly = true)
    public Optional<LegalQualification> legalQualification(long officerId, Actor actor) {
        requireReader(actor, "法律职业资格查询");
        visibleOfficer(officerId, actor);
        return Optional.ofNullable(mapper.selectLegalQualification(officerId));
    }

    // ---- certificates ------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<CertificateView> certificates(Long officerId, CertificateStatus status, int page, int size, Actor actor) {
        requireReader(actor, "执法证件查询");
        Long scope = bodyScope(actor);
        if (officerId != null) {
            visibleOfficer(officerId, actor);
        }
        int p = Math.max(page, 0);
        int s = pageSize(size);
        String stored = status == null ? null : status.name();
        LocalDate today = today();
        List<CertificateView> items = mapper.selectCertificatesPage(officerId, stored, scope, p * s, s).stream()
                .map(h -> view(h, today)).toList();
        return new Page<>(items, p, s, mapper.countCertificates(officerId, stored, scope));
    }

    @Transactional(readOnly = true)
    public CertificateView certificate(long certificateId, Actor actor) {
        requireReader(actor, "执法证件查询");
        Certificate certificate = existingCertificate(certificateId);
        requireSameBody(certificate.officerId(), actor, "certificate", certificateId);
        return view(certificate);
    }

    /**
     * The status history with its reasons: supervisors and the administrator read every body's, a head or
     * reviewer only those of their own body's officers — another body's certificate is not found (RULES §6).
     */
    @Transactional(readOnly = true)
    public List<CertificateStatusChange> history(long certificateId, Actor actor) {
        requireReader(actor, "执法证件查询");
        Certificate certificate = existingCertificate(certificateId);
        requireSameBody(certificate.officerId(), actor, "certificate", certificateId);
        return mapper.selectStatusChanges(certificateId);
    }

    @Transactional(readOnly = true)
    public List<String> categories() {
        return mapper.selectActiveCategories();
    }

    public CertificateView createCertificate(long officerId, CertificateDraft draft, Actor actor) {
        requireAdministrator(actor, "执法证件管理");
        existingOfficer(officerId);
        requireValid(draft, null);
        CertificateRow row = certificateRow(draft);
        row.officerId = officerId;
        row.status = CertificateStatus.VALID.name();
        mapper.insertCertificate(row);
        mapper.insertStatusChange(row.id, "CREATED", null, row.status, "发证登记", actor.username(), now());
        return view(mapper.selectCertificateById(row.id));
    }

    public CertificateView updateCertificate(long certificateId, CertificateDraft draft, Actor actor) {
        requireAdministrator(actor, "执法证件管理");
        Certificate existing = existingCertificate(certificateId);
        requireValid(draft, existing.number());
        CertificateRow row = certificateRow(draft);
        row.id = certificateId;
        if (row.annualReviewDue == null) {
            row.annualReviewDue = existing.annualReviewDue();
        }
        mapper.updateCertificate(row);
        return view(mapper.selectCertificateById(certificateId));
    }

    /** Suspend, reinstate, cancel or revoke, with a reason; recorded in the history. 409 when the status forbids it. */
    public CertificateView changeStatus(long certificateId, StatusAction action, String reason, Actor actor) {
        requireAdministrator(actor, "执法证件状态变更");
        if (action == null) {
            throw new CertificateInputInvalid(InputError.of("action", "field-required", "action is required", "action"));
        }
        if (blank(reason)) {
            throw new CertificateInputInvalid(InputError.of("reason", "field-required", "a reason is required", "reason"));
        }
        Certificate c = existingCertificate(certificateId);
        CertificateStatus stored = CertificateStatus.valueOf(c.status());
        if (!action.allowedFrom(stored)) {
            throw new StatusChangeNotAllowed(c.number(), action.name(), stored.name());
        }
        mapper.updateCertificateStatus(certificateId, action.target().name());
        mapper.insertStatusChange(certificateId, action.name(), stored.name(), action.target().name(), reason.trim(),
                actor.username(), now());
        return view(mapper.selectCertificateById(certificateId));
    }

    /** Records a passed annual review (年审): the next one falls due a year later. */
    public CertificateView recordAnnualReview(long certificateId, LocalDate reviewedOn, String note, Actor actor) {
        requireAdministrator(actor, "执法证件年审");
        if (reviewedOn == null) {
            throw new CertificateInputInvalid(InputError.of("reviewedOn", "field-required", "review date is required", "reviewedOn"));
        }
        Certificate c = existingCertificate(certificateId);
        LocalDate next = reviewedOn.plusYears(1);
        mapper.updateAnnualReviewDue(certificateId, next);
        mapper.insertStatusChange(certificateId, "ANNUAL_REVIEW", c.status(), c.status(),
                "年审通过（" + reviewedOn + "），下次年审 " + next + (blank(note) ? "" : "：" + note.trim()),
                actor.username(), now());
        return view(mapper.selectCertificateById(certificateId));
    }

    private void requireValid(CertificateDraft draft, String ownNumber) {
        List<InputError> errors = rules.check(draft, rules.knownCategories());
        if (!errors.isEmpty()) {
            throw new CertificateInputInvalid(errors.get(0));
        }
        String number = draft.number().trim();
        if (!number.equals(ownNumber) && mapper.selectCertificateByNumber(number) != null) {
            throw new CertificateInputInvalid(InputError.of("number", "duplicate-certificate-number",
                    "certificate number " + number + " already exists", number));
        }
    }

    private static CertificateRow certificateRow(CertificateDraft d) {
        CertificateRow row = new CertificateRow();
        row.number = d.number().trim();
        row.issuingAuthority = d.issuingAuthority().trim();
        row.fields = CertificateRules.joinCategories(d.categories());
        row.area = d.area().trim();
        row.validFrom = d.validFrom();
        row.validTo = d.validTo();
        row.annualReviewDue = d.annualReviewDue() != null ? d.annualReviewDue() : d.validFrom().plusYears(1);
        return row;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private CertificateView view(Certificate c) {
        Officer o = mapper.selectOfficerById(c.officerId());
        return view(new HeldCertificate(c, o.username(), o.name(), null), today());
    }

    static CertificateView view(HeldCertificate h, LocalDate today) {
        Certificate c = h.certificate();
        return new CertificateView(c.id(), c.officerId(), h.holderUsername(), h.holderName(), c.number(),
                c.issuingAuthority(), c.categories(), c.area(), c.validFrom(), c.validTo(), c.status(),
                c.statusOn(today).name(), c.annualReviewDueDate());
    }

    /**
     * Whose officers and certificates the actor reads (RULES §6): supervisors and the administrator every body's
     * ({@code null}); a head or reviewer their own body's; an account with no officer record none
     * ({@link OfficerDirectory#NO_BODY}).
     */
    private Long bodyScope(Actor actor) {
        if (actor.inGroup(Roles.SUPERVISOR) || actor.inGroup(Roles.ADMIN)) {
            return null;
        }
        Officer own = mapper.selectOfficerByUsername(actor.username());
        return own == null ? OfficerDirectory.NO_BODY : own.bodyId();
    }

    /** The officer, if the actor may read their body's officers; another body's officer is not found. */
    private Officer visibleOfficer(long officerId, Actor actor) {
        Officer officer = existingOfficer(officerId);
        Long scope = bodyScope(actor);
        if (scope != null && officer.bodyId() != scope) {
            throw new NotFound("officer", officerId);
        }
        return officer;
    }

    private void requireSameBody(long holderId, Actor actor, String what, long id) {
        Long scope = bodyScope(actor);
        Officer holder = mapper.selectOfficerById(holderId);
        if (scope != null && (holder == null || holder.bodyId() != scope)) {
            throw new NotFound(what, id);
        }
    }

    private Officer existingOfficer(long officerId) {
        return Optional.ofNullable(mapper.selectOfficerById(officerId)).orElseThrow(() -> new NotFound("officer", officerId));
    }

    private Certificate existingCertificate(long certificateId) {
        return Optional.ofNullable(mapper.selectCertificateById(certificateId))
                .orElseThrow(() -> new NotFound("certificate", certificateId));
    }

    static void requireAdministrator(Actor actor, String what) {
        if (!actor.inGroup(Roles.ADMIN)) {
            throw new AdministratorRequired(what, Roles.ADMIN);
        }
    }

    static void requireReader(Actor actor, String what) {
        if (!Set.of(Roles.ADMIN, Roles.HEAD, Roles.SUPERVISOR, Roles.LEGAL_REVIEWER).stream().anyMatch(actor::inGroup)) {
            throw new AdministratorRequired(what, Roles.ADMIN + " / " + Roles.HEAD + " / " + Roles.SUPERVISOR + " / "
                    + Roles.LEGAL_REVIEWER);
        }
    }

    static int pageSize(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
