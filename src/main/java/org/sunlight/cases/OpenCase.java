package org.sunlight.cases;

import java.util.List;
import java.util.UUID;

/**
 * What opening a case takes: the procedure, a title, the parties and the officers who handle it.
 *
 * @param officerIds the handling officers, the lead first
 * @param itemCode the enforcement item the case concerns, whose time limit a licence is decided within; or null
 * @param violation when the offence was committed (行政处罚法 第三十六条), or null when not yet known
 */
public record OpenCase(
        ProcedureKind procedure,
        String title,
        String summary,
        List<PartyInput> parties,
        List<UUID> officerIds,
        String itemCode,
        Violation violation) {

    public OpenCase(
            ProcedureKind procedure,
            String title,
            String summary,
            List<PartyInput> parties,
            List<UUID> officerIds,
            String itemCode) {
        this(procedure, title, summary, parties, officerIds, itemCode, null);
    }

    public OpenCase(
            ProcedureKind procedure, String title, String summary, List<PartyInput> parties, List<UUID> officerIds) {
        this(procedure, title, summary, parties, officerIds, null, null);
    }

    /** A party as entered: for an individual its ID number, for an organisation its credit code. */
    public record PartyInput(PartyKind kind, String name, String identity, String address) {}
}
