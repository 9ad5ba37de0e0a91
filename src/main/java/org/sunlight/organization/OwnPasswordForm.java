package org.sunlight.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A staff member's change of their own password: the current one, and the new one twice. */
class OwnPasswordForm {

    @NotBlank(message = "{console.password.current.required}")
    private String currentPassword;

    @NotBlank(message = "{admin.account.password.required}")
    @Pattern(regexp = PasswordForm.STRONG_ENOUGH, message = "{admin.account.password.format}")
    private String password;

    @NotBlank(message = "{console.password.confirmation.required}")
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
