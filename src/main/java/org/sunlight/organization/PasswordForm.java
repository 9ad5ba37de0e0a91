package org.sunlight.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new password an admin sets for an account (重置密码). */
class PasswordForm {

    /**
     * At least eight characters, letters and digits among them; printable ASCII only, so that it can be typed on any
     * keyboard and stays within the 72 bytes bcrypt hashes.
     */
    static final String STRONG_ENOUGH = "^(?=.*[A-Za-z])(?=.*[0-9])[\\x20-\\x7E]{8,64}$";

    @NotBlank(message = "{admin.account.password.required}")
    @Pattern(regexp = STRONG_ENOUGH, message = "{admin.account.password.format}")
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
