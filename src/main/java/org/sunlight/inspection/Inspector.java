package org.sunlight.inspection;

import java.util.UUID;

/** An officer of the pool of inspectors (执法检查人员名录库): certificate valid on the day, covering inspection. */
public record Inspector(UUID officerId, String name, String certificateNo) {}
