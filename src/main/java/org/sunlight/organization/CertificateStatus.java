package org.sunlight.organization;

/** Whether a certificate lets its holder act on a given day, and if not, why. */
public enum CertificateStatus {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    UNDER_ANNUAL_REVIEW,
    ANNUAL_REVIEW_FAILED,
    /** Held back by a decision, e.g. two years graded 不合格 (实施方案 三(四)2), until the measure is recorded. */
    SUSPENDED,
    REVOKED;

    public boolean allowsActing() {
        return this == VALID;
    }

    public String labelKey() {
        return "certificate-status." + name();
    }
}
