package org.sunlight.records;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseActed;

/**
 * Issues the documents an act produces, inside the act's transaction (R2): if a document cannot be issued, the act is
 * not taken either.
 */
@Component
class CaseDocuments {

    private final DocumentIssuer issuer;

    CaseDocuments(DocumentIssuer issuer) {
        this.issuer = issuer;
    }

    @EventListener
    void issue(CaseActed acted) {
        for (var kind : acted.documents()) {
            issuer.issue(acted.caseId(), kind, acted.actor(), acted.actedAt(), null);
        }
    }
}
