package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;

/**
 * The disclosure desk (D10, D11; issue 18, point 6): the unit's decisions awaiting disclosure, paged and filtered, and
 * one page per entry that walks it in order — the party told (行政处罚法 第四十八条), the public text previewed, the
 * redactions adjusted, the publication confirmed, and afterwards its correction, withdrawal or annotation. Every step's
 * form is on that page; a refused step comes back there as typed, the refusal under the field at fault.
 */
@Controller
@RequestMapping("/console/disclosures")
class DisclosureConsoleController {

    private static final Set<String> STATUSES = Set.of("PENDING", "PUBLISHED", "WITHDRAWN");

    /** The steps of an entry, in the order the page shows them. */
    static final List<String> STEPS = List.of("notice", "preview", "masking", "publish", "after");

    /**
     * One step as the page heads it.
     *
     * @param state DONE, CURRENT or TODO
     */
    record Step(String id, int number, String state) {}

    private final DisclosureEntries entries;
    private final Publication publication;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final PushMessages pushMessages;
    private final PushProperties pushProperties;
    private final PublishedResults results;

    DisclosureConsoleController(
            DisclosureEntries entries,
            Publication publication,
            Organization organization,
            MessageSource messages,
            Clock clock,
            PushMessages pushMessages,
            PushProperties pushProperties,
            PublishedResults results) {
        this.entries = entries;
        this.publication = publication;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.pushMessages = pushMessages;
        this.pushProperties = pushProperties;
        this.results = results;
    }

