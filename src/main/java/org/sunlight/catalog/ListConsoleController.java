package org.sunlight.catalog;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;

/** Staff keep their unit's lists: administrators draft and submit, the unit's reviewers check and publish. */
@Controller
@RequestMapping("/console/lists")
class ListConsoleController {

    private final Lists lists;
    private final ListVersions versions;
    private final ListSpreadsheets spreadsheets;
    private final Organization organization;
    private final MessageSource messages;

    ListConsoleController(
            Lists lists,
            ListVersions versions,
            ListSpreadsheets spreadsheets,
            Organization organization,
            MessageSource messages) {
        this.lists = lists;
        this.versions = versions;
        this.spreadsheets = spreadsheets;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) UUID unit, Model model) {
        var unitId = unitOf(user, unit);
        var states = new LinkedHashMap<ListKind, Lists.ListState>();
        for (var kind : ListKind.values()) {
            states.put(kind, lists.state(user, unitId, kind));
        }
        model.addAttribute("states", states);
        addUnits(user, unitId, model);
        return "catalog/overview";
    }

    @GetMapping("/{slug}")
    String list(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer page,
            Model model) {
        var kind = kind(slug);
        var unitId = unitOf(user, unit);
        var state = lists.state(user, unitId, kind);
        var shown = state.open() != null ? state.open() : state.published();
        var entries = shown == null
                ? new PageOf<Entry>(List.of(), 0, 50, 0)
                : versions.search(List.of(shown.id()), null, null, PageQuery.of(page, 50))
                        .map(ListVersions.PublishedEntry::entry);
        model.addAttribute("state", state);
        model.addAttribute("shown", shown);
        model.addAttribute("entries", entries);
        model.addAttribute("schema", ListSchema.of(kind));
        model.addAttribute("kind", kind);
        model.addAttribute("pageUrl", "/console/lists/" + slug + "?unit=" + unitId);
        addUnits(user, unitId, model);
        return "catalog/list";
    }

    @PostMapping("/{slug}/draft")
    String draft(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.draft", () -> lists.draft(user, unit, kind(slug)));
    }

    @PostMapping("/{slug}/submit")
    String submit(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.submit", () -> lists.submit(user, unit, kind(slug)));
    }

    @PostMapping("/{slug}/discard")
    String discard(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.discard", () -> lists.discard(user, unit, kind(slug)));
    }

    @PostMapping("/{slug}/approve")
    String approve(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.approve", () -> lists.approve(user, unit, kind(slug)));
    }

    @PostMapping("/{slug}/return")
    String returnToDraft(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                redirect, slug, unit, "catalog.done.return", () -> lists.returnToDraft(user, unit, kind(slug), reason));
    }

    @PostMapping("/{slug}/merged")
    String merged(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(defaultValue = "false") boolean merged,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.saved", () -> lists.setMerged(user, unit, merged));
    }

    @PostMapping("/bodies/from-registry")
    String bodiesFromRegistry(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam UUID unit,
            Model model,
            RedirectAttributes redirect) {
        try {
            var outcome = lists.draftBodiesFromRegistry(user, unit);
            if (!outcome.succeeded()) {
                model.addAttribute("importProblems", outcome.problems());
                model.addAttribute("importFile", text("catalog.bodies.registry"));
                return list(user, ListKind.BODIES.slug(), unit, null, model);
            }
            redirect.addFlashAttribute("success", text("catalog.done.import", outcome.entries()));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
        }
        return redirectTo(ListKind.BODIES.slug(), unit);
    }

    @PostMapping("/{slug}/import")
    String importSheet(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var kind = kind(slug);
        Lists.ImportOutcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = new Lists.ImportOutcome(0, List.of(new FieldProblem(0, null, null, "catalog.import.empty", "")));
        } else {
            try (var in = file.getInputStream()) {
                outcome = lists.importSheet(user, unit, kind, in);
            } catch (NotFound notFound) {
                throw notFound;
            } catch (Refusal refusal) {
                redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
                return redirectTo(slug, unit);
            }
        }
        if (!outcome.succeeded()) {
            model.addAttribute("importProblems", outcome.problems());
            model.addAttribute("importFile", file == null ? "" : file.getOriginalFilename());
            return list(user, slug, unit, null, model);
        }
        redirect.addFlashAttribute("success", text("catalog.done.import", outcome.entries()));
        return redirectTo(slug, unit);
    }

    @GetMapping("/{slug}/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(required = false) Integer version) {
        var kind = kind(slug);
        var state = lists.state(user, unit, kind);
        var chosen = version == null
                ? (state.open() != null ? state.open() : state.published())
                : state.history().stream()
                        .filter(v -> v.number() == version)
                        .findFirst()
                        .orElse(null);
        if (chosen == null) {
            throw new NotFound("version");
        }
        var title = text(kind.labelKey());
        var bytes = spreadsheets.write(ListSchema.of(kind), title, versions.entries(chosen.id()));
        var name = title + "-v" + chosen.number() + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }

    @GetMapping("/{slug}/entries/form")
    String entryForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(required = false) String key,
            Model model) {
        var kind = kind(slug);
        var state = lists.state(user, unit, kind);
        Map<String, String> values = new LinkedHashMap<>();
        if (key != null) {
            var open = state.open();
            if (open == null) {
                throw new NotFound("entry");
            }
            values = versions.entry(open.id(), key)
                    .orElseThrow(() -> new NotFound("entry"))
                    .data();
        }
        return entryPage(model, kind, unit, key, values, List.of());
    }

    @PostMapping("/{slug}/entries")
    String saveEntry(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam(required = false) String previousKey,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var kind = kind(slug);
        var values = new LinkedHashMap<String, String>();
        ListSchema.of(kind).fields().forEach(field -> values.put(field.name(), form.getFirst(field.name())));
        var previous = previousKey == null || previousKey.isBlank() ? null : previousKey;
        try {
            var problems = lists.saveEntry(user, unit, kind, previous, values);
            if (!problems.isEmpty()) {
                return entryPage(model, kind, unit, previous, values, problems);
            }
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
            return redirectTo(slug, unit);
        }
        redirect.addFlashAttribute("success", text("catalog.done.saved"));
        return redirectTo(slug, unit);
    }

    @PostMapping("/{slug}/entries/delete")
    String deleteEntry(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @RequestParam UUID unit,
            @RequestParam String key,
            RedirectAttributes redirect) {
        return act(redirect, slug, unit, "catalog.done.deleted", () -> lists.deleteEntry(user, unit, kind(slug), key));
    }

    @GetMapping("/{slug}/versions/{number}")
    String version(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable String slug,
            @PathVariable int number,
            @RequestParam UUID unit,
            Model model) {
        var kind = kind(slug);
        var state = lists.state(user, unit, kind);
        var version = state.history().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFound("version"));
        var previous = state.history().stream()
                .filter(v -> v.number() < number && v.visibleToPublic())
                .findFirst();
        var schema = ListSchema.of(kind);
        var entries = versions.entries(version.id());
        model.addAttribute("kind", kind);
        model.addAttribute("schema", schema);
        model.addAttribute("version", version);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "changes",
                ListChanges.between(
                        schema, previous.map(v -> versions.entries(v.id())).orElse(List.of()), entries));
        model.addAttribute("previous", previous.orElse(null));
        addUnits(user, unit, model);
        return "catalog/version";
    }

    private String entryPage(
            Model model,
            ListKind kind,
            UUID unit,
            String key,
            Map<String, String> values,
            List<FieldProblem> problems) {
        var errors = new LinkedHashMap<String, String>();
        problems.forEach(problem -> errors.put(
                problem.field() == null ? "" : problem.field(), text(problem.messageKey(), problem.value())));
        model.addAttribute("kind", kind);
        model.addAttribute("schema", ListSchema.of(kind));
        model.addAttribute("unitId", unit);
        model.addAttribute("previousKey", key);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", org.sunlight.organization.EnforcementCategory.values());
        return "catalog/entry-form";
    }

    private String act(RedirectAttributes redirect, String slug, UUID unit, String doneKey, Runnable action) {
        kind(slug);
        try {
            action.run();
            redirect.addFlashAttribute("success", text(doneKey));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
        }
        return redirectTo(slug, unit);
    }

    private static String redirectTo(String slug, UUID unit) {
        return "redirect:/console/lists/" + slug + "?unit="
                + URLEncoder.encode(unit.toString(), StandardCharsets.UTF_8);
    }

    private void addUnits(StaffUser user, UUID unitId, Model model) {
        List<Unit> units = organization.visibleUnits(user);
        model.addAttribute("units", units);
        model.addAttribute(
                "unit",
                units.stream().filter(u -> u.id().equals(unitId)).findFirst().orElseThrow());
    }

    private UUID unitOf(StaffUser user, UUID requested) {
        var unitId = requested == null ? user.getUnitId() : requested;
        if (!organization.isVisible(user, unitId)) {
            throw new NotFound("unit");
        }
        return unitId;
    }

    private static ListKind kind(String slug) {
        var kind = ListKind.fromSlug(slug);
        if (kind == null) {
            throw new NotFound("list");
        }
        return kind;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
