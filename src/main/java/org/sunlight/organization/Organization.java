package org.sunlight.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.sunlight.platform.NotFound;

/** What other modules ask of the organization: who is acting, what they may see, whether an officer may act. */
@Service
public class Organization {

    private final Units units;
    private final Officers officers;
    private final UserAccounts accounts;
    private final EnforcementBodies bodies;

    Organization(Units units, Officers officers, UserAccounts accounts, EnforcementBodies bodies) {
        this.units = units;
        this.officers = officers;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    /** The staff member of the current request, or empty for the public. */
    public Optional<StaffUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The units whose records the user sees and changes: their own, and below it for city and province staff. */
    public Set<UUID> visibleUnitIds(StaffUser user) {
        return user.getUnitLevel().seesSubordinates() ? units.subtree(user.getUnitId()) : Set.of(user.getUnitId());
    }

    public boolean isVisible(StaffUser user, UUID unitId) {
        return unitId != null && visibleUnitIds(user).contains(unitId);
    }

    /** The units the user sees, province first. */
    public List<Unit> visibleUnits(StaffUser user) {
        return units.findAll(visibleUnitIds(user));
    }

    /** The unit and every unit below it, at any depth: what a city's or province's figures add up. */
    public Set<UUID> unitAndBelow(UUID unitId) {
        return units.subtree(unitId);
    }

    /** The units directly below a unit, active or not, by division code. */
    public List<Unit> unitsDirectlyBelow(UUID unitId) {
        return units.findAll(units.subtree(unitId)).stream()
                .filter(u -> unitId.equals(u.parentId()))
                .toList();
    }

    /** Every active unit, for the public portal's filters. */
    public List<Unit> activeUnits() {
        return units.findActive();
    }

    /** How many officers the public personnel list shows (D5). */
    public long listedOfficers() {
        return units.count("select count(*) from organization.officer o join organization.unit u on u.id = o.unit_id"
                + " where o.active and not o.revoked and u.active");
    }

    /** How many of the unit's own officers the public personnel list shows (D5), for the unit's portal. */
    public long listedOfficers(UUID unitId) {
        return units.count(
                "select count(*) from organization.officer o join organization.unit u on u.id = o.unit_id"
                        + " where o.active and not o.revoked and u.active and u.id = ?",
                unitId);
    }

    /**
     * The units a visitor may pick on the portal (issue 18, point 11): every active unit, province first, each city
     * followed by its counties (division codes nest: 370000 › 370800 › 370881).
     */
    public List<Unit> portalUnits() {
        return units.findActive();
    }

    /**
     * The active unit whose portal {@code /u/{unitCode}/…} shows, by its division code; an unknown or inactive code is
     * not found (404), never a server error.
     */
    public Unit portalUnit(String unitCode) {
        return unitCode == null
                ? null
                : units.findByDivisionCode(unitCode).filter(Unit::active).orElseThrow(() -> new NotFound("unit"));
    }

    /** The unit's active officers, by name: those who may be put on a case. */
    public List<Officer> actingOfficers(UUID unitId) {
        return officers.search(List.of(unitId), null, new org.sunlight.platform.PageQuery(0, 1000)).content().stream()
                .filter(Officer::active)
                .sorted(java.util.Comparator.comparing(Officer::name))
                .toList();
    }

    /** The unit's active enforcement bodies, from which its body list is drafted (D4). */
    public List<EnforcementBody> bodiesOf(UUID unitId) {
        return bodies.ofUnits(List.of(unitId)).stream()
                .filter(EnforcementBody::active)
                .toList();
    }

    /** The unit with the administrative division code (GB/T 2260). */
    public Optional<Unit> unitByDivisionCode(String divisionCode) {
        return units.findByDivisionCode(divisionCode);
    }

    public Optional<Unit> unit(UUID id) {
        return units.find(id);
    }

    public Optional<Officer> officer(UUID id) {
        return officers.find(id);
    }

    /** The officer, if the user may see them; otherwise the same answer as for an unknown id. */
    public Officer officerVisibleTo(StaffUser user, UUID id) {
        return officers.find(id)
                .filter(officer -> isVisible(user, officer.unitId()))
                .orElseThrow(() -> new NotFound("officer"));
    }

    /**
     * May the officer act on the day, in the category (null for any)? 行政处罚法 第四十二条: only holders of a valid
     * enforcement certificate act.
     */
    public CertificateCheck checkCertificate(UUID officerId, LocalDate day, EnforcementCategory category) {
        var officer = officers.find(officerId).orElseThrow(() -> new NotFound("officer"));
        return CertificateCheck.of(officer, day, category);
    }

    /**
     * Suspends the officer's certificate from the day (a decision of the responsibility system, e.g. two years graded
     * 不合格, 实施方案 三(四)2): {@link #checkCertificate} answers {@link CertificateStatus#SUSPENDED} from then on, so
     * the case rules refuse their acts. The reason is kept with the certificate (at most 200 characters).
     */
    public void suspendCertificate(UUID officerId, LocalDate from, String reason) {
        officers.suspend(officerId, from, reason);
    }

    /** Revokes the officer's certificate (取消执法资格) with the reason, ending a suspension. */
    public void revokeCertificate(UUID officerId, String reason) {
        officers.revoke(officerId, reason);
    }

    /** Takes the officer off enforcement posts (调离执法岗位): no longer active, so no longer acting; ends a suspension. */
    public void removeFromEnforcement(UUID officerId) {
        officers.removeFromEnforcement(officerId);
    }

    /** The active accounts of the unit holding the role, by name (e.g. the reviewers a review may go to). */
    public List<StaffMember> staffWithRole(UUID unitId, Role role) {
        return accounts.withRole(unitId, role);
    }

    /** Active officers and active reviewers of a unit, for the staffing ratio of L1. */
    public Staffing staffing(UUID unitId) {
        return new Staffing(unitId, officers.countActive(unitId), accounts.countWithRole(unitId, Role.REVIEWER));
    }
}
