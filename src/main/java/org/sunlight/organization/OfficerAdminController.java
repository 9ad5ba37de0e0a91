package org.sunlight.organization;

import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;

/**
 * Admins keep the officers (执法人员) of their scope and their certificates: a certificate number belongs to one
 * officer only, the term ends after it begins, and a revoked certificate says why.
 */
@Controller
@RequestMapping("/admin/officers")
class OfficerAdminController {

    private static final String FORM = "admin/officer-form";
    private static final int MAX_SEARCH_LENGTH = 50;
    /** Dates outside these years are typing mistakes, and the database could not hold every one of them. */
    private static final int FIRST_YEAR = 1950;

    private static final int LAST_YEAR = 2199;

    private final AdminScope scope;
    private final Officers officers;
    private final EnforcementBodies bodies;
    private final Clock clock;

    OfficerAdminController(AdminScope scope, Officers officers, EnforcementBodies bodies, Clock clock) {
        this.scope = scope;
        this.officers = officers;
        this.bodies = bodies;
        this.clock = clock;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder, @PathVariable(required = false) String id) {
        AdminForms.prepare(binder, id, "unitId");
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        // control characters (NUL above all) cannot be searched for, and PostgreSQL refuses them
        var text = q == null ? null : q.replaceAll("\\p{Cntrl}", "").strip();
        if (text != null && text.length() > MAX_SEARCH_LENGTH) {
            text = text.substring(0, MAX_SEARCH_LENGTH);
        }
        var units = scope.units(user);
        var unitIds = units.stream().map(Unit::id).toList();
        var today = LocalDate.now(clock);
        model.addAttribute(
                "page",
                officers.search(unitIds, text, PageQuery.of(page, null))
                        .map(officer ->
                                new OfficerRow(officer, officer.certificate().statusOn(today))));
        model.addAttribute("q", text);
        model.addAttribute(
                "url",
                UriComponentsBuilder.fromPath("/admin/officers")
                        .queryParamIfPresent("q", Optional.ofNullable(text).filter(t -> !t.isEmpty()))
                        .encode()
                        .toUriString());
        model.addAttribute("unitNames", scope.unitNames(user));
        model.addAttribute("bodyNames", bodyNames(unitIds));
        return "admin/officers";
    }

    @GetMapping("/new")
    String initCreationForm(@AuthenticationPrincipal StaffUser user, Model model) {
        var form = new OfficerForm();
        form.setUnitId(user.getUnitId());
        form.setAnnualReviewStatus(AnnualReviewStatus.PASSED);
        model.addAttribute("form", form);
        return creationForm(user, model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @Validated({Default.class, AdminForms.OnCreate.class}) @ModelAttribute("form") OfficerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getUnitId() != null
                && !result.hasFieldErrors("unitId")
                && scope.unitChoice(user, form.getUnitId()).isEmpty()) {
            result.rejectValue("unitId", "admin.unit.choice.invalid");
        }
        checkCertificate(user, form, null, result);
        if (!result.hasFieldErrors("unitId")) {
            checkBody(form, form.getUnitId(), null, result);
        }
        if (result.hasErrors()) {
            return creationForm(user, model);
        }
        try {
            officers.insert(
                    form.getUnitId(), form.getBodyId(), form.getName(), form.getPosition(), form.toCertificate());
        } catch (DuplicateKeyException e) {
            rejectTakenCertificateNo(user, form, result);
            return creationForm(user, model);
        }
        return saved(redirect, form.getName());
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var officer = officerInScope(user, id);
        model.addAttribute("form", OfficerForm.of(officer));
        return updateForm(user, officer, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") OfficerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var officer = officerInScope(user, id);
        // an officer stays in their unit
        form.setUnitId(officer.unitId());
        checkCertificate(user, form, officer.id(), result);
        checkBody(form, officer.unitId(), officer.bodyId(), result);
        if (result.hasErrors()) {
            return updateForm(user, officer, model);
        }
        try {
            officers.update(officer.id(), form.getBodyId(), form.getName(), form.getPosition(), form.toCertificate());
        } catch (DuplicateKeyException e) {
            rejectTakenCertificateNo(user, form, result);
            return updateForm(user, officer, model);
        }
        return saved(redirect, form.getName());
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var officer = officerInScope(user, id);
        officers.setActive(officer.id(), false);
        redirect.addFlashAttribute("notice", "admin.officer.deactivated");
        redirect.addFlashAttribute("noticeArg", officer.name());
        return "redirect:/admin/officers";
    }

    @PostMapping("/{id}/activate")
    String activate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var officer = officerInScope(user, id);
        officers.setActive(officer.id(), true);
        redirect.addFlashAttribute("notice", "admin.officer.activated");
        redirect.addFlashAttribute("noticeArg", officer.name());
        return "redirect:/admin/officers";
    }

