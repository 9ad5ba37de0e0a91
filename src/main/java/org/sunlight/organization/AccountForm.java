package org.sunlight.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.sunlight.platform.ColumnLength;

/**
 * What an admin types for a staff account. Username, unit and initial password are given only when the account is
 * new; the password is changed afterwards through {@link PasswordForm}.
 */
class AccountForm {

    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,49}$";

    @NotBlank(groups = AdminForms.OnCreate.class, message = "{admin.account.username.required}")
    @Pattern(regexp = USERNAME, message = "{admin.account.username.format}")
    private String username;

    @NotBlank(message = "{admin.account.display-name.required}")
    @ColumnLength("organization.user_account.display_name")
    private String displayName;

    @NotNull(groups = AdminForms.OnCreate.class, message = "{admin.account.unit.required}")
    private UUID unitId;

    @NotEmpty(message = "{admin.account.roles.required}")
    private Set<Role> roles = new LinkedHashSet<>();

    private UUID officerId;

    private boolean legalBackground;

    @NotBlank(groups = AdminForms.OnCreate.class, message = "{admin.account.password.required}")
    @Pattern(regexp = PasswordForm.STRONG_ENOUGH, message = "{admin.account.password.format}")
    private String password;

    static AccountForm of(UserAccount account) {
        var form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setUnitId(account.unitId());
        form.setRoles(new LinkedHashSet<>(account.roles()));
        form.setOfficerId(account.officerId());
        form.setLegalBackground(account.legalBackground());
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public boolean isLegalBackground() {
        return legalBackground;
    }

    public void setLegalBackground(boolean legalBackground) {
        this.legalBackground = legalBackground;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
