package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whether an officer may act on a day (行政处罚法 第四十二条, D5). */
class CertificateTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2028, 2, 29);

    @Test
    void aCertificateInItsTermWithItsReviewPassedLetsItsHolderAct() {
        var check = CertificateCheck.of(
                anOfficer(aCertificate(AnnualReviewStatus.PASSED, false)),
                LocalDate.of(2026, 5, 6),
                EnforcementCategory.PENALTY);

        assertThat(check.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(check.mayAct()).isTrue();
        assertThat(check.refusalKey()).isNull();
    }

    @Test
    void anExpiredCertificateDoesNot() {
        var check = CertificateCheck.of(
                anOfficer(aCertificate(AnnualReviewStatus.PASSED, false)), EXPIRES.plusDays(1), null);

        assertThat(check.status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(check.mayAct()).isFalse();
        assertThat(check.refusalKey()).isEqualTo("certificate-status.EXPIRED.refusal");
    }

    @Test
    void theLastDayOfTheTermStillCounts() {
        assertThat(aCertificate(AnnualReviewStatus.PASSED, false).statusOn(EXPIRES))
                .isEqualTo(CertificateStatus.VALID);
        assertThat(aCertificate(AnnualReviewStatus.PASSED, false).statusOn(ISSUED.minusDays(1)))
                .isEqualTo(CertificateStatus.NOT_YET_VALID);
    }

    @Test
    void aRevokedCertificateDoesNotWhateverItsDates() {
        assertThat(aCertificate(AnnualReviewStatus.PASSED, true).statusOn(LocalDate.of(2026, 5, 6)))
                .isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void aPendingOrFailedAnnualReviewSuspendsTheCertificate() {
        assertThat(aCertificate(AnnualReviewStatus.PENDING, false).statusOn(LocalDate.of(2026, 5, 6)))
                .isEqualTo(CertificateStatus.UNDER_ANNUAL_REVIEW);
        assertThat(aCertificate(AnnualReviewStatus.FAILED, false).statusOn(LocalDate.of(2026, 5, 6)))
                .isEqualTo(CertificateStatus.ANNUAL_REVIEW_FAILED);
    }

    @Test
    void aCertificateActsOnlyInItsCategories() {
        var officer = anOfficer(aCertificate(AnnualReviewStatus.PASSED, false));

        var licensing = CertificateCheck.of(officer, LocalDate.of(2026, 5, 6), EnforcementCategory.LICENSING);

        assertThat(licensing.mayAct()).isFalse();
        assertThat(licensing.refusalKey()).isEqualTo("certificate-check.category-missing");
    }

    @Test
    void aDeactivatedOfficerMayNotAct() {
        var c = aCertificate(AnnualReviewStatus.PASSED, false);
        var officer = new Officer(UUID.randomUUID(), UUID.randomUUID(), null, "李建国", "执法队员", c, false);

        assertThat(CertificateCheck.of(officer, LocalDate.of(2026, 5, 6), null).mayAct())
                .isFalse();
    }

    // 实施方案 三(四)2: two years 不合格 suspend the certificate from the day the second is final
    @Test
    void aSuspendedCertificateDoesNotFromItsDayOnAndDidBefore() {
        var suspendedOn = LocalDate.of(2026, 5, 6);
        var suspended = new Certificate(
                "鲁37088100101",
                Set.of(EnforcementCategory.PENALTY),
                "曲阜市行政区域",
                ISSUED,
                EXPIRES,
                AnnualReviewStatus.PASSED,
                2025,
                false,
                null,
                suspendedOn,
                "2025、2026 年度考核连续不合格");
        var check = CertificateCheck.of(anOfficer(suspended), suspendedOn, EnforcementCategory.PENALTY);
        assertThat(check.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(check.mayAct()).isFalse();
        assertThat(check.refusalKey()).isEqualTo("certificate-status.SUSPENDED.refusal");
        assertThat(suspended.statusOn(suspendedOn.minusDays(1))).isEqualTo(CertificateStatus.VALID);
    }

    private static Certificate aCertificate(AnnualReviewStatus review, boolean revoked) {
        return new Certificate(
                "鲁37088100101",
                Set.of(EnforcementCategory.PENALTY, EnforcementCategory.INSPECTION),
                "曲阜市行政区域",
                ISSUED,
                EXPIRES,
                review,
                2025,
                revoked,
                revoked ? "调离执法岗位" : null);
    }

    private static Officer anOfficer(Certificate certificate) {
        return new Officer(UUID.randomUUID(), UUID.randomUUID(), null, "李建国", "执法队员", certificate, true);
    }
}
