package org.sunlight.evidence;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;

/** The recording devices on the console: the list, registration, issue and return, and the units' ratios. */
@Controller
@RequestMapping("/console/devices")
class DeviceConsoleController {

    private final Devices devices;
    private final Organization organization;
    private final MessageSource messages;

    DeviceConsoleController(Devices devices, Organization organization, MessageSource messages) {
        this.devices = devices;
        this.organization = organization;
        this.messages = messages;
    }

    /** What the registration form held. */
    record Form(UUID unitId, String kind, String serialNo, String model) {}

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        return page(user, page, new Form(user.getUnitId(), null, "", ""), Map.of(), model);
    }

    private String page(StaffUser user, Integer page, Form form, Map<String, String> errors, Model model) {
        var list = devices.list(user, PageQuery.of(page, null));
        var officers = new HashMap<UUID, String>();
        var unitOfficers = new HashMap<UUID, java.util.List<org.sunlight.organization.Officer>>();
        var unitNames = new HashMap<UUID, String>();
        for (var unit : organization.visibleUnits(user)) {
            unitNames.put(unit.id(), unit.name());
        }
        for (var device : list.content()) {
            if (device.officerId() != null) {
                organization.officer(device.officerId()).ifPresent(o -> officers.put(o.id(), o.name()));
            }
            unitOfficers.computeIfAbsent(device.unitId(), organization::actingOfficers);
        }
        model.addAttribute("devices", list);
        model.addAttribute("officerNames", officers);
        model.addAttribute("unitOfficers", unitOfficers);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("units", organization.visibleUnits(user));
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute(
                "statuses", java.util.List.of(DeviceStatus.AVAILABLE, DeviceStatus.REPAIR, DeviceStatus.RETIRED));
        model.addAttribute("ratios", devices.ratios(user));
        model.addAttribute("standard", devices.standard());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER));
        // the standard is the province's: only its administrators see the form that sets it
        model.addAttribute(
                "isAdmin",
                user.hasRole(Role.ADMIN) && user.getUnitLevel() == org.sunlight.organization.UnitLevel.PROVINCE);
        model.addAttribute("pageUrl", "/console/devices");
        return "evidence/devices";
    }

    @PostMapping
    String register(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String serialNo,
            @RequestParam(required = false) String model,
            Model page,
            RedirectAttributes redirect) {
        var form = new Form(unitId, kind, serialNo, model);
        DeviceKind deviceKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                deviceKind = DeviceKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                deviceKind = null;
            }
        }
        try {
            devices.register(user, unitId, deviceKind, serialNo, model);
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            return page(user, null, form, fieldError(refusal), page);
        }
        redirect.addFlashAttribute("success", text("device.saved"));
        return "redirect:/console/devices";
    }

    @PostMapping("/{id}/issue")
    String issue(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID officerId,
            RedirectAttributes redirect) {
        return act(redirect, () -> devices.issue(user, id, officerId));
    }

    @PostMapping("/{id}/return")
    String giveBack(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, () -> devices.giveBack(user, id));
    }

    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) DeviceStatus status,
            RedirectAttributes redirect) {
        return act(redirect, () -> devices.setStatus(user, id, status));
    }

    @PostMapping("/standard")
    String standard(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String devicesPerOfficer,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            BigDecimal value;
            try {
                value = devicesPerOfficer == null ? null : new BigDecimal(devicesPerOfficer.strip());
            } catch (NumberFormatException e) {
                value = null;
            }
            devices.setStandard(user, value);
            return null;
        });
    }

    private String act(RedirectAttributes redirect, java.util.function.Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("success", text("device.saved"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
        }
        return "redirect:/console/devices";
    }

    private Map<String, String> fieldError(Refusal refusal) {
        return Map.of(
                refusal.field() == null ? "form" : refusal.field(), text(refusal.messageKey(), refusal.arguments()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
