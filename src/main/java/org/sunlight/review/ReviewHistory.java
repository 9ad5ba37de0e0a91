package org.sunlight.review;

import java.util.List;
import org.sunlight.cases.CaseView;
import org.sunlight.catalog.ReviewElement;
import org.sunlight.organization.StaffMember;

/**
 * A case's legal review: every submitted version of the package beside its opinion, the coordinations, and whom the
 * review may go to, and the elements a reviewer answers.
 */
public record ReviewHistory(
        CaseView kase,
        List<Version> versions,
        List<Coordination> coordinations,
        List<StaffMember> eligible,
        List<ReviewElement> elements) {

    /** A package version and its opinion, null while it awaits one. */
    public record Version(Submission submission, Opinion opinion) {}

    public Version latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }
}
