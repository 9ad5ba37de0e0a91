package org.sunlight.disclosure;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.NotFound;

/** The unit's decisions awaiting disclosure, by due date; the party is told before anything is published (D11). */
@Controller
@RequestMapping("/console/disclosures")
class DisclosureConsoleController {

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

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        Map<UUID, String> units =
                organization.visibleUnits(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        model.addAttribute("entries", entries.ofUnits(units.keySet(), 500));
        model.addAttribute("unitNames", units);
        model.addAttribute("today", LocalDate.now(clock));
        return "disclosure/entries";
    }

    /** A replacement as the preview lists it: what it hides, what shows instead, and whether it may be undone. */
    record ShownSpan(String original, String replacement, String kind, boolean undoable, String source, String cue) {}

    /** What was pushed to the government platform, what waits and why (D12). */
    @GetMapping("/pushes")
    @PreAuthorize("hasRole('ADMIN')")
    String pushes(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute(
                "pushes",
                pushMessages.ofUnits(organization.visibleUnitIds(user), org.sunlight.platform.PageQuery.of(page, 50)));
        model.addAttribute("pushUrl", pushProperties.url());
        return "disclosure/pushes";
    }

    /** The correction form: the latest public text to correct, and every version so far. */
    @GetMapping("/{id}/correction")
    @PreAuthorize("hasRole('ADMIN')")
    String correction(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var entry = visible(user, id);
        var versions = results.versions(id);
        if (versions.isEmpty()) {
            throw new NotFound("result");
        }
        model.addAttribute("entry", entry);
        model.addAttribute("versions", versions);
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", versions.get(versions.size() - 1).publicText());
        }
        return "disclosure/correction";
    }

    @PostMapping("/{id}/correction")
    @PreAuthorize("hasRole('ADMIN')")
    String correct(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            publication.correct(user, id, text, reason);
            redirect.addFlashAttribute("success", text("disclosure.correction.done"));
            return "redirect:/console/disclosures/" + id + "/correction";
        } catch (NotFound notFound) {
            throw notFound;
        } catch (org.sunlight.platform.Refusal refusal) {
            model.addAttribute("failure", text(refusal.messageKey()));
            model.addAttribute("failureField", refusal.field());
            model.addAttribute("text", text);
            model.addAttribute("reason", reason);
            return correction(user, id, model);
        }
    }

    @GetMapping("/{id}")
    String preview(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var preview = publication.preview(user, id);
        model.addAttribute("entry", preview.entry());
        model.addAttribute("redaction", preview.redaction());
        model.addAttribute("choices", preview.choices());
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
        return "disclosure/preview";
    }

    /** Adds a redaction (kind ADD) or undoes an automatic one (kind UNDO), before publishing. */
    @PostMapping("/{id}/redactions")
    @PreAuthorize("hasRole('ADMIN')")
    String chooseRedaction(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        try {
            publication.chooseRedaction(user, id, kind, text);
            redirect.addFlashAttribute("success", text("disclosure.redaction.done"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (org.sunlight.platform.Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey()));
        }
        return "redirect:/console/disclosures/" + id;
    }

    @PostMapping("/{id}/redactions/{choiceId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String dropRedactionChoice(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable UUID choiceId,
            RedirectAttributes redirect) {
        try {
            publication.dropRedactionChoice(user, id, choiceId);
            redirect.addFlashAttribute("success", text("disclosure.redaction.dropped"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (org.sunlight.platform.Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey()));
        }
        return "redirect:/console/disclosures/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('ADMIN')")
    String publish(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            publication.publish(user, id);
            redirect.addFlashAttribute("success", text("disclosure.publish.done"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (org.sunlight.platform.Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey()));
            return "redirect:/console/disclosures/" + id;
        }
        return "redirect:/console/disclosures";
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
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return refusedOr(() -> publication.markRevoked(user, id, on, reason), "disclosure.revoked.done", redirect);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('ADMIN')")
    String withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return refusedOr(() -> publication.withdraw(user, id), "disclosure.withdraw.done", redirect);
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
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String proceeding,
            @RequestParam(defaultValue = "true") boolean changed,
            RedirectAttributes redirect) {
        return refusedOr(
                () -> publication.annotate(user, id, on, proceeding, changed, text),
                "disclosure.annotation.done",
                redirect);
    }

    /** Runs an act of the service; back on the list with its success, or with the refusal's reason. */
    private String refusedOr(Runnable act, String done, RedirectAttributes redirect) {
        try {
            act.run();
            redirect.addFlashAttribute("success", text(done));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (org.sunlight.platform.Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey()));
        }
        return "redirect:/console/disclosures";
    }

    private DisclosureEntry visible(StaffUser user, UUID id) {
        return entries.find(id)
                .filter(found -> organization.isVisible(user, found.unitId()))
                .orElseThrow(() -> new NotFound("disclosure"));
    }

    @PostMapping("/{id}/party-notified")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String partyNotified(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String how,
            RedirectAttributes redirect) {
        return refusedOr(() -> publication.notifyParty(user, id, on, how), "disclosure.notify.done", redirect);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
