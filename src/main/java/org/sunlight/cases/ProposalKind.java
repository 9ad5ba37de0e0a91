package org.sunlight.cases;

/** The kinds of penalty a decision may propose (行政处罚法 第九条). */
public enum ProposalKind {
    WARNING,
    FINE,
    CONFISCATION,
    SUSPENSION,
    REVOCATION,
    CLOSURE;

    /** The penalties for which the party may ask for a hearing whatever the amount (第六十三条). */
    public boolean hearingWhateverTheAmount() {
        return this == SUSPENSION || this == REVOCATION || this == CLOSURE;
    }
}
