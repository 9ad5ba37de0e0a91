package org.sunlight.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Staff change their own password (等保 level 3: users can change their credentials): with the current one, a new one
 * that keeps the rules and differs from the current one. Every session of the account ends with it, this one too: the
 * next page is the login.
 */
@Controller
@RequestMapping("/console/password")
class OwnPasswordController {

    private static final String FORM = "console/password";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;

    OwnPasswordController(UserAccounts accounts, PasswordEncoder passwords, PasswordRules rules) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.rules = rules;
    }

    @GetMapping
    String form(@ModelAttribute("passwordForm") OwnPasswordForm form) {
        return FORM;
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal StaffUser user,
            @Validated @ModelAttribute("passwordForm") OwnPasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        var stored = accounts.findForLogin(user.getUsername()).map(StaffUser::getPassword);
        if (!result.hasFieldErrors("currentPassword")
                && stored.filter(hash -> passwords.matches(form.getCurrentPassword(), hash))
                        .isEmpty()) {
            result.rejectValue("currentPassword", "console.password.current.wrong");
        }
        if (!result.hasFieldErrors("password")) {
            rules.broken(user.getUsername(), form.getPassword()).ifPresent(key -> result.rejectValue("password", key));
        }
        if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("password", "console.password.unchanged");
        }
        if (!result.hasFieldErrors("password")
                && !result.hasFieldErrors("confirmation")
                && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "console.password.confirmation.different");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        accounts.changePassword(user.getAccountId(), passwords.encode(form.getPassword()));
        // this session ends with the others, but as a logout: the login page then says why
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?changed";
    }
}
