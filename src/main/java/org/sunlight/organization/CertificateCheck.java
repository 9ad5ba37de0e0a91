package org.sunlight.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The answer to "may this officer act on this day, in this category?" (行政处罚法 第四十二条).
 *
 * @param category the category asked about, or null when any category will do
 * @param categoryCovered whether the certificate covers that category (true when none was asked about)
 */
public record CertificateCheck(
        UUID officerId,
        String officerName,
        String certificateNo,
        LocalDate day,
        EnforcementCategory category,
        CertificateStatus status,
        boolean categoryCovered,
        boolean officerActive) {

    static CertificateCheck of(Officer officer, LocalDate day, EnforcementCategory category) {
        var certificate = officer.certificate();
        return new CertificateCheck(
                officer.id(),
                officer.name(),
                certificate.certificateNo(),
                day,
                category,
                certificate.statusOn(day),
                category == null || certificate.covers(category),
                officer.active());
    }

    public boolean mayAct() {
        return officerActive && status.allowsActing() && categoryCovered;
    }

    /** The key of the message that says why the officer may not act, or null when they may. */
    public String refusalKey() {
        if (!officerActive) {
            return "certificate-check.inactive";
        }
        if (!status.allowsActing()) {
            return status.labelKey() + ".refusal";
        }
        return categoryCovered ? null : "certificate-check.category-missing";
    }
}
