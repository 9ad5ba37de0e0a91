package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.organization.StaffUser;

/**
 * The discloser's side of the demo's history, through the same publication pipeline as the disclosure desk: the party
 * told, the result redacted and published (D11, 行政处罚法 第四十八条), corrected or taken down, and the yearly report
 * published. Nothing else calls it.
 */
@Component
public class DemoDisclosures {

    private final DisclosureEntries entries;
    private final Publication publication;
    private final AnnualReports reports;
    private final java.time.Clock clock;

    DemoDisclosures(DisclosureEntries entries, Publication publication, AnnualReports reports, java.time.Clock clock) {
        this.entries = entries;
        this.publication = publication;
        this.reports = reports;
        this.clock = clock;
    }

    /** The case's disclosure entry still waiting to be published, if any. */
    public Optional<UUID> pendingEntry(UUID caseId) {
        return entries.ofCase(caseId).stream()
                .filter(entry -> "PENDING".equals(entry.status()))
                .map(DisclosureEntry::id)
                .findFirst();
    }

    /** The party told on the day how, then the entry redacted and published; the published result's id. */
    public UUID publish(StaffUser discloser, UUID entryId, LocalDate partyToldOn, String how) {
        publication.notifyParty(discloser, entryId, partyToldOn, how);
        return publication.publish(discloser, entryId);
    }

    /** A published result corrected: a new version with the reason, redacted like the first. */
    public UUID correct(StaffUser discloser, UUID entryId, String text, String reason) {
        return publication.correct(discloser, entryId, text, reason);
    }

    /** The public text of the entry's published result as it stands, before any redaction is undone. */
    public String originalText(StaffUser discloser, UUID entryId) {
        return publication.preview(discloser, entryId).redaction().original();
    }

    /** The decision behind a published result revoked on the day, and the result taken down. */
    public void revokeAndWithdraw(StaffUser discloser, UUID entryId, LocalDate revokedOn) {
        publication.markRevoked(discloser, entryId, revokedOn, "REVOKED");
        publication.withdraw(discloser, entryId);
    }

    /**
     * The administrator's unit's yearly statistics report of the year published for the first time, as the records
     * stand, once the year is over (as on the report's page); false when it was not (the year not over, or published).
     */
    public boolean publishYearlyReport(StaffUser administrator, int year) {
        if (!administrator.hasRole(org.sunlight.organization.Role.ADMIN)
                || !ReportDeadline.publishable(year, LocalDate.now(clock))
                || reports.latest(administrator.getUnitId(), year).isPresent()) {
            return false;
        }
        reports.publish(administrator.getUnitId(), year, null, administrator.getUsername());
        return true;
    }
}
