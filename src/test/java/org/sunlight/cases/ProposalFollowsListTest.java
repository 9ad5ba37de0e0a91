package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.catalog.PenaltyAdjustment.Outcome.FIRST_OFFENCE;
import static org.sunlight.catalog.PenaltyAdjustment.Outcome.HEAVIER;
import static org.sunlight.catalog.PenaltyAdjustment.Outcome.LIGHTER;
import static org.sunlight.catalog.PenaltyAdjustment.Outcome.NO_PENALTY;
import static org.sunlight.catalog.PenaltyAdjustment.Outcome.REDUCED;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sunlight.catalog.PenaltyAdjustment.Outcome;

/**
 * Which outcome of the 不予处罚、首违不罚、从轻、减轻、从重处罚清单 a proposal takes, in the proposal's own words (its kind,
 * its {@link Mitigation} and its {@link LegalGround}): 行政处罚法 第三十二条、第三十三条.
 */
class ProposalFollowsListTest {

    private static Proposal proposal(ProposalKind kind, Mitigation mitigation, LegalGround ground) {
        var fine = kind == ProposalKind.FINE ? new BigDecimal("3000") : null;
        return new Proposal(kind, fine, "处理意见", false, "370881-XZCF-037", "轻微", null, mitigation, ground);
    }

    private static Set<Outcome> followed(Proposal proposal) {
        var followed = EnumSet.noneOf(Outcome.class);
        for (var outcome : Outcome.values()) {
            if (proposal.follows(outcome)) {
                followed.add(outcome);
            }
        }
        return followed;
    }

    @Test
    void notPunishingAFirstOffenceTakesBothTheFirstOffenceAndTheNoPenaltyEntry() {
        assertThat(followed(proposal(ProposalKind.NO_PENALTY, null, LegalGround.FIRST_OFFENCE)))
                .containsExactlyInAnyOrder(FIRST_OFFENCE, NO_PENALTY);
    }

    @Test
    void notPunishingOnAnotherGroundIsNotAFirstOffence() {
        assertThat(followed(proposal(ProposalKind.NO_PENALTY, null, LegalGround.NO_FAULT)))
                .containsExactly(NO_PENALTY);
    }

    @Test
    void aMitigatedPenaltyTakesItsOwnMitigationOnly() {
        assertThat(followed(proposal(ProposalKind.FINE, Mitigation.LIGHTER, LegalGround.HARM_REDUCED)))
                .containsExactly(LIGHTER);
        assertThat(followed(proposal(ProposalKind.WARNING, Mitigation.REDUCED, LegalGround.CONFESSED)))
                .containsExactly(REDUCED);
    }

    @Test
    void aPenaltyNeitherLighterNorReducedTakesOnlyTheHeavierEntry() {
        assertThat(followed(proposal(ProposalKind.FINE, null, null))).containsExactly(HEAVIER);
        assertThat(followed(proposal(ProposalKind.WARNING, null, null))).containsExactly(HEAVIER);
    }
}
