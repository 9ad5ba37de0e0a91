package org.sunlight.supervision;

import java.util.UUID;

/**
 * What a problem-detection model flags: a case or a complaint (or an officer, by how complaints name them), in a unit.
 *
 * @param subject the record flagged: {@code case}, {@code complaint}, {@code officer}, {@code party} or {@code retrieval}
 *     (a person and a case, {@code username/caseId})
 * @param detail what the model found, in figures
 */
record Flag(String model, UUID unitId, String subject, String recordId, String detail) {}
