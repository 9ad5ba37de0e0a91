/**
 * Legal review of major decisions (法制审核, L1-L6): the handling unit's review package in versions, the assigned
 * reviewer's checklist and written opinion, resubmission, the leaders' coordination, and the gate that keeps a major
 * decision from being made without an agreeing review.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Legal review",
        allowedDependencies = {"platform", "organization", "calendar", "catalog", "cases", "records", "evidence"})
package org.sunlight.review;
