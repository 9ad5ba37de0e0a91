/**
 * Double-random inspection (双随机、一公开, S1): the pool of objects of inspection and of inspectors, the yearly plans,
 * the draws anyone can re-run from their published snapshot, rules and seed, the inspections they start and the
 * results the public reads.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Random inspection",
        allowedDependencies = {"platform", "organization", "catalog", "cases"})
package org.sunlight.inspection;
