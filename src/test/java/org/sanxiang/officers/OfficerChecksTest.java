package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.officers.OfficerProblems.HearingChairIsInvestigator;
import org.sanxiang.officers.OfficerProblems.ReviewerIsHandler;
import org.sanxiang.officers.OfficerProblems.ReviewerNotQualified;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;

/** The checks the cases module calls: handlers, reviewers, hearing chairs, mid-case lapses. */
class OfficerChecksTest extends OfficerApiSupport {

    @Autowired
    OfficerAdministration admin;

    final Actor administrator = new Actor("admin", java.util.Set.of(Roles.ADMIN));

    Matter planningMatter() {
        return directory.powerList(bodyId()).stream().filter(m -> m.field().equals("城乡规划")).findFirst().orElseThrow();
    }

    long certifiedOfficer(String field) throws Exception {
        long id = createOfficer(uniqueUsername("chk"));
        createCertificate(id, uniqueNumber(), List.of(field), today().minusYears(1), today().plusYears(2));
        return id;
    }

    @Test
    void acceptsTwoCertifiedHandlers() throws Exception {
        List<CertifiedOfficer> handlers = directory.requireCertifiedHandlers(planningMatter(),
                List.of(certifiedOfficer("城乡规划"), certifiedOfficer("城乡规划")), today());
        assertThat(handlers).hasSize(2);
    }

    @Test
    void rejectsACaseWithOnlyOneCertifiedHandler() throws Exception {
        long certified = certifiedOfficer("城乡规划");
        long suspended = certifiedOfficer("城乡规划");
        changeStatus(admin.certificates(suspended, null, 0, 5, administrator).items().get(0).id(), "SUSPEND", "接受调查");

        assertThatThrownBy(() -> directory.requireCertifiedHandlers(planningMatter(), List.of(certified), today()))
                .isInstanceOf(TooFewHandlers.class);
        assertThatThrownBy(() -> directory.requireCertifiedHandlers(planningMatter(), List.of(certified, certified), today()))
                .isInstanceOf(TooFewHandlers.class);
        assertThatThrownBy(() -> directory.requireCertifiedHandlers(planningMatter(), List.of(certified, suspended), today()))
                .isInstanceOf(CertificateNotValid.class)
                .extracting("article").isEqualTo("APL Art. 42");
    }

    @Test
    void rejectsAHandlerCertifiedForAnotherField() throws Exception {
        assertThatThrownBy(() -> directory.requireCertifiedHandlers(planningMatter(),
                List.of(certifiedOfficer("城乡规划"), certifiedOfficer("市容环卫")), today()))
                .isInstanceOf(CertificateNotValid.class);
    }

    @Test
    void rejectsAReviewerWithoutTheLegalProfessionQualification() throws Exception {
        String username = uniqueUsername("rev");
        createOfficer(username);

        assertThatThrownBy(() -> directory.requireQualifiedReviewer(username, today()))
                .isInstanceOf(ReviewerNotQualified.class)
                .extracting("article").isEqualTo("APL Art. 58");
        assertThatThrownBy(() -> directory.requireQualifiedReviewer("nobody-at-all", today()))
                .isInstanceOf(ReviewerNotQualified.class);
    }

    @Test
    void acceptsAQualifiedReviewerOnlyFromTheDateOfQualification() throws Exception {
        String username = uniqueUsername("rev");
        long id = createOfficer(username);
        admin.setLegalQualification(id, "A" + uniqueNumber(), today().minusDays(1), administrator);

        assertThat(directory.requireQualifiedReviewer(username, today()).officerId()).isEqualTo(id);
        assertThat(directory.requireQualifiedReviewer(username, today().minusDays(1)).officerId()).isEqualTo(id);
        assertThatThrownBy(() -> directory.requireQualifiedReviewer(username, today().minusDays(2)))
                .isInstanceOf(ReviewerNotQualified.class);
    }

    @Test
    void rejectsAReviewerWhoHandlesTheCase() throws Exception {
        String username = uniqueUsername("rev");
        long reviewer = createOfficer(username);
        long other = createOfficer(uniqueUsername("h"));

        assertThatThrownBy(() -> directory.requireNotHandler(username, List.of(other, reviewer), "三张综执罚〔2026〕1号"))
                .isInstanceOf(ReviewerIsHandler.class)
                .extracting("article").isEqualTo("APL Art. 58");
        directory.requireNotHandler(username, List.of(other), "三张综执罚〔2026〕1号");
    }

    @Test
    void rejectsAHearingChairWhoInvestigated() throws Exception {
        long chair = createOfficer(uniqueUsername("chair"));
        assertThatThrownBy(() -> directory.requireNotInvestigator(chair, List.of(chair)))
                .isInstanceOf(HearingChairIsInvestigator.class);
        directory.requireNotInvestigator(chair, List.of(chair + 100_000));
    }

    @Test
    void listsHandlersWhoseCertificateLapsedMidCase() throws Exception {
        long fine = certifiedOfficer("城乡规划");
        long suspended = certifiedOfficer("城乡规划");
        long revoked = certifiedOfficer("城乡规划");
        long otherField = certifiedOfficer("市容环卫");
        long never = createOfficer(uniqueUsername("none"));
        long expiring = createOfficer(uniqueUsername("exp"));
        createCertificate(expiring, uniqueNumber(), List.of("城乡规划"), today().minusYears(5), today());
        changeStatus(admin.certificates(suspended, null, 0, 5, administrator).items().get(0).id(), "SUSPEND", "停职");
        changeStatus(admin.certificates(revoked, null, 0, 5, administrator).items().get(0).id(), "REVOKE", "违法执法");
        List<Long> handlers = List.of(fine, suspended, revoked, otherField, never, expiring);

        assertThat(directory.lapsedOfficers(handlers, today()))
                .extracting(l -> l.officer().id(), LapsedOfficer::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(suspended, "SUSPENDED"),
                        org.assertj.core.groups.Tuple.tuple(revoked, "REVOKED"),
                        org.assertj.core.groups.Tuple.tuple(never, "NONE"));
        assertThat(directory.lapsedOfficers(handlers, today().plusDays(1)))
                .extracting(l -> l.officer().id(), LapsedOfficer::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(expiring, "EXPIRED"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(fine, "EXPIRED"));
        assertThat(directory.lapsedOfficers(planningMatter(), handlers, today()))
                .extracting(l -> l.officer().id(), LapsedOfficer::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(otherField, "NOT_COVERED"));
    }

    @Test
    void blocksAnOfficerFromTheDayTheirCertificateIsSuspendedUntilReinstated() throws Exception {
        long officerId = certifiedOfficer("城乡规划");
        Officer officer = directory.officer(officerId);
        long certificateId = admin.certificates(officerId, null, 0, 5, administrator).items().get(0).id();
        String area = directory.body(bodyId()).area();
        directory.requireMayAct(officer, planningMatter(), area, today(), "actor");

        changeStatus(certificateId, "SUSPEND", "涉嫌违纪");
        assertThatThrownBy(() -> directory.requireMayAct(officer, planningMatter(), area, today(), "actor"))
                .isInstanceOf(CertificateNotValid.class);

        changeStatus(certificateId, "REINSTATE", "调查结束");
        assertThat(directory.requireMayAct(officer, planningMatter(), area, today(), "actor").officer().id()).isEqualTo(officerId);
    }

    @Test
    void theDemoReviewerIsQualified() {
        assertThat(directory.requireQualifiedReviewer("chenjing", LocalDate.of(2026, 1, 1)).certificateNumber()).isNotBlank();
    }
}
