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
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The published results for everyone: searched, paginated, each with a permanent printable page, and as open data. */
@Controller
class ResultsController {

    private final PublishedResults results;

    ResultsController(PublishedResults results) {
        this.results = results;
    }

    @GetMapping("/api/public/results")
    @ResponseBody
    PageOf<PublishedResults.Result> api(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return results.search(q, category == null ? null : category.name(), unit, from, to, PageQuery.of(page, size));
    }

    @GetMapping("/portal/results")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "results",
                results.search(q, category == null ? null : category.name(), null, null, null, PageQuery.of(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("selectedCategory", category);
        var url = UriComponentsBuilder.fromPath("/portal/results");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.strip());
        }
        if (category != null) {
            url.queryParam("category", category);
        }
        model.addAttribute("pageUrl", url.build().encode().toUriString());
        return "disclosure/results";
    }

    @GetMapping("/portal/results/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("result", results.find(id).orElseThrow(() -> new NotFound("result")));
        return "disclosure/result";
    }
}
