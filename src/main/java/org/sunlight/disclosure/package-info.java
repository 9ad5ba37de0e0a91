/** Public disclosure: the portal's "行政执法公示" column and, later, the publication pipeline. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disclosure",
        allowedDependencies = {
            "platform",
            "catalog",
            "organization",
            "cases",
            "calendar",
            "records",
            "review",
            "inspection"
        })
package org.sunlight.disclosure;
