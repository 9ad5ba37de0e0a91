package org.sunlight.disclosure;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sunlight.cases.Procedures;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.ListKind;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Unit;

/**
 * The public portal's home: the "行政执法公示" column with every section the documents require. A section with
 * nothing published yet says so; it never shows sample content.
 */
@Controller
class PortalController {

    /** The sections of the column, in the order the documents list them (D2–D13). */
    static final List<String> SECTIONS = List.of(
            "items",
            "random-inspection-items",
            "bodies",
            "officers",
            "service-guides",
            "procedure-charts",
            "document-samples",
            "rights-notice",
            "window-boards",
            "discretion-standards",
            "penalty-adjustments",
            "recording-requirements",
            "review-scope-rules",
            "review-elements",
            "results",
            "random-inspection-results",
            "annual-reports");

    private final String portalName;
    private final Catalog catalog;
    private final Organization organization;
    private final PublishedResults results;
    private final AnnualReports reports;
    private final org.sunlight.inspection.RandomInspection randomInspection;

    PortalController(
            @Value("${sunlight.portal.name:山东省卫生健康委员会}") String portalName,
            Catalog catalog,
            Organization organization,
            PublishedResults results,
            AnnualReports reports,
            org.sunlight.inspection.RandomInspection randomInspection) {
        this.reports = reports;
        this.randomInspection = randomInspection;
        this.portalName = portalName;
        this.catalog = catalog;
        this.organization = organization;
        this.results = results;
    }

    /** A section of the column: where it leads and how many published entries it holds (0: nothing yet). */
    record Section(String slug, String href, long published) {}

    /** The whole province's portal: every unit's entries together. */
    @GetMapping("/")
    String home(Model model) {
        return home(null, model);
    }

    /**
     * One unit's portal (issue 18, point 11): the same sections, each counting and leading to the unit's own entries
     * under {@code /u/{unitCode}/…}; sections that are the same for every unit (procedure charts, document samples)
     * lead to the shared page. An unknown code answers 404 ({@code PortalUnitAdvice}).
     */
    @GetMapping("/u/{unitCode}")
    String unitHome(@PathVariable String unitCode, Model model) {
        return home(organization.portalUnit(unitCode), model);
    }

    private String home(Unit unit, Model model) {
        var unitId = unit == null ? null : unit.id();
        var base = unit == null ? "" : "/u/" + unit.divisionCode();
        model.addAttribute("portalName", unit == null ? portalName : unit.name());
        model.addAttribute("units", organization.portalUnits());
        var officers = unit == null ? organization.listedOfficers() : organization.listedOfficers(unitId);
        model.addAttribute(
                "sections",
                SECTIONS.stream()
                        .map(slug -> {
                            var kind = ListKind.fromSlug(slug);
                            if (kind != null) {
                                return new Section(
                                        slug, base + "/portal/" + slug, catalog.publishedEntries(kind, unitId));
                            }
                            return switch (slug) {
                                case "officers" -> new Section(slug, base + "/portal/officers", officers);
                                case "results" -> new Section(
                                        slug,
                                        base + "/portal/results",
                                        unit == null ? results.count() : results.count(unitId));
                                case "procedure-charts" -> new Section(
                                        slug,
                                        "/portal/procedure-charts",
                                        Procedures.all().size());
                                    // 文书样式: one sample of each kind of document the product issues
                                case "document-samples" -> new Section(
                                        slug,
                                        "/portal/document-samples",
                                        org.sunlight.cases.DocumentKind.values().length);
                                case "annual-reports" -> new Section(
                                        slug,
                                        base + "/portal/annual-reports",
                                        reports.listed(null).stream()
                                                .filter(report -> unitId == null || unitId.equals(report.unitId()))
                                                .count());
                                case "random-inspection-results" -> new Section(
                                        slug,
                                        base + "/portal/random-inspection-results",
                                        unit == null
                                                ? randomInspection.published()
                                                : randomInspection.published(unitId));
                                default -> new Section(slug, null, 0);
                            };
                        })
                        .toList());
        return "portal/home";
    }
}
