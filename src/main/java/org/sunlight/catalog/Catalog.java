package org.sunlight.catalog;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** What the portal and other modules ask of the published lists. */
@Service
public class Catalog {

    private final PublishedLists published;

    Catalog(PublishedLists published) {
        this.published = published;
    }

    /**
     * The band of the discretion standard for the item and circumstance, as published by the unit or, failing that,
     * by the nearest unit above it (standards are often set by the city or province).
     */
    public java.util.Optional<DiscretionBand> discretionBand(UUID unitId, String itemCode, String circumstance) {
        return published
                .nearest(
                        unitId,
                        ListKind.DISCRETION_STANDARDS,
                        java.util.Map.of("itemCode", itemCode, "circumstance", circumstance))
                .map(entry -> new DiscretionBand(
                        entry.key(),
                        entry.get("itemCode"),
                        entry.get("name"),
                        entry.get("circumstance"),
                        new java.math.BigDecimal(entry.get("fineMin")),
                        new java.math.BigDecimal(entry.get("fineMax")),
                        entry.get("otherPenalties"),
                        entry.get("legalBasis")));
    }

    /**
     * The fine and confiscation amounts from which a party of the kind may ask for a hearing (行政处罚法 第六十三条), as
     * published by the unit or the nearest unit above it (usually the province).
     *
     * @param organisation whether the party is a legal person or other organisation, rather than a citizen
     */
    public java.util.Optional<HearingThreshold> hearingThreshold(UUID unitId, boolean organisation) {
        return published
                .nearest(
                        unitId,
                        ListKind.HEARING_THRESHOLDS,
                        java.util.Map.of("partyType", organisation ? "法人或其他组织" : "公民"))
                .map(entry -> new HearingThreshold(
                        new java.math.BigDecimal(entry.get("fineThreshold")),
                        new java.math.BigDecimal(entry.get("confiscationThreshold")),
                        entry.get("legalBasis")));
    }

    /** The review scope rules published by the unit or, failing that, the nearest unit above it (L2). */
    public java.util.List<ReviewScopeRule> reviewScopeRules(UUID unitId) {
        return published.nearestList(unitId, ListKind.REVIEW_SCOPE_RULES).stream()
                .map(entry -> new ReviewScopeRule(
                        entry.key(),
                        entry.get("name"),
                        entry.get("category"),
                        entry.get("partyType"),
                        entry.get("amountThreshold").isBlank()
                                ? null
                                : new java.math.BigDecimal(entry.get("amountThreshold")),
                        entry.get("decisionKind"),
                        "是".equals(entry.get("afterHearing")),
                        "是".equals(entry.get("complex"))))
                .toList();
    }

    /** The review elements published by the unit or, failing that, the nearest unit above it (L3), in list order. */
    public java.util.List<ReviewElement> reviewElements(UUID unitId) {
        return published.nearestList(unitId, ListKind.REVIEW_ELEMENTS).stream()
                .map(entry -> new ReviewElement(entry.key(), entry.get("name"), entry.get("description")))
                .toList();
    }

    /** The published time limit of an item, in working days (D2), from the unit or the nearest unit above it. */
    public java.util.Optional<Integer> itemTimeLimit(UUID unitId, String itemCode) {
        return published
                .nearest(unitId, ListKind.ITEMS, java.util.Map.of("code", itemCode))
                .map(entry -> entry.get("timeLimit"))
                .filter(limit -> !limit.isBlank())
                .map(Integer::valueOf);
    }

    /**
     * The legal basis (执法依据) of an item as the unit or the nearest unit above it publishes it in its list of powers:
     * the provisions the conduct breaks and those that set its penalty.
     */
    public java.util.Optional<String> itemLegalBasis(UUID unitId, String itemCode) {
        return published
                .nearest(unitId, ListKind.ITEMS, java.util.Map.of("code", itemCode))
                .map(entry -> entry.get("legalBasis"))
                .filter(basis -> !basis.isBlank());
    }

    /** The recording requirements published by the unit or, failing that, the nearest unit above it (R3). */
    public java.util.List<RecordingRequirement> recordingRequirements(UUID unitId) {
        return published.nearestList(unitId, ListKind.RECORDING_REQUIREMENTS).stream()
                .map(entry -> new RecordingRequirement(entry.key(), entry.get("name"), entry.get("method")))
                .toList();
    }

    /** How many entries the units have published in the list, all units together. */
    public long publishedEntries(ListKind kind) {
        return published.count(kind);
    }

    /** How many entries the unit itself has published in the list (its own portal's count; null: all units). */
    public long publishedEntries(ListKind kind, UUID unitId) {
        return unitId == null ? published.count(kind) : published.count(kind, unitId);
    }

    /**
     * The random-inspection items published by the unit or, failing that, the nearest unit above it (D3), in list
     * order: what a yearly double-random plan is written from.
     */
    public java.util.List<RandomInspectionItem> randomInspectionItems(UUID unitId) {
        return published.nearestList(unitId, ListKind.RANDOM_INSPECTION_ITEMS).stream()
                .map(entry -> new RandomInspectionItem(
                        entry.key(),
                        entry.get("name"),
                        entry.get("inspectingBody"),
                        entry.get("legalBasis"),
                        entry.get("object"),
                        entry.get("content"),
                        entry.get("method"),
                        new java.math.BigDecimal(entry.get("ratio")),
                        entry.get("frequency")))
                .toList();
    }

    /**
     * The entries of the 不予处罚、首违不罚、从轻、减轻、从重处罚清单 for the item, as published by the unit or, failing that,
     * the nearest unit above it that publishes the list, in list order: what the proposal form offers beside the
     * discretion standard.
     */
    public java.util.List<PenaltyAdjustment> penaltyAdjustments(UUID unitId, String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return java.util.List.of();
        }
        return published.nearestList(unitId, ListKind.PENALTY_ADJUSTMENTS).stream()
                .filter(entry -> entry.get("itemCode").equals(itemCode.strip()))
                .map(entry -> new PenaltyAdjustment(
                        entry.key(),
                        entry.get("itemCode"),
                        entry.get("name"),
                        entry.get("circumstance"),
                        PenaltyAdjustment.Outcome.ofLabel(entry.get("outcome")),
                        entry.get("conditions"),
                        entry.get("measures"),
                        entry.get("legalBasis")))
                .toList();
    }
}
