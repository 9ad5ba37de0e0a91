package org.sunlight.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The units an admin works on, as the administration screens offer and check them. */
@Component
class AdminScope {

    private final Organization organization;
    private final Units units;

    AdminScope(Organization organization, Units units) {
        this.organization = organization;
        this.units = units;
    }

    /** Every unit in the admin's scope, active or not, by division code. */
    List<Unit> units(StaffUser user) {
        return units.findAll(organization.visibleUnitIds(user));
    }

    /** The units a new record may be put in: the active ones of the scope. */
    List<Unit> unitChoices(StaffUser user) {
        return units(user).stream().filter(Unit::active).toList();
    }

    /** The unit, if it is in the admin's scope and active, so that a new record may be put in it. */
    Optional<Unit> unitChoice(StaffUser user, UUID unitId) {
        return unitId != null && organization.isVisible(user, unitId)
                ? units.find(unitId).filter(Unit::active)
                : Optional.empty();
    }

    boolean covers(StaffUser user, UUID unitId) {
        return organization.isVisible(user, unitId);
    }

    Map<UUID, String> unitNames(StaffUser user) {
        return units(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }
}
