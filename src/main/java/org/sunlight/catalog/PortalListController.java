package org.sunlight.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Organization;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;

/** The published lists on the portal: filter, search, page, read the change log, print a service guide. */
@Controller
@RequestMapping({"/portal", "/u/{unitCode}/portal"})
class PortalListController {

    private final PublishedLists published;
    private final MessageSource messages;
    private final Organization organization;

    PortalListController(PublishedLists published, MessageSource messages, Organization organization) {
        this.published = published;
        this.messages = messages;
        this.organization = organization;
    }

    /** The unit a unit's portal ({@code /u/{unitCode}/portal/…}) shows, else the one the visitor filtered by. */
    private UUID unit(String unitCode, UUID filtered) {
        return unitCode == null ? filtered : organization.portalUnit(unitCode).id();
    }

    @GetMapping("/{slug}")
    String list(
            @PathVariable(required = false) String unitCode,
            @PathVariable String slug,
            @RequestParam(name = "unit", required = false) UUID filteredUnit,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        var kind = kind(slug);
        var unit = unit(unitCode, filteredUnit);
        var query = q == null ? null : q.strip();
        model.addAttribute("kind", kind);
        model.addAttribute("schema", ListSchema.of(kind));
        var schema = ListSchema.of(kind);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "entries",
                published
                        .search(kind, unit, category == null ? null : category.name(), query, PageQuery.of(page, 20))
                        .map(entry -> new Row(entry, cells(schema, entry.entry(), locale))));
        model.addAttribute("units", published.publishingUnits(kind));
        model.addAttribute("publishedOn", published.publishedOn(kind));
        model.addAttribute("selectedUnit", unit);
        model.addAttribute("selectedCategory", category);
        model.addAttribute("q", query);
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("merged", unit != null && published.merged(unit));
        var url = UriComponentsBuilder.fromPath((unitCode == null ? "" : "/u/" + unitCode) + "/portal/" + slug);
        if (unit != null && unitCode == null) {
            url.queryParam("unit", unit);
        }
        if (category != null) {
            url.queryParam("category", category);
        }
        if (query != null && !query.isEmpty()) {
            url.queryParam("q", query);
        }
        model.addAttribute("pageUrl", url.build().encode().toUriString());
        return "catalog/portal-list";
    }

    private static ListKind kind(String slug) {
        var kind = ListKind.fromSlug(slug);
        if (kind == null) {
            throw new NotFound("list");
        }
        return kind;
    }

    /** A published entry with its cells as the page shows them, categories in words. */
    record Row(PublishedLists.PublicEntry entry, List<String> cells) {}

    private List<String> cells(ListSchema schema, Entry entry, java.util.Locale locale) {
        var cells = new java.util.ArrayList<String>(schema.fields().size());
        for (var field : schema.fields()) {
            var value = entry.get(field.name());
            cells.add(
                    field.type() == FieldType.CATEGORY && !value.isEmpty()
                            ? messages.getMessage("category." + value, null, value, locale)
                            : value);
        }
        return cells;
    }

    @GetMapping("/{slug}/changes")
    String changes(
            @PathVariable(required = false) String unitCode,
            @PathVariable String slug,
            @RequestParam(name = "unit", required = false) UUID filteredUnit,
            Model model) {
        var kind = kind(slug);
        var unit = unit(unitCode, filteredUnit);
        var units = published.publishingUnits(kind);
        var chosen = unit != null ? unit : units.isEmpty() ? null : units.get(0).id();
        model.addAttribute("kind", kind);
        model.addAttribute("units", units);
        model.addAttribute("selectedUnit", chosen);
        model.addAttribute("versions", chosen == null ? java.util.List.of() : published.changes(kind, chosen));
        return "catalog/portal-changes";
    }

    @GetMapping("/service-guides/{code:(?!changes$)[A-Za-z0-9._-]+}")
    String guide(
            @PathVariable(required = false) String unitCode,
            @PathVariable String code,
            @RequestParam(name = "unit", required = false) UUID filteredUnit,
            Model model) {
        var unit = unit(unitCode, filteredUnit);
        var entry = published.entry(ListKind.SERVICE_GUIDES, unit, code).orElseThrow(() -> new NotFound("guide"));
        model.addAttribute("guide", entry);
        model.addAttribute("schema", ListSchema.of(ListKind.SERVICE_GUIDES));
        return "catalog/portal-guide";
    }
}
