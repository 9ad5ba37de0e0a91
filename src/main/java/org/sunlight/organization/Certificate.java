package org.sunlight.organization;

import java.time.LocalDate;
import java.util.Set;

/**
 * An enforcement certificate (执法证件). Its holder may act on a day only when it is neither revoked, nor suspended
 * from that day or before, nor outside its term, nor held back by its annual review (年度审验): a review that failed
 * or is still pending suspends it.
 *
 * @param suspendedOn the first day it is suspended on (e.g. after two years graded 不合格), or null
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
        String revokedReason,
        LocalDate suspendedOn,
        String suspendedReason) {

    public Certificate {
        categories = Set.copyOf(categories);
    }

    /** A certificate that is not suspended. */
    public Certificate(
            String certificateNo,
            Set<EnforcementCategory> categories,
            String region,
            LocalDate issuedOn,
            LocalDate expiresOn,
            AnnualReviewStatus annualReviewStatus,
            Integer annualReviewYear,
            boolean revoked,
            String revokedReason) {
        this(
                certificateNo,
                categories,
                region,
                issuedOn,
                expiresOn,
                annualReviewStatus,
                annualReviewYear,
                revoked,
                revokedReason,
                null,
                null);
    }

    public CertificateStatus statusOn(LocalDate day) {
        if (revoked) {
            return CertificateStatus.REVOKED;
        }
        if (suspendedOn != null && !day.isBefore(suspendedOn)) {
            return CertificateStatus.SUSPENDED;
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
