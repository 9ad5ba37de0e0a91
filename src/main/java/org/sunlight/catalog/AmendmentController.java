package org.sunlight.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.Refusal;

/** Administrators record law amendments and see what must be revised and re-published, and by when (待修订). */
@Controller
@RequestMapping("/console/lists/amendments")
class AmendmentController {

    private final Amendments amendments;
    private final Organization organization;
    private final MessageSource messages;

    AmendmentController(Amendments amendments, Organization organization, MessageSource messages) {
        this.amendments = amendments;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        Map<UUID, String> units =
                organization.visibleUnits(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        model.addAttribute("amendments", amendments.all());
        model.addAttribute("pending", amendments.pending(units.keySet()));
        model.addAttribute("unitNames", units);
        return "catalog/amendments";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String record(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String lawName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate amendedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            amendments.record(lawName, amendedOn, note, user.getUsername());
            redirect.addFlashAttribute("success", text("catalog.amendment.recorded"));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey()));
        }
        return "redirect:/console/lists/amendments";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
