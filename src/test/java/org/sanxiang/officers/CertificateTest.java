package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-db")
class CertificateTest {

    static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    static final LocalDate TO = LocalDate.of(2029, 2, 28);

    static Certificate certificate(String status) {
        return new Certificate(1, 1, "44190210001", "某省人民政府", "城乡规划,市容环卫", "三张镇", FROM, TO, status, null);
    }

    @Test
    void coversTheDayBeforeExpiry() {
        assertThat(certificate("VALID").covers("城乡规划", "三张镇", TO.minusDays(1))).isTrue();
    }

    @Test
    void coversTheDayOfExpiry() {
        assertThat(certificate("VALID").covers("城乡规划", "三张镇", TO)).isTrue();
        assertThat(certificate("VALID").statusOn(TO)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void isExpiredTheDayAfterExpiry() {
        assertThat(certificate("VALID").covers("城乡规划", "三张镇", TO.plusDays(1))).isFalse();
        assertThat(certificate("VALID").statusOn(TO.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void doesNotCoverBeforeItsValidityStarts() {
        assertThat(certificate("VALID").covers("城乡规划", "三张镇", FROM.minusDays(1))).isFalse();
        assertThat(certificate("VALID").covers("城乡规划", "三张镇", FROM)).isTrue();
    }

    @Test
    void suspendedCertificateCoversNothing() {
        assertThat(certificate("SUSPENDED").covers("城乡规划", "三张镇", FROM.plusDays(10))).isFalse();
        assertThat(certificate("SUSPENDED").statusOn(TO.plusDays(1))).isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void cancelledOrRevokedCertificateCoversNothing() {
        assertThat(certificate("CANCELLED").covers("城乡规划", "三张镇", FROM.plusDays(10))).isFalse();
        assertThat(certificate("REVOKED").covers("城乡规划", "三张镇", FROM.plusDays(10))).isFalse();
    }

    @Test
    void doesNotCoverAnotherField() {
        assertThat(certificate("VALID").covers("固体废物", "三张镇", FROM.plusDays(10))).isFalse();
        assertThat(certificate("VALID").covers("市容环卫", "三张镇", FROM.plusDays(10))).isTrue();
    }

    @Test
    void doesNotCoverAnotherArea() {
        assertThat(certificate("VALID").covers("城乡规划", "四李镇", FROM.plusDays(10))).isFalse();
    }

    @Test
    void annualReviewIsDueAYearAfterValidFromWhenNoneRecorded() {
        assertThat(certificate("VALID").annualReviewDueDate()).isEqualTo(FROM.plusYears(1));
        Certificate reviewed = new Certificate(1, 1, "n", "a", "城乡规划", "三张镇", FROM, TO, "VALID", LocalDate.of(2026, 5, 1));
        assertThat(reviewed.annualReviewDueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void splitsCategoriesWrittenWithAnySeparator() {
        assertThat(Certificate.splitCategories(" 城乡规划;市容环卫、固体废物,城乡规划 ,"))
                .containsExactly("城乡规划", "市容环卫", "固体废物");
    }

    @Test
    void onlySuspendedCertificatesCanBeReinstatedAndFinalOnesNeverChange() {
        assertThat(StatusAction.REINSTATE.allowedFrom(CertificateStatus.SUSPENDED)).isTrue();
        assertThat(StatusAction.REINSTATE.allowedFrom(CertificateStatus.REVOKED)).isFalse();
        assertThat(StatusAction.SUSPEND.allowedFrom(CertificateStatus.CANCELLED)).isFalse();
        assertThat(StatusAction.REVOKE.allowedFrom(CertificateStatus.SUSPENDED)).isTrue();
    }
}
