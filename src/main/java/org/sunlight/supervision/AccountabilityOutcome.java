package org.sunlight.supervision;

/**
 * How a matter of accountability ends (A8, A9; 实施方案 三(四)2、三(五)): no fault found, or the responsibility taken, from
 * criticism up to withdrawing the enforcement qualification, or the matter sent to the discipline organs. 调离执法岗位 and
 * 取消执法资格 — the two measures 实施方案 三(四)2 names — act on the officer's certificate.
 */
enum AccountabilityOutcome {
    NO_FAULT(CertificateMeasure.NONE),
    CRITICISM_EDUCATION(CertificateMeasure.NONE),
    ORDERED_SELF_EXAMINATION(CertificateMeasure.NONE),
    PUBLIC_CRITICISM(CertificateMeasure.NONE),
    REMOVED_FROM_POST(CertificateMeasure.REMOVAL_FROM_ENFORCEMENT_POST),
    QUALIFICATION_WITHDRAWN(CertificateMeasure.WITHDRAWAL_OF_QUALIFICATION),
    TRANSFERRED_TO_DISCIPLINE(CertificateMeasure.NONE);

    private final CertificateMeasure certificate;

    AccountabilityOutcome(CertificateMeasure certificate) {
        this.certificate = certificate;
    }

    /** What the outcome does to the certificate of the officer it concerns. */
    CertificateMeasure certificate() {
        return certificate;
    }

    /** Whether the outcome acts on a certificate, so it must name the officer. */
    public boolean touchesCertificate() {
        return certificate != CertificateMeasure.NONE;
    }

    /** The key of what the outcome did to the certificate of the officer it names. */
    public String certificateKey() {
        return "supervision.accountability.certificate." + certificate.name();
    }

    /** The key of the basis the outcome cites. */
    public String basisKey() {
        return touchesCertificate() ? "supervision.outcome.basis.certificate" : "supervision.outcome.basis";
    }

    public String labelKey() {
        return "supervision.outcome." + name();
    }
}