    /** The certificate's own rules: a number held by no one else, a term that ends after it begins, a reason to revoke. */
    private void checkCertificate(StaffUser user, OfficerForm form, UUID except, BindingResult result) {
        if (!result.hasFieldErrors("certificateNo") && officers.certificateNoTaken(form.getCertificateNo(), except)) {
            rejectTakenCertificateNo(user, form, result);
        }
        checkPlausible("issuedOn", form.getIssuedOn(), result);
        checkPlausible("expiresOn", form.getExpiresOn(), result);
        if (!result.hasFieldErrors("issuedOn")
                && !result.hasFieldErrors("expiresOn")
                && !form.getExpiresOn().isAfter(form.getIssuedOn())) {
            result.rejectValue("expiresOn", "admin.officer.expires-on.before-issue");
        }
        if (form.isRevoked() && form.getRevokedReason() == null && !result.hasFieldErrors("revokedReason")) {
            result.rejectValue("revokedReason", "admin.officer.revoked-reason.required");
        }
    }

    private static void checkPlausible(String field, LocalDate day, BindingResult result) {
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
            result.rejectValue(field, "admin.officer.date.implausible", new Object[] {FIRST_YEAR, LAST_YEAR}, null);
        }
    }

    /** The body, when one is given, must be one of the officer's unit. */
    private void checkBody(OfficerForm form, UUID unitId, UUID currentBodyId, BindingResult result) {
        if (form.getBodyId() == null || unitId == null || result.hasFieldErrors("bodyId")) {
            return;
        }
        var body = bodies.find(form.getBodyId());
        var fits = body.isPresent()
                && body.get().unitId().equals(unitId)
                && (body.get().active() || body.get().id().equals(currentBodyId));
        if (!fits) {
            result.rejectValue("bodyId", "admin.officer.body.other-unit");
        }
    }

    /** 该执法证件编号已被 X 使用: names the holder when the admin may see them, and only then. */
    private void rejectTakenCertificateNo(StaffUser user, OfficerForm form, BindingResult result) {
        var holder = officers.findByCertificateNo(form.getCertificateNo())
                .filter(officer -> scope.covers(user, officer.unitId()));
        if (holder.isPresent()) {
            result.rejectValue(
                    "certificateNo",
                    "admin.officer.certificate-no.taken",
                    new Object[] {form.getCertificateNo(), holder.get().name()},
                    null);
        } else {
            result.rejectValue(
                    "certificateNo",
                    "admin.officer.certificate-no.taken-elsewhere",
                    new Object[] {form.getCertificateNo()},
                    null);
        }
    }

    private String creationForm(StaffUser user, Model model) {
        var units = scope.unitChoices(user);
        model.addAttribute("units", units);
        model.addAttribute("bodies", activeBodies(units.stream().map(Unit::id).toList()));
        return commonForm(model, true);
    }

    private String updateForm(StaffUser user, Officer officer, Model model) {
        model.addAttribute("officer", officer);
        model.addAttribute("unitName", scope.unitNames(user).get(officer.unitId()));
        model.addAttribute(
                "bodies",
                bodies.ofUnits(List.of(officer.unitId())).stream()
                        .filter(body -> body.active() || body.id().equals(officer.bodyId()))
                        .toList());
        return commonForm(model, false);
    }

    private String commonForm(Model model, boolean creating) {
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("reviewStatuses", AnnualReviewStatus.values());
        model.addAttribute("creating", creating);
        return FORM;
    }

    private List<EnforcementBody> activeBodies(List<UUID> unitIds) {
        return bodies.ofUnits(unitIds).stream().filter(EnforcementBody::active).toList();
    }

    private Map<UUID, String> bodyNames(List<UUID> unitIds) {
        var names = new HashMap<UUID, String>();
        bodies.ofUnits(unitIds).forEach(body -> names.put(body.id(), body.name()));
        return names;
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("notice", "admin.officer.saved");
        redirect.addFlashAttribute("noticeArg", name);
        return "redirect:/admin/officers";
    }

    private Officer officerInScope(StaffUser user, UUID id) {
        return officers.find(id)
                .filter(officer -> scope.covers(user, officer.unitId()))
                .orElseThrow(() -> new NotFound("officer"));
    }

    /** One line of the officer list, with the certificate's status today. */
    record OfficerRow(Officer officer, CertificateStatus status) {

        public String badge() {
            return switch (status) {
                case VALID -> "ok";
                case NOT_YET_VALID, UNDER_ANNUAL_REVIEW -> "warn";
                default -> "bad";
            };
        }
    }
}
