package org.sunlight.organization;

import java.util.UUID;

/**
 * A staff account as other modules name it: who it is and, when the person is an officer, their officer record.
 *
 * @param officerId the officer record of the person, or null for staff without one
 */
public record StaffMember(String username, String displayName, UUID officerId) {}
