package org.sunlight.organization;

import jakarta.validation.groups.Default;
import java.util.UUID;
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

/** Admins keep the enforcement bodies (执法主体) of the units in their scope, with the fields D4 discloses. */
@Controller
@RequestMapping("/admin/bodies")
class BodyAdminController {

    private static final String FORM = "admin/body-form";

    private final AdminScope scope;
    private final EnforcementBodies bodies;

    BodyAdminController(AdminScope scope, EnforcementBodies bodies) {
        this.scope = scope;
        this.bodies = bodies;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder, @PathVariable(required = false) String id) {
        AdminForms.prepare(binder, id, "unitId");
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        var units = scope.units(user);
        model.addAttribute("bodies", bodies.ofUnits(units.stream().map(Unit::id).toList()));
        model.addAttribute("unitNames", scope.unitNames(user));
        return "admin/bodies";
    }

    @GetMapping("/new")
    String initCreationForm(@AuthenticationPrincipal StaffUser user, Model model) {
        var form = new BodyForm();
        form.setUnitId(user.getUnitId());
        model.addAttribute("form", form);
        return creationForm(user, model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @Validated({Default.class, AdminForms.OnCreate.class}) @ModelAttribute("form") BodyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getUnitId() != null
                && !result.hasFieldErrors("unitId")
                && scope.unitChoice(user, form.getUnitId()).isEmpty()) {
            result.rejectValue("unitId", "admin.unit.choice.invalid");
        }
        checkName(form, null, result);
        if (result.hasErrors()) {
            return creationForm(user, model);
        }
        try {
            bodies.insert(form.toBody(null, form.getUnitId(), true));
        } catch (DuplicateKeyException e) {
            rejectTakenName(form, result);
            return creationForm(user, model);
        }
        return saved(redirect, form.getName());
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var body = bodyInScope(user, id);
        model.addAttribute("form", BodyForm.of(body));
        return updateForm(user, body, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") BodyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var body = bodyInScope(user, id);
        // a body stays in its unit
        form.setUnitId(body.unitId());
        checkName(form, body.id(), result);
        if (result.hasErrors()) {
            return updateForm(user, body, model);
        }
        try {
            bodies.update(form.toBody(body.id(), body.unitId(), body.active()));
        } catch (DuplicateKeyException e) {
            rejectTakenName(form, result);
            return updateForm(user, body, model);
        }
        return saved(redirect, form.getName());
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var body = bodyInScope(user, id);
        bodies.setActive(body.id(), false);
        redirect.addFlashAttribute("notice", "admin.body.deactivated");
        redirect.addFlashAttribute("noticeArg", body.name());
        return "redirect:/admin/bodies";
    }

    @PostMapping("/{id}/activate")
    String activate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var body = bodyInScope(user, id);
        bodies.setActive(body.id(), true);
        redirect.addFlashAttribute("notice", "admin.body.activated");
        redirect.addFlashAttribute("noticeArg", body.name());
        return "redirect:/admin/bodies";
    }

    private String creationForm(StaffUser user, Model model) {
        model.addAttribute("units", scope.unitChoices(user));
        model.addAttribute("bodyTypes", BodyType.values());
        model.addAttribute("creating", true);
        return FORM;
    }

    private String updateForm(StaffUser user, EnforcementBody body, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("unitName", scope.unitNames(user).get(body.unitId()));
        model.addAttribute("bodyTypes", BodyType.values());
        model.addAttribute("creating", false);
        return FORM;
    }

    private void checkName(BodyForm form, UUID except, BindingResult result) {
        if (!result.hasFieldErrors("name") && bodies.nameTaken(form.getName(), except)) {
            rejectTakenName(form, result);
        }
    }

    private static void rejectTakenName(BodyForm form, BindingResult result) {
        result.rejectValue("name", "admin.body.name.taken", new Object[] {form.getName()}, null);
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("notice", "admin.body.saved");
        redirect.addFlashAttribute("noticeArg", name);
        return "redirect:/admin/bodies";
    }

    private EnforcementBody bodyInScope(StaffUser user, UUID id) {
        return bodies.find(id)
                .filter(body -> scope.covers(user, body.unitId()))
                .orElseThrow(() -> new NotFound("enforcement body"));
    }
}
