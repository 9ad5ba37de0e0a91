/** Units and their hierarchy, enforcement bodies, officers and certificates, reviewers, accounts and roles. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization",
        allowedDependencies = {"platform"})
package org.sunlight.organization;
