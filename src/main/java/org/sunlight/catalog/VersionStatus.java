package org.sunlight.catalog;

/** Where a version of a list stands. */
public enum VersionStatus {
    /** Being edited by the unit's administrator; a returned version is a draft again, with the reason. */
    DRAFT,
    /** Submitted and waiting for a reviewer's check. */
    SUBMITTED,
    /** Checked and public: the list's current version. */
    PUBLISHED,
    /** Published once, replaced by a later version; still readable. */
    SUPERSEDED;

    public String labelKey() {
        return "version-status." + name();
    }
}
