package org.sunlight.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProposalFacts;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.ReviewScopeRule;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Unit;

/**
 * Which decisions are major and need the legal review (L2), the review office's rule. A floor no unit can lower comes
 * first: a decision after a hearing, and one marked complex or of major public interest (行政处罚法 第五十八条); then the
 * scope list of the province, which binds every unit below it; then the unit's own published list, or where it has
 * none the nearest superior unit's.
 */
@Component
class MajorDecisions {

    private final Catalog catalog;
    private final Organization organization;
    private final MessageSource messages;

    MajorDecisions(Catalog catalog, Organization organization, MessageSource messages) {
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    /** Why the proposal is major, naming the scope rule or the law; empty when it is not. */
    Optional<String> majorBecause(ProposalFacts proposal) {
        if (!proposal.proposed()) {
            return Optional.empty();
        }
        var rules = rulesFor(proposal.unitId());
        var category = proposal.category().name();
        if (proposal.hearingHeld()) {
            return Optional.of(named(rules, category, ReviewScopeRule::afterHearing, "review.major.hearing"));
        }
        if (proposal.complex()) {
            return Optional.of(named(rules, category, ReviewScopeRule::complex, "review.major.complex"));
        }
        return rules.stream()
                .filter(rule -> rule.category().equals(category) && !rule.afterHearing() && !rule.complex())
                .filter(rule -> applies(rule, proposal))
                .map(ReviewScopeRule::name)
                .findFirst();
    }

    /**
     * The province's list, then the unit's own or its nearest superior's published list. A rule of the province binds
     * every unit below it whatever the unit's own list says.
     */
    List<ReviewScopeRule> rulesFor(UUID unitId) {
        var rules = new ArrayList<ReviewScopeRule>();
        province(unitId).ifPresent(province -> rules.addAll(catalog.reviewScopeRules(province.id())));
        rules.addAll(catalog.reviewScopeRules(unitId));
        return rules;
    }

    private static boolean applies(ReviewScopeRule rule, ProposalFacts proposal) {
        boolean party =
                switch (rule.partyType() == null ? "" : rule.partyType()) {
                    case "公民" -> proposal.parties().contains(PartyKind.INDIVIDUAL);
                    case "法人或其他组织" -> proposal.parties().contains(PartyKind.ORGANISATION);
                    default -> true;
                };
        boolean amount = rule.amountThreshold() == null
                || (proposal.kind().carriesAmount()
                        && proposal.amount() != null
                        && proposal.amount().compareTo(rule.amountThreshold()) >= 0);
        boolean kind = rule.decisionKind() == null
                || rule.decisionKind().isBlank()
                || proposal.kind().words().stream().anyMatch(rule.decisionKind()::contains);
        // a rule that names no amount or kind is the unit's choice to review every decision of the category
        return party && amount && kind;
    }

    private String named(
            List<ReviewScopeRule> rules,
            String category,
            java.util.function.Predicate<ReviewScopeRule> which,
            String lawKey) {
        return rules.stream()
                .filter(rule -> rule.category().equals(category) && which.test(rule))
                .map(ReviewScopeRule::name)
                .findFirst()
                .orElseGet(() -> messages.getMessage(lawKey, null, lawKey, Locale.SIMPLIFIED_CHINESE));
    }

    /** The province the unit belongs to: the top of its chain of superior units. */
    private Optional<Unit> province(UUID unitId) {
        var unit = organization.unit(unitId);
        while (unit.isPresent() && unit.get().parentId() != null) {
            unit = organization.unit(unit.get().parentId());
        }
        return unit.filter(top -> !top.id().equals(unitId));
    }
}
