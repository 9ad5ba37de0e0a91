package org.sunlight.supervision;

/**
 * What a leader records for an officer graded 不合格 (实施方案 三(四)2): 批评教育 or 离岗培训 for one year; 调离执法岗位 or
 * 取消执法资格 for two years in a row.
 */
enum AssessmentMeasure {
    CRITICISM_AND_EDUCATION(false, CertificateMeasure.NONE),
    OFF_POST_TRAINING(false, CertificateMeasure.NONE),
    REMOVAL_FROM_ENFORCEMENT_POST(true, CertificateMeasure.REMOVAL_FROM_ENFORCEMENT_POST),
    CANCELLATION_OF_QUALIFICATION(true, CertificateMeasure.WITHDRAWAL_OF_QUALIFICATION);

    private final boolean forTwoYears;
    private final CertificateMeasure certificate;

    AssessmentMeasure(boolean forTwoYears, CertificateMeasure certificate) {
        this.forTwoYears = forTwoYears;
        this.certificate = certificate;
    }

    /** What the measure does to the officer's certificate. */
    CertificateMeasure certificate() {
        return certificate;
    }

    /** Whether the measure answers two years in a row graded 不合格 (else one year). */
    boolean forTwoYears() {
        return forTwoYears;
    }

    public String labelKey() {
        return "supervision.assessment.measure." + name();
    }
}
