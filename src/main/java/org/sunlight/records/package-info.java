/** Issues the enforcement documents (执法文书) a case's acts produce, numbered, frozen at issue, shown and printed alike. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Records",
        allowedDependencies = {"platform", "organization", "cases"})
package org.sunlight.records;
