/**
 * The responsibility system (行政执法责任制, A2, A5–A10, R9): complaints about enforcement with their numbers, deadlines
 * and feedback; case-file evaluation, live and sampled; problem-detection models and the answers to their flags;
 * accountability matters traced back through the audit log with its proofs; the powers-to-posts list.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {
            "platform",
            "organization",
            "calendar",
            "catalog",
            "cases",
            "audit",
            "evidence",
            "disclosure",
            "records"
        })
package org.sunlight.supervision;
