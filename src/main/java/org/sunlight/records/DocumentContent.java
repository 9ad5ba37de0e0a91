package org.sunlight.records;

import java.util.List;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.Party;
import org.sunlight.cases.ProposalKind;

/**
 * What the document template shows, gathered at issue from the case, the unit and its officers.
 *
 * @param organ the issuing unit's name
 * @param number the 文号, or null
 * @param cause the case's title (案由)
 * @param proposal the penalty, for the kinds that state one, else null
 * @param clauses message keys of the kind's fixed paragraphs: rights, payment, remedies
 * @param correction what this document corrects, or null
 */
record DocumentContent(
        DocumentKind kind,
        String title,
        String organ,
        String number,
        String cause,
        String addressee,
        List<Party> parties,
        String summary,
        List<Note> notes,
        Penalty proposal,
        List<String> clauses,
        List<Signatory> officers,
        String issuedOn,
        Correction correction) {

    /** The same content with its 文号 (or none). */
    DocumentContent numbered(String number) {
        return new DocumentContent(
                kind,
                title,
                organ,
                number,
                cause,
                addressee,
                parties,
                summary,
                notes,
                proposal,
                clauses,
                officers,
                issuedOn,
                correction);
    }

    /** A note written with an act of the case. */
    record Note(String on, String action, String text) {}

    /** The penalty stated or intended: its kind, the amount in yuan as printed, and the officer's words. */
    record Penalty(ProposalKind kind, String fine, String text) {}

    /** An officer named on the document, with the enforcement certificate they showed. */
    record Signatory(String name, String certificateNo) {}

    /** The document corrected, the reason and the corrected text. */
    record Correction(String corrected, String correctedOn, String reason, String text) {}
}
