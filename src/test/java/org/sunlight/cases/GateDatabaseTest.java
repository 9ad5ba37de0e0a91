package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sunlight.CaseSteps.proposal;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;

/**
 * L5 held by the database on facts, tried with direct SQL as someone holding the application's connection would: a
 * forged case row, a proposal changed without its version, a forged decision check, TRUNCATE of the review's and the
 * acts' tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GateDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
    }

    private UUID majorProposalInDiscussion() throws Exception {
        var id = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(leader, id, "file", "{}");
        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "conclude-investigation", "{}");
        steps.act(officer, id, "propose", proposal("FINE", "120000", false));
        return id;
    }

    @Test
    void aForgedCaseRowDoesNotEnterTheDecidedStage() throws Exception {
        var id = majorProposalInDiscussion();

        for (var forged : new String[] {
            "update cases.enforcement_case set stage = 'decided' where id = ?",
            "update cases.enforcement_case set stage = 'decided', proposal_major = false where id = ?",
            "update cases.enforcement_case set stage = 'advance-notice', proposal_major = false,"
                    + " collective_held_version = proposal_version where id = ?",
            "update cases.enforcement_case set stage = 'decided', proposal_fine = 100 where id = ?"
        }) {
            assertThatThrownBy(() -> db.sql(forged).param(id).update())
                    .as(forged)
                    .hasMessageContaining("only with the legal review's check");
        }
        assertThat(steps.stage(officer, id)).isEqualTo("case-discussion");
    }

    @Test
    void aForgedDecisionCheckCannotClearAMajorProposal() throws Exception {
        var id = majorProposalInDiscussion();
        var version = db.sql("select proposal_version from cases.enforcement_case where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        // a check claiming the proposal is not major, for another amount than the one proposed: refused
        db.sql(
                        """
                        insert into review.decision_check (case_id, proposal_version, action, proposal_kind, amount,
                            checked_by) values (?, ?, 'decide', 'FINE', 100, 'attacker')
                        """)
                .params(id, version)
                .update();
        assertThatThrownBy(() -> db.sql("update cases.enforcement_case set stage = 'decided' where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("only with the legal review's check");
        // and a "major" one needs a submission of this version with an agreeing opinion: there is none
        assertThatThrownBy(() -> db.sql(
                                """
                                insert into review.decision_check (case_id, proposal_version, action, proposal_kind,
                                    amount, major_because, checked_by) values (?, ?, 'decide', 'FINE', 120000, 'x', 'a')
                                """)
                        .params(id, version)
                        .update())
                .hasMessageContaining("decision_check");
    }

    @Test
    void theProposalsVersionMovesWithEveryChangeOfItsContentAndOnlyThen() throws Exception {
        var id = majorProposalInDiscussion();
        var before = version(id);

        db.sql("update cases.enforcement_case set proposal_fine = 49999.99 where id = ?")
                .param(id)
                .update();
        assertThat(version(id)).isEqualTo(before + 1);
        db.sql("update cases.enforcement_case set proposal_text = '改' where id = ?")
                .param(id)
                .update();
        assertThat(version(id)).isEqualTo(before + 2);
        // a version set back to the one a review agreed to is refused
        assertThatThrownBy(() -> db.sql("update cases.enforcement_case set proposal_version = ? where id = ?")
                        .params(before, id)
                        .update())
                .hasMessageContaining("moves only with the proposal");
        // exact or refused: an amount past the fen is not rounded into the column
        assertThatThrownBy(() -> db.sql("update cases.enforcement_case set proposal_fine = 49999.995 where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("proposal_fine_exact");
    }

    @Test
    void aHearingOnceHeldStaysRecorded() throws Exception {
        var id = majorProposalInDiscussion();
        db.sql("update cases.enforcement_case set hearing_held_at = now() where id = ?")
                .param(id)
                .update();
        assertThatThrownBy(() -> db.sql("update cases.enforcement_case set hearing_held_at = null where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("hearing once held");
    }

    @Test
    void noCaseStartsInAGatedStage() {
        assertThatThrownBy(() -> db.sql(
                                """
                                insert into cases.enforcement_case (unit_id, procedure, stage, title, created_by)
                                select id, 'GENERAL_PENALTY', 'decided', '伪造', 'attacker' from organization.unit
                                limit 1
                                """)
                        .update())
                .hasMessageContaining("does not start in stage decided");
    }

    @Test
    void theReviewsRecordsAndTheActsRefuseTruncate() throws Exception {
        // a reviewed case, so that every table holds something
        var id = majorProposalInDiscussion();
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        for (var table : new String[] {
            "review.opinion",
            "review.submission",
            "review.coordination",
            "review.decision_check",
            "cases.case_act",
            "cases.enforcement_case"
        }) {
            assertThatThrownBy(() -> db.sql("truncate " + table + " cascade").update())
                    .as(table)
                    .hasMessageContaining("never truncated");
        }
        assertThat(db.sql("select count(*) from review.opinion where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDatabasesGatedStagesAreTheStagesGatedStepsEnter() {
        var declared = new HashSet<String>();
        for (var procedure : Procedures.all()) {
            for (var t : procedure.transitions()) {
                if (t.gated()) {
                    declared.add(procedure.kind() + "/" + t.to());
                }
            }
        }
        var stored = new HashSet<>(db.sql("select procedure || '/' || stage from cases.gated_stage")
                .query(String.class)
                .list());
        assertThat(stored).isEqualTo(declared);
        // and no ungated step enters a gated stage
        for (var procedure : Procedures.all()) {
            for (var t : procedure.transitions()) {
                if (!t.withinStage() && stored.contains(procedure.kind() + "/" + t.to())) {
                    assertThat(t.gated())
                            .as("%s %s", procedure.kind(), t.action())
                            .isTrue();
                }
            }
        }
    }

    private int version(UUID id) {
        return db.sql("select proposal_version from cases.enforcement_case where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
