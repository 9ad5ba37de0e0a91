/**
 * Case files (案卷归档, R6): a closed case carried away as one zip with its documents, its evidence, a manifest of every
 * hash, and its audit entries with inclusion proofs against a signed tree head; and the standalone verifier that
 * checks such a zip offline, with no database.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Archive",
        allowedDependencies = {"platform", "organization", "cases", "records", "evidence", "audit"})
package org.sunlight.archive;
