package org.sunlight.cases;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseRefusals.InvalidField;
import org.sunlight.catalog.Catalog;

/**
 * Checks a proposed decision before anything is judged on it: exact or refused, never rounded (an amount is stored to
 * the fen as given), and measured against the discretion standard the officer chose (A4).
 */
@Component
class Proposals {

    /** The largest amount a decision may name, in yuan; the column holds it to the fen. */
    static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("1000000000");

    private final Catalog catalog;
    /** The proposal's text and its out-of-range reason are kept as {@code text}: these caps are the product's. */
    static final int PROPOSAL_TEXT_MAX = 5000;

    static final int OUT_OF_RANGE_REASON_MAX = 1000;

    private final MessageSource messages;
    private final org.sunlight.platform.ColumnLengths lengths;

    Proposals(Catalog catalog, MessageSource messages, org.sunlight.platform.ColumnLengths lengths) {
        this.catalog = catalog;
        this.messages = messages;
        this.lengths = lengths;
    }

    /** The proposal as given, or a field error naming what is wrong with it. */
    Proposal checked(CaseState state, Proposal proposal) {
        if (proposal == null || proposal.kind() == null) {
            throw new InvalidField("proposal.kind", "case.field.proposal");
        }
        var kind = proposal.kind();
        if (kind.category() != state.procedure().category()) {
            throw new InvalidField(
                    "proposal.kind",
                    "case.field.proposal-kind-category",
                    text(kind.labelKey()),
                    text(state.procedure().labelKey()));
        }
        if (!Procedures.of(state.procedure()).proposableIn(state.stage()).contains(kind)) {
            throw new InvalidField(
                    "proposal.kind",
                    "case.field.proposal-kind-stage",
                    text(kind.labelKey()),
                    text("stage." + state.stage()));
        }
        var amount = proposal.fine();
        if (kind.carriesAmount()) {
            if (amount == null || amount.signum() <= 0) {
                throw new InvalidField("proposal.fine", "case.field.amount-required", text(kind.labelKey()));
            }
            var scale = amount.stripTrailingZeros().scale();
            if (scale > 2) {
                throw new InvalidField("proposal.fine", "case.field.amount-scale", amount.toPlainString(), scale);
            }
            if (amount.compareTo(MAXIMUM_AMOUNT) > 0) {
                throw new InvalidField("proposal.fine", "case.field.amount-too-large", MAXIMUM_AMOUNT.toPlainString());
            }
        } else if (amount != null) {
            throw new InvalidField(
                    "proposal.fine", "case.field.amount-not-allowed", text(kind.labelKey()), amount.toPlainString());
        }
        if (proposal.text() != null && proposal.text().length() > PROPOSAL_TEXT_MAX) {
            throw new InvalidField("proposal.text", "case.field.proposal-text", PROPOSAL_TEXT_MAX);
        }
        if (proposal.itemCode() != null
                && !lengths.fits(
                        "cases.enforcement_case.proposal_item_code",
                        proposal.itemCode().strip())) {
            throw new InvalidField(
                    "proposal.itemCode",
                    "case.field.item-code",
                    lengths.max("cases.enforcement_case.proposal_item_code"));
        }
        if (proposal.circumstance() != null
                && !lengths.fits(
                        "cases.enforcement_case.proposal_circumstance",
                        proposal.circumstance().strip())) {
            throw new InvalidField(
                    "proposal.circumstance",
                    "case.field.circumstance",
                    lengths.max("cases.enforcement_case.proposal_circumstance"));
        }
        if (proposal.outOfRangeReason() != null
                && proposal.outOfRangeReason().strip().length() > OUT_OF_RANGE_REASON_MAX) {
            throw new InvalidField(
                    "proposal.outOfRangeReason", "case.field.out-of-range-reason", OUT_OF_RANGE_REASON_MAX);
        }
        if (proposal.listDepartureReason() != null
                && !lengths.fits(
                        "cases.enforcement_case.proposal_list_departure_reason",
                        proposal.listDepartureReason().strip())) {
            throw new InvalidField(
                    "proposal.listDepartureReason",
                    "case.field.list-departure-reason",
                    lengths.max("cases.enforcement_case.proposal_list_departure_reason"));
        }
        return proposal;
    }

    /**
     * Measures the fine against the discretion standard the officer chose (A4): a fine outside the band's range needs a
     * written reason, and the proposal is flagged for the reviewer.
     */
    boolean outOfRange(CaseState state, Proposal proposal) {
        if (!proposal.measuredAgainstStandard()) {
            return false;
        }
        var band = catalog.discretionBand(
                        state.unitId(),
                        proposal.itemCode().strip(),
                        proposal.circumstance().strip())
                .orElseThrow(() -> new InvalidField(
                        "proposal.circumstance", "case.field.no-band", proposal.itemCode(), proposal.circumstance()));
        if (proposal.fine() == null || band.allows(proposal.fine())) {
            return false;
        }
        if (proposal.outOfRangeReason() == null
                || proposal.outOfRangeReason().strip().length() < 2) {
            throw new InvalidField(
                    "proposal.outOfRangeReason",
                    "case.field.out-of-range",
                    band.circumstance(),
                    band.fineMin().toPlainString(),
                    band.fineMax().toPlainString());
        }
        return true;
    }

    /**
     * Measures the proposal against the unit's published 不予处罚、首违不罚、从轻、减轻、从重处罚清单 (行政处罚法 第三十二条、
     * 第三十三条): when entries of the list name the proposal's item and circumstance and the proposal takes none of
     * the outcomes they allow, it needs a written reason, and the entry it departs from is recorded for the reviewer.
     *
     * @return the entry departed from, or null when the proposal follows the list or no entry applies
     */
    org.sunlight.catalog.PenaltyAdjustment listDeparture(CaseState state, Proposal proposal) {
        if (!proposal.measuredAgainstStandard()
                || !(proposal.kind().punishes() || proposal.kind() == ProposalKind.NO_PENALTY)) {
            return null;
        }
        var circumstance = proposal.circumstance().strip();
        var entries = catalog
                .penaltyAdjustments(state.unitId(), proposal.itemCode().strip())
                .stream()
                .filter(entry -> entry.circumstance().equals(circumstance))
                .toList();
        if (entries.isEmpty() || entries.stream().anyMatch(entry -> proposal.follows(entry.outcome()))) {
            return null;
        }
        var entry = entries.get(0);
        if (proposal.listDepartureReason() == null
                || proposal.listDepartureReason().strip().length() < 2) {
            throw new InvalidField(
                    "proposal.listDepartureReason",
                    "case.field.list-departure",
                    entry.code(),
                    circumstance,
                    entries.stream()
                            .map(each -> each.outcome().label())
                            .distinct()
                            .collect(java.util.stream.Collectors.joining("、")));
        }
        return entry;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
