package org.sunlight.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Retrieved;

/**
 * Keeps, from the retrieval log's events ({@link Retrieved}, R8), each opening of a case or of one of its records by
 * someone whose duty does not cover the case: an account whose only enforcement post is OFFICER (its duty is the cases
 * it handles), who is not an officer of the case and has taken no act on it, nor gone with one who did. Leaders,
 * reviewers, supervisors and administrators answer for all of their unit's cases (the powers-to-posts list). The
 * answer is taken at the moment of retrieval, from {@code CaseManagement.find}; only what falls outside is kept.
 */
@Component
class RetrievalDuty {

    /** The posts whose duty covers every case of the unit. */
    static final Set<Role> UNIT_WIDE = Set.of(Role.LEADER, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN);

    private final JdbcClient db;
    private final CaseManagement cases;
    private final Organization organization;

    RetrievalDuty(JdbcClient db, CaseManagement cases, Organization organization) {
        this.db = db;
        this.cases = cases;
        this.organization = organization;
    }

    @EventListener
    void on(Retrieved event) {
        if (event.caseId() == null || event.username() == null) {
            return;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(event.caseId());
        } catch (IllegalArgumentException e) {
            return;
        }
        var user = organization
                .currentUser()
                .filter(u -> u.getUsername().equals(event.username()))
                .orElse(null);
        if (user == null || UNIT_WIDE.stream().anyMatch(user::hasRole)) {
            return;
        }
        cases.find(caseId)
                .filter(view -> !withinDuty(user, view))
                .ifPresent(view -> outsideDuty(
                        caseId,
                        view.unitId(),
                        event.username(),
                        event.kind(),
                        event.recordId(),
                        event.address(),
                        event.at()));
    }

    /** An officer of the case, one who acted on it, or one who went with the one who did. */
    static boolean withinDuty(StaffUser user, CaseView view) {
        var officerId = user.getOfficerId();
        if (officerId != null && view.officerIds().contains(officerId)) {
            return true;
        }
        return view.acts().stream()
                .anyMatch(act -> user.getUsername().equals(act.actor())
                        || (officerId != null && officerId.equals(act.companionId())));
    }

    /** Keeps a retrieval of a case outside the retriever's duty. */
    void outsideDuty(
            UUID caseId, UUID unitId, String username, String kind, String recordId, String address, Instant at) {
        db.sql(
                        """
                        insert into supervision.retrieval_outside_duty (case_id, unit_id, username, kind, record_id,
                            address, retrieved_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(caseId, unitId, username, kind, recordId, address, Timestamp.from(at))
                .update();
    }
}
