package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseLink;

/** Names a case's disclosure entry in the case's JSON: {@code "disclosure":{"entryId":…,"status":…,"href":…}}. */
@Component
class DisclosureCaseLink implements CaseLink {

    private final DisclosureEntries entries;

    DisclosureCaseLink(DisclosureEntries entries) {
        this.entries = entries;
    }

    /** The entry as the case names it; {@code href} is the staff API's entry. */
    record Named(UUID entryId, String status, LocalDate dueOn, String href) {}

    @Override
    public String name() {
        return "disclosure";
    }

    @Override
    public Optional<Object> of(UUID caseId) {
        // the entry of the case's own decision; a licence's changes and renewals are listed by /api/disclosures?case=
        return entries.ofCase(caseId).stream()
                .filter(entry -> entry.decision() == null)
                .findFirst()
                .map(entry -> new Named(entry.id(), entry.status(), entry.dueOn(), "/api/disclosures/" + entry.id()));
    }
}
