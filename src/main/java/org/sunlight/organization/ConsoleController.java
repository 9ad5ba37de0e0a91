package org.sunlight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.platform.DashboardNotices;

/** The staff console: who is logged in, for which unit, in which roles, and what needs their attention. */
@Controller
class ConsoleController {

    private final Organization organization;
    private final List<DashboardNotices> notices;

    private final MessageSource messages;
    private final Clock clock;

    ConsoleController(Organization organization, List<DashboardNotices> notices, MessageSource messages, Clock clock) {
        this.organization = organization;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console")
    String console(@AuthenticationPrincipal StaffUser user, Authentication authentication, Model model) {
        model.addAttribute("user", user);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "notices",
                notices.stream()
                        .flatMap(provider -> provider.noticesFor(authentication).stream())
                        .map(notice -> new NoticeView(
                                notice.level().name().toLowerCase(java.util.Locale.ROOT),
                                messages.getMessage(notice.messageKey(), notice.arguments(), locale),
                                notice.link()))
                        .toList());
        if (user.getOfficerId() != null) {
            organization.officer(user.getOfficerId()).ifPresent(officer -> {
                model.addAttribute("officer", officer);
                model.addAttribute("certificateStatus", officer.certificate().statusOn(LocalDate.now(clock)));
            });
        }
        return "console/home";
    }

    /** A notice in words, as the console shows it. */
    record NoticeView(String level, String text, String link) {}
}
