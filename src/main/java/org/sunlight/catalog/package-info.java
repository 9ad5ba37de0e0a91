/**
 * The public lists a unit keeps (item list, random-inspection items, service guides …): drafted, checked by the legal
 * office, published as numbered versions whose changes anyone can read.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"platform", "organization"})
package org.sunlight.catalog;
