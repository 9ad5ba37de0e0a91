package org.sunlight.platform;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page, which says why the last attempt failed. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        var failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            model.addAttribute("failure", "login.failure.locked");
        } else if (failure instanceof SecondFactorRefused) {
            model.addAttribute("failure", "login.failure.second-factor");
        } else if (failure instanceof DisabledException) {
            model.addAttribute("failure", "login.failure.disabled");
        } else if (failure != null) {
            model.addAttribute("failure", "login.failure.bad-credentials");
        }
        return "login";
    }
}
