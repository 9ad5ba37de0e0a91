package org.sunlight.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in staff member: who they are, their unit and their roles. */
public final class StaffUser implements UserDetails, CredentialsContainer {

    private final UUID accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final UUID unitId;
    private final String unitName;
    private final UnitLevel unitLevel;
    private final Set<Role> roles;
    private final UUID officerId;
    private final boolean active;
    private final Instant lockedUntil;

    StaffUser(
            UUID accountId,
            String username,
            String passwordHash,
            String displayName,
            UUID unitId,
            String unitName,
            UnitLevel unitLevel,
            Set<Role> roles,
            UUID officerId,
            boolean active,
            Instant lockedUntil) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitLevel = unitLevel;
        this.roles = Set.copyOf(roles);
        this.officerId = officerId;
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** The officer record of this account, or null for staff who hold no certificate. */
    public UUID getOfficerId() {
        return officerId;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + "]";
    }
}
