/**
 * Runs enforcement cases from clue to archive. Each procedure is defined once, as data that the engine runs and the
 * portal draws (D6): stages, transitions, who may take them, the rules they check, the documents and the deadlines.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"platform", "organization", "calendar", "catalog"})
package org.sunlight.cases;
