package org.sunlight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The personnel list, the body list and the certificate lookup, for everyone (D4, D5, D9). */
@Controller
class PublicRosterController {

    private final PublicRoster roster;
    private final Organization organization;
    private final Clock clock;

    PublicRosterController(PublicRoster roster, Organization organization, Clock clock) {
        this.roster = roster;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/api/public/officers")
    @ResponseBody
    PageOf<PublicRoster.ListedOfficer> officers(
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return roster.officers(unit, category, q, LocalDate.now(clock), PageQuery.of(page, size));
    }

    /** The personnel list as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese). */
    @GetMapping(value = "/api/public/officers", params = "format=csv")
    ResponseEntity<String> officersCsv(
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) String q) {
        var rows = roster.officers(unit, category, q, LocalDate.now(clock), new PageQuery(0, 100_000));
        var csv = new StringBuilder(
                "\uFEFF\"name\",\"unitName\",\"position\",\"certificateNo\",\"categories\",\"region\",\"certificateStatus\"\r\n");
        for (var officer : rows.content()) {
            csv.append(java.util.stream.Stream.of(
                                    officer.name(),
                                    officer.unitName(),
                                    officer.position(),
                                    officer.certificateNo(),
                                    officer.categories().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .collect(Collectors.joining(" ")),
                                    officer.region(),
                                    officer.certificateStatus().name())
                            .map(org.sunlight.platform.CsvCell::quote)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("officers.csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }

    @GetMapping("/api/public/certificates/{certificateNo}")
    @ResponseBody
    PublicRoster.CertificateLookup certificate(@PathVariable String certificateNo) {
        return roster.certificate(certificateNo, LocalDate.now(clock)).orElseThrow(() -> new NotFound("certificate"));
    }

    /** The personnel list: every unit's officers, or on a unit's portal the unit's own (issue 18, point 11). */
    @GetMapping({"/portal/officers", "/u/{unitCode}/portal/officers"})
    String officersPage(
            @PathVariable(required = false) String unitCode,
            @RequestParam(name = "unit", required = false) UUID filteredUnit,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        var unit = unitCode == null
                ? filteredUnit
                : organization.portalUnit(unitCode).id();
        model.addAttribute("officers", officers(unit, category, q, page, 20));
        model.addAttribute("updatedOn", roster.updatedOn(unit).orElse(null));
        model.addAttribute("units", organization.activeUnits());
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("selectedUnit", unit);
        model.addAttribute("selectedCategory", category);
        model.addAttribute("q", q);
        var url = UriComponentsBuilder.fromPath((unitCode == null ? "" : "/u/" + unitCode) + "/portal/officers");
        if (unit != null && unitCode == null) {
            url.queryParam("unit", unit);
        }
        if (category != null) {
            url.queryParam("category", category);
        }
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.strip());
        }
        model.addAttribute("pageUrl", url.build().encode().toUriString());
        return "roster/officers";
    }

    @GetMapping("/portal/certificates")
    String lookupPage(@RequestParam(required = false) String no, Model model) {
        if (no != null && !no.isBlank()) {
            var cleaned = no.replaceAll("\\p{Cntrl}", "").strip();
            model.addAttribute("no", cleaned);
            var found = roster.certificate(cleaned, LocalDate.now(clock)).orElse(null);
            model.addAttribute("found", found);
            model.addAttribute("asked", true);
            model.addAttribute(
                    "complaintPhone",
                    found == null ? null : roster.complaintPhone(cleaned).orElse(null));
            // a number typed without its province's abbreviation is not looked up as another: the visitor is told, and
            // offered the one certificate it could be (issue 18, point 11)
            if (found == null && PublicRoster.lacksProvincePrefix(cleaned)) {
                model.addAttribute("missingPrefix", true);
                var candidates = roster.withProvincePrefix(cleaned);
                model.addAttribute("suggestion", candidates.size() == 1 ? candidates.get(0) : null);
            }
        }
        return "roster/certificate";
    }
}
