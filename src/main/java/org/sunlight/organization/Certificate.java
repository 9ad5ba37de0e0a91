package org.sunlight.organization;

import java.time.LocalDate;
import java.util.Set;

/**
 * An enforcement certificate (执法证件). Its holder may act on a day only when it is neither revoked, nor outside its
 * term, nor held back by its annual review (年度审验): a review that failed or is still pending suspends it.
 */
public record Certificate(
        String certificateNo,
        Set<EnforcementCategory> categories,
        String region,
        LocalDate issuedOn,
        LocalDate expiresOn,
        AnnualReviewStatus annualReviewStatus,
        Integer annualReviewYear,
        boolean revoked,
        String revokedReason) {

    public Certificate {
        categories = Set.copyOf(categories);
    }

    public CertificateStatus statusOn(LocalDate day) {
        if (revoked) {
            return CertificateStatus.REVOKED;
        }
        if (day.isBefore(issuedOn)) {
            return CertificateStatus.NOT_YET_VALID;
        }
        if (day.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return switch (annualReviewStatus) {
            case FAILED -> CertificateStatus.ANNUAL_REVIEW_FAILED;
            case PENDING -> CertificateStatus.UNDER_ANNUAL_REVIEW;
            case PASSED -> CertificateStatus.VALID;
        };
    }

    public boolean covers(EnforcementCategory category) {
        return categories.contains(category);
    }
}
