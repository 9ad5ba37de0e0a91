package org.sunlight.disclosure;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseView;
import org.sunlight.catalog.Catalog;
import org.sunlight.organization.StaffUser;
import org.sunlight.records.DocumentSummary;
import org.sunlight.records.Records;

/**
 * What a citizen reads first on a published result (issue 15, D10): the decision document's 文号, the legal basis and
 * the decision in one line, beside the organ and the date the result already names — the fields the national "双公示"
 * data standard publishes for a penalty (决定书文号、处罚依据、处罚内容、处罚机关、处罚决定日期). Taken when the result is published and kept with it, as the public text
 * is, so that the page says what stood when it was published.
 */
@Component
class ResultFacts {

    /**
     * @param documentNumber the standing decision document's 文号, or null when the case issued none
     * @param penaltyBasis the legal basis of the discretion standard the decision applied, or null
     * @param itemBasis the enforcement item's legal basis as the list of powers publishes it, or null
     * @param decisionLine the decision in one line ("罚款 人民币 100,000.00 元"), or null when the case records none
     */
    record Facts(String documentNumber, String penaltyBasis, String itemBasis, String decisionLine) {

        static final Facts NONE = new Facts(null, null, null, null);
    }

    private final JdbcClient db;
    private final Records records;
    private final Catalog catalog;
    private final MessageSource messages;
    private final DisclosureEntries entries;

    ResultFacts(JdbcClient db, Records records, Catalog catalog, MessageSource messages, DisclosureEntries entries) {
        this.db = db;
        this.entries = entries;
        this.records = records;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * Takes the facts of the entry's decision as they stand and keeps them with its result, the decision line redacted
     * as the result's text is.
     */
    void record(
            StaffUser user, DisclosureEntry entry, CaseView view, java.util.function.UnaryOperator<String> redacted) {
        var entryId = entry.id();
        var taken = of(user, entry, view);
        // the decision line is public text: a change's matters may name the party (D11)
        var facts = new Facts(
                taken.documentNumber(),
                taken.penaltyBasis(),
                taken.itemBasis(),
                taken.decisionLine() == null ? null : redacted.apply(taken.decisionLine()));
        db.sql(
                        """
                        insert into disclosure.result_facts
                            (entry_id, document_number, penalty_basis, item_basis, decision_line)
                        values (?, ?, ?, ?, ?)
                        on conflict (entry_id) do update set document_number = excluded.document_number,
                            penalty_basis = excluded.penalty_basis, item_basis = excluded.item_basis,
                            decision_line = excluded.decision_line
                        """)
                .params(entryId, facts.documentNumber(), facts.penaltyBasis(), facts.itemBasis(), facts.decisionLine())
                .update();
    }

    /** The facts kept with the entry's result, or {@link Facts#NONE} for one published before they were kept. */
    Facts of(UUID entryId) {
        return db.sql(
                        """
                        select document_number, penalty_basis, item_basis, decision_line
                        from disclosure.result_facts where entry_id = ?
                        """)
                .param(entryId)
                .query((rs, row) -> new Facts(
                        rs.getString("document_number"),
                        rs.getString("penalty_basis"),
                        rs.getString("item_basis"),
                        rs.getString("decision_line")))
                .optional()
                .orElse(Facts.NONE);
    }

    private Facts of(StaffUser user, DisclosureEntry entry, CaseView view) {
        String number;
        if (entry.decision() != null) {
            // a decision on a licence in force (a change, a renewal, a refusal of either): that decision's document,
            // not the case's latest
            number = entry.decision().documentNumber();
        } else {
            // the case's own decision: its latest standing numbered document that no other entry of the case shows
            var shownBesides = entries.documentsShownBesides(entry.caseId(), entry.id());
            number = records.documentsOf(user, view.id()).stream()
                    .filter(document -> document.number() != null && document.correctedBy() == null)
                    .filter(document -> !shownBesides.contains(document.id()))
                    .max(Comparator.comparing(DocumentSummary::issuedAt))
                    .map(DocumentSummary::number)
                    .orElse(null);
        }
        String penaltyBasis = view.proposalItemCode() == null || view.proposalCircumstance() == null
                ? null
                : catalog.discretionBand(view.unitId(), view.proposalItemCode(), view.proposalCircumstance())
                        .map(org.sunlight.catalog.DiscretionBand::legalBasis)
                        .filter(basis -> !basis.isBlank())
                        .orElse(null);
        String itemBasis = view.proposalItemCode() == null
                ? null
                : catalog.itemLegalBasis(view.unitId(), view.proposalItemCode()).orElse(null);
        return new Facts(
                number, penaltyBasis, itemBasis, decisionLine(entry, view).orElse(null));
    }

    /**
     * The entry's decision in one line: a licence changed with the matters changed (行政许可法 第四十九条), a licence
     * renewed with its new term (第五十条), a change or a renewal refused, and otherwise the case's decision ({@link #decisionLine(CaseView)}).
     */
    Optional<String> decisionLine(DisclosureEntry entry, CaseView view) {
        var decision = entry.decision();
        if (decision == null) {
            // the case's decision as it was decided, not a proposal the case made since (a licence's change or renewal)
            return entry.decidedKind() == null
                    ? decisionLine(view)
                    : decisionLine(entry.decidedKind(), entry.decidedAmount());
        }
        return switch (decision.documentKind()) {
            case LICENCE_CHANGE_DECISION -> Optional.of(messages.getMessage(
                    "disclosure.result.licence-changed",
                    new Object[] {decision.changeMatters() == null ? "" : decision.changeMatters()},
                    Locale.SIMPLIFIED_CHINESE));
            case LICENCE_RENEWAL_DECISION -> Optional.of(messages.getMessage(
                    "disclosure.result.licence-renewed",
                    new Object[] {String.valueOf(decision.validUntil())},
                    Locale.SIMPLIFIED_CHINESE));
            case LICENCE_CHANGE_REFUSAL -> Optional.of(
                    messages.getMessage("disclosure.result.licence-change-refused", null, Locale.SIMPLIFIED_CHINESE));
            case LICENCE_RENEWAL_REFUSAL -> Optional.of(
                    messages.getMessage("disclosure.result.licence-renewal-refused", null, Locale.SIMPLIFIED_CHINESE));
            default -> Optional.of(
                    messages.getMessage("document." + decision.documentKind().name(), null, Locale.SIMPLIFIED_CHINESE));
        };
    }

    /**
     * The decision's kind and, for a fine or a confiscation, its amount, once, to the fen as decided: "罚款 人民币
     * 100,000.00 元". The officer's own wording of the decision stays in the public text, not in this line.
     */
    Optional<String> decisionLine(CaseView view) {
        if (view.proposalKind() == null) {
            return Optional.empty();
        }
        return decisionLine(view.proposalKind(), view.proposalFine());
    }

    private Optional<String> decisionLine(org.sunlight.cases.ProposalKind decided, BigDecimal fine) {
        String kind = messages.getMessage("proposal." + decided.name(), null, Locale.SIMPLIFIED_CHINESE);
        if (fine == null || fine.signum() <= 0) {
            return Optional.of(kind);
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return Optional.of(messages.getMessage(
                "disclosure.result.decision-line",
                new Object[] {kind, format.format(fine)},
                Locale.SIMPLIFIED_CHINESE));
    }
}
