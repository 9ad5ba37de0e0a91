package org.sunlight.review;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** Reviewers per unit against the share of its certified officers they should reach (L1). */
@Component
class ReviewStaffing {

    private final Organization organization;
    private final ReviewProperties properties;

    ReviewStaffing(Organization organization, ReviewProperties properties) {
        this.organization = organization;
        this.properties = properties;
    }

    /**
     * @param required the reviewers the unit needs: its officers times the share, rounded up
     */
    record UnitStaffing(UUID unitId, String unitName, long officers, long reviewers, long required) {

        @com.fasterxml.jackson.annotation.JsonProperty("below")
        public boolean below() {
            return reviewers < required;
        }
    }

    List<UnitStaffing> of(StaffUser user) {
        return organization.visibleUnits(user).stream()
                .map(unit -> {
                    var staffing = organization.staffing(unit.id());
                    long required = (staffing.officers() * properties.reviewerShare() + 99) / 100;
                    return new UnitStaffing(
                            unit.id(), unit.name(), staffing.officers(), staffing.reviewers(), required);
                })
                .toList();
    }

    int share() {
        return properties.reviewerShare();
    }
}
