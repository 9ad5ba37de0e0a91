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
    private final MessageSource messages;

    Proposals(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
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
        if (proposal.text() != null && proposal.text().length() > 5000) {
            throw new InvalidField("proposal.text", "case.field.proposal-text");
        }
        if (proposal.itemCode() != null && proposal.itemCode().strip().length() > 50) {
            throw new InvalidField("proposal.itemCode", "case.field.item-code");
        }
        if (proposal.circumstance() != null && proposal.circumstance().strip().length() > 10) {
            throw new InvalidField("proposal.circumstance", "case.field.circumstance");
        }
        if (proposal.outOfRangeReason() != null
                && proposal.outOfRangeReason().strip().length() > 1000) {
            throw new InvalidField("proposal.outOfRangeReason", "case.field.out-of-range-reason");
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

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
