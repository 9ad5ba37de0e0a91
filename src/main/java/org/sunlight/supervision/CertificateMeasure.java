package org.sunlight.supervision;

import java.util.UUID;
import org.sunlight.organization.Organization;

/**
 * What a decision of the responsibility system does to an officer's certificate (实施方案 三(四)2: "调离执法岗位或取消执法
 * 资格"), carried out through the organization module so that its certificate check, and with it the case rules and
 * the public certificate lookup, answer from then on. The yearly assessment's measures and the outcomes of an
 * accountability matter both end here.
 */
enum CertificateMeasure {
    /** The certificate stays as it is. */
    NONE,
    /** 调离执法岗位: the officer no longer active, so no longer acting; a suspension ends. */
    REMOVAL_FROM_ENFORCEMENT_POST,
    /** 取消执法资格: the certificate revoked with the reason; a suspension ends. */
    WITHDRAWAL_OF_QUALIFICATION;

    /** Carries the measure out on the officer; the reason (at most 200 characters) is kept with a revocation. */
    void carryOut(Organization organization, UUID officerId, String reason) {
        switch (this) {
            case WITHDRAWAL_OF_QUALIFICATION -> organization.revokeCertificate(officerId, reason);
            case REMOVAL_FROM_ENFORCEMENT_POST -> organization.removeFromEnforcement(officerId);
            case NONE -> {}
        }
    }
}
