package org.sanxiang.officers.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.officers.CertificateDraft;
import org.sanxiang.officers.CertificateStatus;
import org.sanxiang.officers.CertificateStatusChange;
import org.sanxiang.officers.CertificateView;
import org.sanxiang.officers.LegalQualification;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerAdministration;
import org.sanxiang.officers.OfficerDraft;
import org.sanxiang.officers.Page;
import org.sanxiang.officers.StatusAction;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

/**
 * Officers, certificates and reviewers' qualifications: the administrator writes; reviewers, heads and
 * supervisors read. Thin: every rule is in {@link OfficerAdministration}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "officers", description = "执法人员与行政执法证件")
@RequiredArgsConstructor
class OfficerAdminController {

    private final OfficerAdministration admin;

    record StatusChangeRequest(StatusAction action, String reason) {
    }

    record AnnualReviewRequest(LocalDate reviewedOn, String note) {
    }

    record QualificationRequest(String certificateNumber, LocalDate qualifiedOn) {
    }

    @GetMapping("/officers")
    @Operation(summary = "执法人员列表（分页）")
    Page<Officer> officers(@RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        return admin.officers(bodyId, page, size, actor);
    }

    @GetMapping("/officers/{officerId}")
    @Operation(summary = "执法人员详情")
    Officer officer(@PathVariable long officerId, Actor actor) {
        return admin.officer(officerId, actor);
    }

    @PostMapping("/officers")
    @Operation(summary = "新增执法人员（管理员）")
    ResponseEntity<Officer> createOfficer(@RequestBody OfficerDraft draft, Actor actor) {
        Officer created = admin.createOfficer(draft, actor);
        return ResponseEntity.created(URI.create("/api/officers/" + created.id())).body(created);
    }

    @PutMapping("/officers/{officerId}")
    @Operation(summary = "修改执法人员（管理员）")
    Officer updateOfficer(@PathVariable long officerId, @RequestBody OfficerDraft draft, Actor actor) {
        return admin.updateOfficer(officerId, draft, actor);
    }

    @GetMapping("/officers/{officerId}/legal-qualification")
    @Operation(summary = "法律职业资格（APL 58）")
    LegalQualification legalQualification(@PathVariable long officerId, Actor actor) {
        return admin.legalQualification(officerId, actor)
                .orElseThrow(() -> new NotFound("legal qualification of officer", officerId));
    }

    @PutMapping("/officers/{officerId}/legal-qualification")
    @Operation(summary = "登记法律职业资格（APL 58，管理员）")
    LegalQualification setLegalQualification(@PathVariable long officerId, @RequestBody QualificationRequest request,
            Actor actor) {
        return admin.setLegalQualification(officerId, request.certificateNumber(), request.qualifiedOn(), actor);
    }

    @GetMapping("/certificates")
    @Operation(summary = "执法证件列表（分页，可按人员和状态筛选）")
    Page<CertificateView> certificates(@RequestParam(required = false) Long officerId,
            @RequestParam(required = false) CertificateStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Actor actor) {
        return admin.certificates(officerId, status, page, size, actor);
    }

    @GetMapping("/certificates/{certificateId}")
    @Operation(summary = "执法证件详情")
    CertificateView certificate(@PathVariable long certificateId, Actor actor) {
        return admin.certificate(certificateId, actor);
    }

    @PostMapping("/officers/{officerId}/certificates")
    @Operation(summary = "登记执法证件（管理员）")
    ResponseEntity<CertificateView> createCertificate(@PathVariable long officerId, @RequestBody CertificateDraft draft,
            Actor actor) {
        CertificateView created = admin.createCertificate(officerId, draft, actor);
        return ResponseEntity.created(URI.create("/api/certificates/" + created.id())).body(created);
    }

    @PutMapping("/certificates/{certificateId}")
    @Operation(summary = "修改执法证件（管理员）")
    CertificateView updateCertificate(@PathVariable long certificateId, @RequestBody CertificateDraft draft, Actor actor) {
        return admin.updateCertificate(certificateId, draft, actor);
    }

    @PostMapping("/certificates/{certificateId}/status")
    @Operation(summary = "暂扣、恢复、注销、吊销执法证件，须说明理由（管理员）")
    CertificateView changeStatus(@PathVariable long certificateId, @RequestBody StatusChangeRequest request, Actor actor) {
        return admin.changeStatus(certificateId, request.action(), request.reason(), actor);
    }

    @PostMapping("/certificates/{certificateId}/annual-review")
    @Operation(summary = "登记年审（管理员）")
    CertificateView annualReview(@PathVariable long certificateId, @RequestBody AnnualReviewRequest request, Actor actor) {
        return admin.recordAnnualReview(certificateId, request.reviewedOn(), request.note(), actor);
    }

    @GetMapping("/certificates/{certificateId}/history")
    @Operation(summary = "执法证件状态变更记录")
    List<CertificateStatusChange> history(@PathVariable long certificateId, Actor actor) {
        return admin.history(certificateId, actor);
    }

    @GetMapping("/enforcement-categories")
    @Operation(summary = "执法类别（证件可登记的领域）")
    List<String> categories() {
        return admin.categories();
    }
}
