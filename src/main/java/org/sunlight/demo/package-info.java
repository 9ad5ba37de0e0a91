/**
 * The demo's year of history: cases of the demo counties run through their procedures by the product's own engine,
 * reviewed, decided, disclosed and reported, each act dated on its day of the past year.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo history",
        allowedDependencies = {"platform", "organization", "cases", "review", "disclosure", "evidence"})
package org.sunlight.demo;
