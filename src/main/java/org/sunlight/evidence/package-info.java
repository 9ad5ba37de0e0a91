/**
 * Evidence and recordings of cases (R3, R4, R5): files streamed in resumable chunks, stored by their SHA-256 in a local
 * directory or S3-compatible storage, served with byte ranges; the rule that a step the recording requirements name
 * is not taken without its audio or video recording (or a reason, shown to supervisors); the recording devices.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {"platform", "organization", "cases", "catalog"})
package org.sunlight.evidence;
