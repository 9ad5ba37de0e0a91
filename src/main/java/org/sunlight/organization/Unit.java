package org.sunlight.organization;

import java.util.UUID;

/**
 * A health commission at one administrative level; units form the province → city → county hierarchy.
 *
 * @param divisionCode the six-digit administrative division code (GB/T 2260)
 */
public record Unit(UUID id, String name, String divisionCode, UnitLevel level, UUID parentId, boolean active) {}
