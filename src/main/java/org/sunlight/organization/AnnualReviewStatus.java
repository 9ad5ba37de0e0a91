package org.sunlight.organization;

/** The state of a certificate's yearly check (年度审验). */
public enum AnnualReviewStatus {
    PASSED,
    PENDING,
    FAILED;

    public String labelKey() {
        return "annual-review." + name();
    }
}
