package org.sanxiang.officers.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.officers.Certificate;
import org.sanxiang.officers.CertificateStatusChange;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.LegalQualification;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;

@Mapper
public interface OfficerMapper {

    EnforcementBody selectBodyById(@Param("id") long id);

    EnforcementBody selectBodyByCode(@Param("code") String code);

    List<EnforcementBody> selectBodies();

    List<Matter> selectPowerList(@Param("bodyId") long bodyId);

    Matter selectMatterById(@Param("id") long id);

    /** The names of the matters, active or not (a case keeps the matter it was filed under). */
    List<IdAndText> selectMatterNames(@Param("ids") Collection<Long> ids);

    /** Per officer, the highest number of a certificate in force (status VALID); officers without one are absent. */
    List<IdAndText> selectValidCertificateNumbers(@Param("officerIds") Collection<Long> officerIds);

    Officer selectOfficerById(@Param("id") long id);

    Officer selectOfficerByUsername(@Param("username") String username);

    List<Officer> selectOfficersByIds(@Param("ids") Collection<Long> ids);

    List<Officer> selectOfficersByUsernames(@Param("usernames") Collection<String> usernames);

    List<Officer> selectOfficersByBody(@Param("bodyId") long bodyId);

    long countOfficers(@Param("bodyId") Long bodyId);

    List<Officer> selectOfficersPage(@Param("bodyId") Long bodyId, @Param("offset") int offset, @Param("limit") int limit);

    List<Officer> selectAllOfficers();

    void insertOfficer(OfficerRow row);

    int updateOfficer(OfficerRow row);

    List<Certificate> selectCertificatesByOfficer(@Param("officerId") long officerId);

    List<Certificate> selectCertificatesByOfficers(@Param("officerIds") Collection<Long> officerIds);

    Certificate selectCertificateById(@Param("id") long id);

    Certificate selectCertificateByNumber(@Param("number") String number);

    List<String> selectExistingCertificateNumbers(@Param("numbers") Collection<String> numbers);

    HeldCertificate selectHeldCertificateByNumber(@Param("number") String number);

    long countCertificates(@Param("officerId") Long officerId, @Param("status") String status, @Param("bodyId") Long bodyId);

    List<HeldCertificate> selectCertificatesPage(@Param("officerId") Long officerId, @Param("status") String status,
            @Param("bodyId") Long bodyId,
            @Param("offset") int offset, @Param("limit") int limit);

    List<HeldCertificate> selectAllHeldCertificates();

    /** VALID certificates whose validity or annual review ends on or before the horizons (or with no review recorded). */
    List<HeldCertificate> selectWarningCandidates(@Param("expiryHorizon") LocalDate expiryHorizon,
            @Param("reviewHorizon") LocalDate reviewHorizon);

    void insertCertificate(CertificateRow row);

    int updateCertificate(CertificateRow row);

    int updateCertificateStatus(@Param("id") long id, @Param("status") String status);

    int updateAnnualReviewDue(@Param("id") long id, @Param("due") LocalDate due);

    void insertStatusChange(@Param("certificateId") long certificateId, @Param("action") String action,
            @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus, @Param("reason") String reason,
            @Param("changedBy") String changedBy, @Param("changedAt") LocalDateTime changedAt);

    List<CertificateStatusChange> selectStatusChanges(@Param("certificateId") long certificateId);

    LegalQualification selectLegalQualification(@Param("officerId") long officerId);

    LegalQualification selectLegalQualificationByNumber(@Param("number") String number);

    int deleteLegalQualification(@Param("officerId") long officerId);

    void insertLegalQualification(@Param("officerId") long officerId, @Param("number") String number,
            @Param("qualifiedOn") LocalDate qualifiedOn);

    List<String> selectActiveCategories();
}
