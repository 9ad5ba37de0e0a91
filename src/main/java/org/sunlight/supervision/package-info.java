/**
 * The responsibility system (行政执法责任制, A2, A5–A10): complaints about enforcement with their numbers, deadlines
 * and feedback; accountability matters traced back through the audit log with its proofs; the powers-to-posts list.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"platform", "organization", "calendar", "cases", "audit", "evidence", "disclosure"})
package org.sunlight.supervision;
