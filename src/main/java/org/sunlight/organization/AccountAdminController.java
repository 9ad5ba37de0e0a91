package org.sunlight.organization;

import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
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
 * Admins keep the staff accounts of their scope: roles, the officer an account acts as (of the same unit), passwords,
 * locks and deactivation. An admin never deactivates their own account nor takes away their own admin role.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private static final String FORM = "admin/account-form";
    private static final String PASSWORD_FORM = "admin/account-password";

    private final AdminScope scope;
    private final UserAccounts accounts;
    private final Officers officers;
    private final AdminQueries queries;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final Clock clock;

    AccountAdminController(
            AdminScope scope,
            UserAccounts accounts,
            Officers officers,
            AdminQueries queries,
            PasswordEncoder passwords,
            PasswordRules rules,
            Clock clock) {
        this.rules = rules;
        this.scope = scope;
        this.accounts = accounts;
        this.officers = officers;
        this.queries = queries;
        this.passwords = passwords;
        this.clock = clock;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder, @PathVariable(required = false) String id) {
        AdminForms.prepare(binder, id, "username", "unitId", "password");
    }

    @InitBinder("passwordForm")
    void initPasswordBinder(WebDataBinder binder) {
        AdminForms.prepare(binder, null);
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        var unitIds = scope.units(user).stream().map(Unit::id).toList();
        var now = clock.instant();
        var officerNames = new HashMap<UUID, String>();
        queries.activeOfficersOf(unitIds).forEach(officer -> officerNames.put(officer.id(), officer.name()));
        var withSecondFactor = accounts.withSecondFactor(unitIds);
        var rows = accounts.ofUnits(unitIds).stream()
                .map(account -> new AccountRow(
                        account,
                        account.officerId() == null
                                ? null
                                : officerNames.computeIfAbsent(account.officerId(), this::officerName),
                        account.lockedAt(now),
                        account.id().equals(user.getAccountId()),
                        withSecondFactor.contains(account.id())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("unitNames", scope.unitNames(user));
        return "admin/accounts";
    }

    @GetMapping("/new")
    String initCreationForm(@AuthenticationPrincipal StaffUser user, Model model) {
        var form = new AccountForm();
        form.setUnitId(user.getUnitId());
        model.addAttribute("form", form);
        return creationForm(user, model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @Validated({Default.class, AdminForms.OnCreate.class}) @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var unitChosen = form.getUnitId() != null && !result.hasFieldErrors("unitId");
        if (unitChosen && scope.unitChoice(user, form.getUnitId()).isEmpty()) {
            result.rejectValue("unitId", "admin.unit.choice.invalid");
            unitChosen = false;
        }
        if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
            rejectTakenUsername(form, result);
        }
        if (unitChosen) {
            checkOfficer(form, form.getUnitId(), null, null, result);
        }
        if (!result.hasFieldErrors("password")) {
            rules.broken(form.getUsername(), form.getPassword()).ifPresent(key -> result.rejectValue("password", key));
        }
        if (result.hasErrors()) {
            return creationForm(user, model);
        }
        try {
            accounts.insert(
                    form.getUsername(),
                    passwords.encode(form.getPassword()),
                    form.getDisplayName(),
                    form.getUnitId(),
                    form.getRoles(),
                    form.getOfficerId(),
                    form.isLegalBackground());
        } catch (DuplicateKeyException e) {
            rejectTakenUsername(form, result);
            return creationForm(user, model);
        }
        return saved(redirect, form.getUsername());
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var account = accountInScope(user, id);
        model.addAttribute("form", AccountForm.of(account));
        return updateForm(user, account, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        // username, unit and password are not bound here (see initBinder), and stay as they are
        form.setUsername(account.username());
        form.setUnitId(account.unitId());
        checkOfficer(form, account.unitId(), account.id(), account.officerId(), result);
        if (account.id().equals(user.getAccountId())
                && !result.hasFieldErrors("roles")
                && !form.getRoles().contains(Role.ADMIN)) {
            result.rejectValue("roles", "admin.account.roles.own-admin");
        }
        if (result.hasErrors()) {
            return updateForm(user, account, model);
        }
        accounts.update(
                account.id(), form.getDisplayName(), form.getRoles(), form.getOfficerId(), form.isLegalBackground());
        return saved(redirect, account.username());
    }

    @GetMapping("/{id}/password")
    String initPasswordForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var account = accountInScope(user, id);
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("account", account);
        return PASSWORD_FORM;
    }

    @PostMapping("/{id}/password")
    String processPasswordForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        if (!result.hasFieldErrors("password")) {
            rules.broken(account.username(), form.getPassword()).ifPresent(key -> result.rejectValue("password", key));
        }
        if (result.hasErrors()) {
            model.addAttribute("account", account);
            return PASSWORD_FORM;
        }
        // a new password also lifts a lock, as the account's owner gets a fresh start
        accounts.changePassword(account.id(), passwords.encode(form.getPassword()));
        redirect.addFlashAttribute("notice", "admin.account.password.changed");
        redirect.addFlashAttribute("noticeArg", account.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        accounts.unlock(account.id());
        redirect.addFlashAttribute("notice", "admin.account.unlocked");
        redirect.addFlashAttribute("noticeArg", account.username());
        return "redirect:/admin/accounts";
    }

    /** 等保 level 3: a lost authenticator is replaced through an administrator, never by the person alone. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        if (accounts.resetSecondFactor(account.id())) {
            redirect.addFlashAttribute("notice", "admin.account.second-factor.reset.done");
        } else {
            redirect.addFlashAttribute("problem", "admin.account.second-factor.reset.none");
        }
        redirect.addFlashAttribute("noticeArg", account.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        if (account.id().equals(user.getAccountId())) {
            redirect.addFlashAttribute("problem", "admin.account.deactivate.own");
            return "redirect:/admin/accounts";
        }
        accounts.setActive(account.id(), false);
        redirect.addFlashAttribute("notice", "admin.account.deactivated");
        redirect.addFlashAttribute("noticeArg", account.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/activate")
    String activate(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var account = accountInScope(user, id);
        accounts.setActive(account.id(), true);
        redirect.addFlashAttribute("notice", "admin.account.activated");
        redirect.addFlashAttribute("noticeArg", account.username());
        return "redirect:/admin/accounts";
    }

    /** The linked officer, when one is given, is of the account's unit and acts through no other account. */
    private void checkOfficer(
            AccountForm form, UUID unitId, UUID accountId, UUID currentOfficerId, BindingResult result) {
        if (form.getOfficerId() == null || result.hasFieldErrors("officerId")) {
            return;
        }
        var officer = officers.find(form.getOfficerId());
        var fits = officer.isPresent()
                && officer.get().unitId().equals(unitId)
                && (officer.get().active() || officer.get().id().equals(currentOfficerId));
        if (!fits) {
            result.rejectValue("officerId", "admin.account.officer.other-unit");
            return;
        }
        queries.accountLinkedTo(form.getOfficerId(), accountId)
                .ifPresent(username ->
                        result.rejectValue("officerId", "admin.account.officer.linked", new Object[] {username}, null));
    }

    private static void rejectTakenUsername(AccountForm form, BindingResult result) {
        result.rejectValue("username", "admin.account.username.taken", new Object[] {form.getUsername()}, null);
    }

    private String creationForm(StaffUser user, Model model) {
        var units = scope.unitChoices(user);
        model.addAttribute("units", units);
        model.addAttribute("officerGroups", officerGroups(units, null));
        return commonForm(model, true);
    }

    private String updateForm(StaffUser user, UserAccount account, Model model) {
        model.addAttribute("account", account);
        var unit = scope.units(user).stream()
                .filter(u -> u.id().equals(account.unitId()))
                .toList();
        model.addAttribute("unitName", unit.isEmpty() ? null : unit.get(0).name());
        model.addAttribute("officerGroups", officerGroups(unit, account.officerId()));
        return commonForm(model, false);
    }

    private String commonForm(Model model, boolean creating) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("creating", creating);
        return FORM;
    }

    /** The officers an account may act as, by unit: the active ones, and the one it is linked to now. */
    private List<OfficerGroup> officerGroups(List<Unit> units, UUID currentOfficerId) {
        var byUnit = new HashMap<UUID, List<Officer>>();
        queries.activeOfficersOf(units.stream().map(Unit::id).toList())
                .forEach(officer -> byUnit.computeIfAbsent(officer.unitId(), id -> new ArrayList<>())
                        .add(officer));
        if (currentOfficerId != null) {
            officers.find(currentOfficerId)
                    .filter(officer -> !officer.active())
                    .ifPresent(officer -> byUnit.computeIfAbsent(officer.unitId(), id -> new ArrayList<>())
                            .add(officer));
        }
        return units.stream()
                .filter(unit -> byUnit.containsKey(unit.id()))
                .map(unit -> new OfficerGroup(unit, byUnit.get(unit.id())))
                .toList();
    }

    private String officerName(UUID officerId) {
        return officers.find(officerId).map(Officer::name).orElse(null);
    }

    private static String saved(RedirectAttributes redirect, String username) {
        redirect.addFlashAttribute("notice", "admin.account.saved");
        redirect.addFlashAttribute("noticeArg", username);
        return "redirect:/admin/accounts";
    }

    private UserAccount accountInScope(StaffUser user, UUID id) {
        return accounts.find(id)
                .filter(account -> scope.covers(user, account.unitId()))
                .orElseThrow(() -> new NotFound("account"));
    }

    /** One line of the account list. */
    record AccountRow(UserAccount account, String officerName, boolean locked, boolean own, boolean secondFactor) {}

    /** The officers of one unit, as one group of the linked-officer choice. */
    record OfficerGroup(Unit unit, List<Officer> officers) {}
}
