package org.sunlight.organization;

import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.platform.NotFound;

/**
 * Admins keep the units of their scope: their own and, at city and province level, those below it. A new unit sits
 * under a visible parent and takes the level below the parent's; a county has no units below it.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private static final String FORM = "admin/unit-form";

    private final Organization organization;
    private final Units units;

    UnitAdminController(Organization organization, Units units) {
        this.organization = organization;
        this.units = units;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder, @PathVariable(required = false) String id) {
        AdminForms.prepare(binder, id, "parentId");
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        var visible = units.findAll(organization.visibleUnitIds(user));
        var names = visible.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        var rows = visible.stream()
                .map(unit ->
                        new UnitRow(unit, parentName(unit, names), unit.id().equals(user.getUnitId())))
                .toList();
        model.addAttribute("rows", rows);
        return "admin/units";
    }

    @GetMapping("/new")
    String initCreationForm(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("form", new UnitForm());
        return creationForm(user, model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @Validated({Default.class, AdminForms.OnCreate.class}) @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var parent = form.getParentId() == null ? null : visibleUnit(user, form.getParentId());
        if (form.getParentId() != null && !result.hasFieldErrors("parentId")) {
            if (parent == null || !parent.active()) {
                result.rejectValue("parentId", "admin.unit.parent.invalid");
            } else if (parent.level().below() == null) {
                result.rejectValue("parentId", "admin.unit.parent.county", new Object[] {parent.name()}, null);
            }
        }
        checkDivisionCode(form, null, result);
        if (result.hasErrors()) {
            return creationForm(user, model);
        }
        try {
            units.insert(form.getName(), form.getDivisionCode(), parent.level().below(), parent.id());
        } catch (DuplicateKeyException e) {
            rejectTakenDivisionCode(form, result);
            return creationForm(user, model);
        }
        return saved(redirect, form.getName());
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var unit = unitInScope(user, id);
        model.addAttribute("form", UnitForm.of(unit));
        return updateForm(unit, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var unit = unitInScope(user, id);
        checkDivisionCode(form, unit.id(), result);
        if (result.hasErrors()) {
            return updateForm(unit, model);
        }
        try {
            units.update(unit.id(), form.getName(), form.getDivisionCode());
        } catch (DuplicateKeyException e) {
            rejectTakenDivisionCode(form, result);
            return updateForm(unit, model);
        }
        return saved(redirect, form.getName());
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var unit = unitInScope(user, id);
        if (unit.id().equals(user.getUnitId())) {
            // deactivating one's own unit would lock out every account of it, the admin's included
            redirect.addFlashAttribute("problem", "admin.unit.deactivate.own");
            return "redirect:/admin/units";
        }
        units.setActive(unit.id(), false);
        redirect.addFlashAttribute("notice", "admin.unit.deactivated");
        redirect.addFlashAttribute("noticeArg", unit.name());
        return "redirect:/admin/units";
    }

    @PostMapping("/{id}/activate")
    String activate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var unit = unitInScope(user, id);
        units.setActive(unit.id(), true);
        redirect.addFlashAttribute("notice", "admin.unit.activated");
        redirect.addFlashAttribute("noticeArg", unit.name());
        return "redirect:/admin/units";
    }

    private String creationForm(StaffUser user, Model model) {
        // only active units that may have units below them are offered as parents
        var parents = units.findAll(organization.visibleUnitIds(user)).stream()
                .filter(Unit::active)
                .filter(unit -> unit.level().below() != null)
                .sorted(Comparator.comparing(Unit::level).thenComparing(Unit::divisionCode))
                .toList();
        model.addAttribute("parents", parents);
        model.addAttribute("creating", true);
        return FORM;
    }

    private String updateForm(Unit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute(
                "parentName",
                unit.parentId() == null
                        ? null
                        : units.find(unit.parentId()).map(Unit::name).orElse(null));
        model.addAttribute("creating", false);
        return FORM;
    }

    private void checkDivisionCode(UnitForm form, UUID except, BindingResult result) {
        if (!result.hasFieldErrors("divisionCode") && units.divisionCodeTaken(form.getDivisionCode(), except)) {
            rejectTakenDivisionCode(form, result);
        }
    }

    private static void rejectTakenDivisionCode(UnitForm form, BindingResult result) {
        result.rejectValue(
                "divisionCode", "admin.unit.division-code.taken", new Object[] {form.getDivisionCode()}, null);
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("notice", "admin.unit.saved");
        redirect.addFlashAttribute("noticeArg", name);
        return "redirect:/admin/units";
    }

    private Unit visibleUnit(StaffUser user, UUID id) {
        return organization.isVisible(user, id) ? units.find(id).orElse(null) : null;
    }

    private Unit unitInScope(StaffUser user, UUID id) {
        var unit = visibleUnit(user, id);
        if (unit == null) {
            throw new NotFound("unit");
        }
        return unit;
    }

    private String parentName(Unit unit, Map<UUID, String> visibleNames) {
        if (unit.parentId() == null) {
            return null;
        }
        var name = visibleNames.get(unit.parentId());
        return name != null ? name : units.find(unit.parentId()).map(Unit::name).orElse(null);
    }

    /** One line of the unit list. */
    record UnitRow(Unit unit, String parentName, boolean own) {}
}
