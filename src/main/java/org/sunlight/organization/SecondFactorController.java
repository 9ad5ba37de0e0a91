package org.sunlight.organization;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators and leaders enable their second factor: the page shows a new secret (kept in the session until
 * confirmed), the person adds it to an authenticator app and confirms with the app's current code.
 */
@Controller
@RequestMapping("/console/second-factor")
class SecondFactorController {

    private static final String PENDING = SecondFactorController.class.getName() + ".pending";
    private static final String PAGE = "console/second-factor";

    private final UserAccounts accounts;
    private final SecondFactor secondFactor;
    private final Clock clock;
    private final String issuer;

    SecondFactorController(
            UserAccounts accounts,
            SecondFactor secondFactor,
            Clock clock,
            @Value("${sunlight.portal.name:阳光执法}") String issuer) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.clock = clock;
        this.issuer = issuer;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
        var state = accounts.secondFactor(user.getAccountId());
        if (state.isPresent()) {
            model.addAttribute(
                    "enabledAt",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                            .withZone(clock.getZone())
                            .format(state.get().enabledAt()));
            return PAGE;
        }
        var secret = session.getAttribute(PENDING) instanceof String pending ? pending : secondFactor.newSecret();
        session.setAttribute(PENDING, secret);
        model.addAttribute("secret", secret);
        model.addAttribute("uri", secondFactor.uri(issuer, user.getUsername(), secret));
        return PAGE;
    }

    @PostMapping
    String enable(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (accounts.secondFactor(user.getAccountId()).isPresent()
                || !(session.getAttribute(PENDING) instanceof String secret)) {
            return "redirect:/console/second-factor";
        }
        var step = secondFactor.accept(secret, code.strip(), null);
        if (step.isEmpty()) {
            model.addAttribute("codeError", "console.second-factor.code.wrong");
            model.addAttribute("secret", secret);
            model.addAttribute("uri", secondFactor.uri(issuer, user.getUsername(), secret));
            return PAGE;
        }
        accounts.enableSecondFactor(user.getAccountId(), secret, step.getAsLong());
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("notice", "console.second-factor.done");
        return "redirect:/console/second-factor";
    }
}