    /** The entries, the waiting ones first by due date, 20 a page, with the filters the desk needs. */
    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("search") DisclosureSearchForm search,
            BindingResult binding,
            @RequestParam(required = false) Integer page,
            Model model) {
        var units = organization.visibleUnits(user);
        Map<UUID, String> unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        var today = LocalDate.now(clock);
        var query = PageQuery.of(page, 20);
        PageOf<DisclosureEntry> found = new PageOf<>(List.of(), query.number(), query.size(), 0);
        if (search.getStatus() != null && !search.getStatus().isEmpty() && !STATUSES.contains(search.getStatus())) {
            binding.rejectValue("status", "disclosure.search.status");
        }
        var within = search.getDueWithinDays();
        if (within != null && (within < 0 || within > DisclosureSearchForm.MAX_DUE_WITHIN_DAYS)) {
            binding.rejectValue(
                    "dueWithinDays",
                    "disclosure.search.due-within",
                    new Object[] {DisclosureSearchForm.MAX_DUE_WITHIN_DAYS},
                    null);
        }
        if (search.getUnitId() != null && !unitNames.containsKey(search.getUnitId())) {
            binding.rejectValue("unitId", "disclosure.search.unit");
        }
        if (search.getText() != null && search.getText().length() > DisclosureSearchForm.MAX_TEXT) {
            binding.rejectValue("text", "disclosure.search.text", new Object[] {DisclosureSearchForm.MAX_TEXT}, null);
        }
        if (!binding.hasErrors()) {
            found = entries.page(
                    unitNames.keySet(),
                    new DisclosureEntries.Filter(
                            search.getStatus() == null || search.getStatus().isEmpty() ? null : search.getStatus(),
                            within == null ? null : today.plusDays(within),
                            search.isOverdue() ? Boolean.TRUE : null,
                            search.getUnitId(),
                            null,
                            within == null ? null : today,
                            search.getText()),
                    today,
                    query);
        }
        model.addAttribute("entries", found);
        model.addAttribute("searched", !binding.hasErrors());
        model.addAttribute("pagerUrl", search.query("/console/disclosures"));
        model.addAttribute("units", units);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("statuses", List.of("PENDING", "PUBLISHED", "WITHDRAWN"));
        model.addAttribute("today", today);
        return "disclosure/entries";
    }

    /** What was pushed to the government platform, what waits and why (D12). */
    @GetMapping("/pushes")
    @PreAuthorize("hasRole('ADMIN')")
    String pushes(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("pushes", pushMessages.ofUnits(organization.visibleUnitIds(user), PageQuery.of(page, 50)));
        model.addAttribute("pushUrl", pushProperties.url());
        return "disclosure/pushes";
    }

    /**
     * The address of a step's form opened again (a refused step shown there, then reloaded or bookmarked) shows the
     * entry's page; steps are taken by POST only.
     */
    @GetMapping("/{id}/{step}")
    String stepAddress(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @PathVariable String step) {
        if (!STEP_ADDRESSES.contains(step)) {
            throw new NotFound("page");
        }
        visible(user, id);
        return "redirect:/console/disclosures/" + id;
    }

    private static final Set<String> STEP_ADDRESSES =
            Set.of("party-notified", "redactions", "publish", "revoked", "withdraw", "annotations");

    /** The correction has its step on the entry's page now; an old link lands there. */
    @GetMapping("/{id}/correction")
    @PreAuthorize("hasRole('ADMIN')")
    String correction(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        visible(user, id);
        return "redirect:/console/disclosures/" + id + "#step-after";
    }

    /** A replacement as the preview lists it: what it hides, what shows instead, and whether it may be undone. */
    record ShownSpan(String original, String replacement, String kind, boolean undoable, String source, String cue) {}

    /** The entry's page: every step in order, what is done, what is next, and the forms of the steps. */
    @GetMapping("/{id}")
    String entry(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var entry = visible(user, id);
        var today = LocalDate.now(clock);
        for (var form : List.of("notice", "masking", "correction", "revocation", "annotation")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, "masking".equals(form) ? new DisclosureForm() : DisclosureForm.on(today));
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("today", today);
        model.addAttribute(
                "unitName", organization.unit(entry.unitId()).map(Unit::name).orElse(""));
        model.addAttribute("steps", steps(entry));
        model.addAttribute("next", next(entry));
        if ("PENDING".equals(entry.status())) {
            var preview = publication.preview(user, id);
            model.addAttribute("redaction", preview.redaction());
            model.addAttribute("choices", preview.choices());
            model.addAttribute("publicTitle", publication.publicTitle(preview));
            model.addAttribute(
                    "spans",
                    preview.redaction().spans().stream()
                            .map(span -> new ShownSpan(
                                    preview.redaction().original().substring(span.start(), span.end()),
                                    span.replacement(),
                                    span.kind().name(),
                                    span.kind().undoable() && span.kind() != Redactor.Kind.MANUAL,
                                    span.source().name(),
                                    span.cue()))
                            .toList());
            model.addAttribute(
                    "originalParts",
                    Highlight.parts(
                            preview.redaction().original(), preview.redaction().spans(), false));
            model.addAttribute(
                    "redactedParts",
                    Highlight.parts(
                            preview.redaction().original(), preview.redaction().spans(), true));
        } else {
            var versions = results.versions(id);
            model.addAttribute("versions", versions);
            var latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            model.addAttribute("latest", latest);
            model.addAttribute("annotations", latest == null ? List.of() : results.annotations(latest.id()));
            model.addAttribute("choices", publication.choicesOf(id));
            var correction = (DisclosureForm) model.getAttribute("correction");
            if (correction != null && correction.getText() == null && latest != null) {
                correction.setText(latest.publicText());
            }
        }
        model.addAttribute("revocationReasons", List.of("REVOKED", "CONFIRMED_ILLEGAL", "ORDERED_REMADE"));
        return "disclosure/entry";
    }

    /** Step 1: how and when the party was told that the decision will be published (行政处罚法 第四十八条). */
    @PostMapping("/{id}/party-notified")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String partyNotified(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("notice") DisclosureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "notice",
                result,
                model,
                redirect,
                () -> publication.notifyParty(user, id, form.getOn(), form.getHow()),
                "disclosure.notify.done");
    }

    /** Step 3: masks a text the detector missed (kind ADD) or undoes an automatic redaction (kind UNDO). */
    @PostMapping("/{id}/redactions")
    @PreAuthorize("hasRole('ADMIN')")
    String chooseRedaction(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("masking") DisclosureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "masking",
                result,
                model,
                redirect,
                () -> publication.chooseRedaction(user, id, form.getKind(), form.getText()),
                "disclosure.redaction.done");
    }

    @PostMapping("/{id}/redactions/{choiceId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String dropRedactionChoice(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable UUID choiceId,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "masking",
                null,
                model,
                redirect,
                () -> publication.dropRedactionChoice(user, id, choiceId),
                "disclosure.redaction.dropped");
    }

    /** Step 4: the redacted text goes public, once the party was told; asked for confirmation on the page. */
    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('ADMIN')")
    String publish(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(
                user,
                id,
                "publish",
                null,
                model,
                redirect,
                () -> publication.publish(user, id),
                "disclosure.publish.done");
    }

    /** After publication: a new version with its reason; the earlier versions stay for staff. */
    @PostMapping("/{id}/correction")
    @PreAuthorize("hasRole('ADMIN')")
    String correct(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("correction") DisclosureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "after",
                result,
                model,
                redirect,
                () -> publication.correct(user, id, form.getText(), form.getReason()),
                "disclosure.correction.done");
    }

    /**
     * The decision was revoked, confirmed illegal or ordered remade: the result must come down within 3 working days
     * (D11, 行政处罚法 第四十八条).
     */
    @PostMapping("/{id}/revoked")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String revoked(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("revocation") DisclosureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "after",
                result,
                model,
                redirect,
                () -> publication.markRevoked(user, id, form.getOn(), form.getReason()),
                "disclosure.revoked.done");
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('ADMIN')")
    String withdraw(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(
                user,
                id,
                "after",
                null,
                model,
                redirect,
                () -> publication.withdraw(user, id),
                "disclosure.withdraw.done");
    }

    /**
     * Reconsideration or litigation decided on the result: the public entry says which, whether it changed the result,
     * what and when; the yearly report counts them.
     */
    @PostMapping("/{id}/annotations")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String annotate(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("annotation") DisclosureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                "after",
                result,
                model,
                redirect,
                () -> publication.annotate(
                        user, id, form.getOn(), form.getProceeding(), form.getChanged(), form.getText()),
                "disclosure.annotation.done");
    }

    /**
     * Runs a step's act: on success back to the entry's page at that step with what was done; refused (or typed in a
     * form that did not bind), the same page at once, the form as typed and the refusal under its field.
     */
    private String step(
            StaffUser user,
            UUID id,
            String step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Runnable act,
            String done) {
        visible(user, id);
        if (result != null && result.hasErrors()) {
            return refused(user, id, step, model);
        }
        try {
            act.run();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            var message = text(refusal.messageKey(), refusal.arguments());
            if (result != null && refusal.field() != null && result.getTarget() != null) {
                // under the field at fault, the form as typed
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), message);
            } else {
                // the entry's state forbids the act: said at the top of the step, whatever forms it shows now
                model.addAttribute("refusal", message);
            }
            if (refusal instanceof Publication.PartyNotToldYet) {
                // the step to take first is on this page: its form says so too
                model.addAttribute("notice", DisclosureForm.on(LocalDate.now(clock)));
                model.addAttribute("noticeFirst", true);
            }
            return refused(user, id, step, model);
        }
        redirect.addFlashAttribute("success", text(done));
        redirect.addFlashAttribute("doneStep", step);
        return "redirect:/console/disclosures/" + id + "#step-" + step;
    }

    private String refused(StaffUser user, UUID id, String step, Model model) {
        model.addAttribute("refusedStep", step);
        return entry(user, id, model);
    }

    /** The steps with their state: those before the current one are done, those after it still to come. */
    static List<Step> steps(DisclosureEntry entry) {
        int current =
                switch (entry.status()) {
                    case "PENDING" -> entry.partyNotified() ? 1 : 0;
                    case "PUBLISHED" -> 4;
                    default -> STEPS.size();
                };
        var steps = new java.util.ArrayList<Step>();
        for (int i = 0; i < STEPS.size(); i++) {
            steps.add(new Step(STEPS.get(i), i + 1, i < current ? "DONE" : i == current ? "CURRENT" : "TODO"));
        }
        return steps;
    }

    /** What is next, as the message key of the line under the title. */
    static String next(DisclosureEntry entry) {
        return switch (entry.status()) {
            case "PENDING" -> entry.partyNotified() ? "disclosure.next.publish" : "disclosure.next.notice";
            case "PUBLISHED" -> entry.awaitingWithdrawal() ? "disclosure.next.withdraw" : "disclosure.next.published";
            default -> "disclosure.next.withdrawn";
        };
    }

    private DisclosureEntry visible(StaffUser user, UUID id) {
        return entries.find(id)
                .filter(found -> organization.isVisible(user, found.unitId()))
                .orElseThrow(() -> new NotFound("disclosure"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
