package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;

/** The published results for everyone: searched, paginated, each with a permanent printable page, and as open data. */
@Controller
class ResultsController {

    private final PublishedResults results;
    private final org.sunlight.organization.Organization organization;
    private final String feedTitle;
    private final String publicBaseUrl;
    private final ResultFacts facts;

    ResultsController(
            PublishedResults results,
            ResultFacts facts,
            org.sunlight.organization.Organization organization,
            org.springframework.context.MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${sunlight.public-base-url:http://localhost:8080}")
                    String publicBaseUrl) {
        this.results = results;
        this.facts = facts;
        this.organization = organization;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.feedTitle =
                messages.getMessage("disclosure.results.title", null, "results", java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** The published results as JSON, or with {@code format=csv} as CSV (up to 10,000 rows), newest first. */
    @GetMapping("/api/public/results")
    @ResponseBody
    org.springframework.http.ResponseEntity<?> api(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            org.springframework.web.context.request.WebRequest request) {
        long generation = results.generation();
        if (notModified(generation, request)) {
            return null;
        }
        boolean csv = "csv".equalsIgnoreCase(format);
        var found = results.search(
                generation,
                q,
                party,
                category == null ? null : category.name(),
                unit,
                from,
                to,
                csv ? new PageQuery(0, 10_000) : PageQuery.of(page, size));
        if (!csv) {
            return org.springframework.http.ResponseEntity.ok(found);
        }
        var out = new StringBuilder("\uFEFF");
        var columns = java.util.List.of(
                "id",
                "unitName",
                "category",
                "title",
                "decidedOn",
                "publishedOn",
                "version",
                "fulfilment",
                "publicText");
        out.append(String.join(",", columns)).append("\r\n");
        for (var result : found.content()) {
            var values = java.util.List.of(
                    result.id(),
                    result.unitName(),
                    result.category(),
                    result.title(),
                    result.decidedOn(),
                    result.publishedOn(),
                    result.version(),
                    result.fulfilment() == null ? "" : result.fulfilment(),
                    result.publicText());
            out.append(values.stream()
                            .map(org.sunlight.platform.CsvCell::quote)
                            .collect(java.util.stream.Collectors.joining(",")))
                    .append("\r\n");
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(
                        new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("results.csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    /**
     * The portal's search: keyword, party, category, and — like the open-data API — the deciding unit and the decision
     * date range. A date that is not a date, or a range that ends before it starts, is refused with a message on the page.
     */
    @GetMapping({"/portal/results", "/u/{unitCode}/portal/results"})
    String list(
            @PathVariable(required = false) String unitCode,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(name = "unit", required = false) UUID filteredUnit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            Model model,
            org.springframework.web.context.request.WebRequest request) {
        // a unit's portal (/u/{unitCode}/portal/results) shows the unit's own results (issue 18, point 11)
        var unit = unitCode == null
                ? filteredUnit
                : organization.portalUnit(unitCode).id();
        var base = unitCode == null ? "" : "/u/" + unitCode;
        model.addAttribute("q", q);
        model.addAttribute("party", party);
        model.addAttribute("countCap", PublishedResults.COUNT_CAP);
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("selectedCategory", category);
        model.addAttribute("units", organization.activeUnits());
        model.addAttribute("selectedUnit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = day(from, "from");
            toDay = day(to, "to");
        } catch (BadDay bad) {
            model.addAttribute("dateError", bad.field);
            model.addAttribute(
                    "results",
                    new org.sunlight.platform.PageOf<PublishedResults.Result>(java.util.List.of(), 0, 20, 0));
            model.addAttribute("pageUrl", base + "/portal/results");
            return "disclosure/results";
        }
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            model.addAttribute("dateError", "to");
            model.addAttribute(
                    "results",
                    new org.sunlight.platform.PageOf<PublishedResults.Result>(java.util.List.of(), 0, 20, 0));
            model.addAttribute("pageUrl", base + "/portal/results");
            return "disclosure/results";
        }
        long generation = results.generation();
        if (notModified(generation, request)) {
            return null;
        }
        model.addAttribute(
                "results",
                results.search(
                        generation,
                        q,
                        party,
                        category == null ? null : category.name(),
                        unit,
                        fromDay,
                        toDay,
                        PageQuery.of(page, 20)));
        var url = UriComponentsBuilder.fromPath(base + "/portal/results");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.strip());
        }
        if (category != null) {
            url.queryParam("category", category);
        }
        if (party != null && !party.isBlank()) {
            url.queryParam("party", party.strip());
        }
        if (unit != null && unitCode == null) {
            url.queryParam("unit", unit);
        }
        if (fromDay != null) {
            url.queryParam("from", fromDay);
        }
        if (toDay != null) {
            url.queryParam("to", toDay);
        }
        model.addAttribute("pageUrl", url.build().encode().toUriString());
        return "disclosure/results";
    }

    private static final class BadDay extends Exception {
        private final String field;

        BadDay(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }

    private static LocalDate day(String value, String field) throws BadDay {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadDay(field);
        }
    }

    /** Tells each answer of a search apart from the same search's answers from other runs of the application. */
    private final String started = Long.toString(System.currentTimeMillis(), 36);

    /**
     * A search's answer may be kept by browsers and shared caches, and is asked again with the tag of the generation it
     * was searched under: while the results are still of that generation (nothing published, corrected, withdrawn or
     * fulfilled since), the answer is "not modified" without searching. {@code no-cache}: a kept answer is always asked
     * again first, so that no cache shows a withdrawn result.
     */
    private boolean notModified(long generation, org.springframework.web.context.request.WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                && servlet.getResponse() != null) {
            servlet.getResponse()
                    .setHeader(
                            org.springframework.http.HttpHeaders.CACHE_CONTROL,
                            org.springframework.http.CacheControl.noCache()
                                    .cachePublic()
                                    .getHeaderValue());
        }
        return request.checkNotModified("W/\"" + generation + "-" + started + "\"");
    }

    @GetMapping("/portal/results/{id}")
    String one(@PathVariable UUID id, Model model) {
        var result = results.find(id).orElseThrow(() -> new NotFound("result"));
        model.addAttribute("result", result);
        model.addAttribute("facts", facts.of(result.entryId()));
        model.addAttribute("annotations", results.annotations(id));
        return "disclosure/result";
    }

    /**
     * One published result as the open data gives it, with what its page shows first: the 文号, the legal basis, the
     * decision in one line, the annotations, and where its publication stands in the audit log.
     */
    record PublicResult(
            PublishedResults.Result result,
            ResultFacts.Facts facts,
            java.util.List<PublishedResults.Annotation> annotations,
            String auditRecord,
            String howToVerify) {}

    @GetMapping("/api/public/results/{id}")
    @ResponseBody
    PublicResult oneAsData(@PathVariable UUID id) {
        var result = results.find(id).orElseThrow(() -> new NotFound("result"));
        return new PublicResult(
                result,
                facts.of(result.entryId()),
                results.annotations(id),
                publicBaseUrl + "/api/transparency/records/" + id,
                publicBaseUrl + "/portal/results/how-to-verify?id=" + id);
    }

    /** How anyone checks, with the public transparency API, that a result was published and has not been changed. */
    @GetMapping("/portal/results/how-to-verify")
    String howToVerify(@RequestParam(required = false) UUID id, Model model) {
        model.addAttribute("id", id);
        return "disclosure/verify";
    }

    /**
     * The latest published results, by the time each version was published, as an Atom feed. Its links start with the
     * configured public address ({@code sunlight.public-base-url}), never with the Host the request names.
     */
    @GetMapping("/feeds/results.atom")
    org.springframework.http.ResponseEntity<String> feed() {
        var base = publicBaseUrl;
        var latest = results.latestPublished(50);
        var updated = latest.isEmpty()
                ? "1970-01-01T00:00:00Z"
                : latest.get(0).publishedAt().toString();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>")
                .append(escape(feedTitle))
                .append("</title>\n")
                .append("<id>")
                .append(escape(base + "/portal/results"))
                .append("</id>\n")
                .append("<link href=\"")
                .append(escape(base + "/portal/results"))
                .append("\"/>\n")
                .append("<updated>")
                .append(updated)
                .append("</updated>\n");
        for (var published : latest) {
            var result = published.result();
            var url = base + "/portal/results/" + result.id();
            xml.append("<entry>\n")
                    .append("<title>")
                    .append(escape(result.title()))
                    .append("</title>\n")
                    .append("<id>urn:uuid:")
                    .append(result.id())
                    .append("</id>\n")
                    .append("<link href=\"")
                    .append(escape(url))
                    .append("\"/>\n")
                    .append("<updated>")
                    .append(published.publishedAt())
                    .append("</updated>\n")
                    .append("<author><name>")
                    .append(escape(result.unitName()))
                    .append("</name></author>\n")
                    .append("<summary>")
                    .append(escape(result.publicText()))
                    .append("</summary>\n")
                    .append("</entry>\n");
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.append("</feed>\n").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
