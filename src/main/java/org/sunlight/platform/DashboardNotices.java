package org.sunlight.platform;

import java.util.List;
import org.springframework.security.core.Authentication;

/** Implemented by each module that has something to tell staff on their console. */
public interface DashboardNotices {

    List<DashboardNotice> noticesFor(Authentication viewer);

    /** Whether the viewer holds the role (without the {@code ROLE_} prefix). */
    static boolean hasRole(Authentication viewer, String role) {
        return viewer.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
