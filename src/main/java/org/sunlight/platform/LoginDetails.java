package org.sunlight.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the login form sends besides name and password: the second factor's code, when the account has one. */
public final class LoginDetails extends WebAuthenticationDetails {

    private final String secondFactorCode;

    LoginDetails(HttpServletRequest request) {
        super(request);
        var code = request.getParameter("code");
        this.secondFactorCode = code == null ? "" : code.strip();
    }

    public String secondFactorCode() {
        return secondFactorCode;
    }
}
