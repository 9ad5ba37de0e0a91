package org.sunlight.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageQuery;

/** The retrieval log page (调阅记录) for supervisors and administrators, and a record's entry index for its page. */
@Controller
class RetrievalConsoleController {

    private final RetrievalLog retrievals;
    private final AuditEntries entries;
    private final Clock clock;

    RetrievalConsoleController(RetrievalLog retrievals, AuditEntries entries, Clock clock) {
        this.retrievals = retrievals;
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping("/console/retrievals")
    String retrievals(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            Model model) {
        RetrievalLog.requireSupervisor(user);
        var query = new RetrievalLog.Query(caseId, person, kind, from, to);
        model.addAttribute("query", query);
        model.addAttribute("kinds", RetrievalLog.KINDS.stream().sorted().toList());
        model.addAttribute("zone", clock.getZone());
        var filters = new LinkedHashMap<String, String>();
        filters.put("caseId", caseId);
        filters.put("person", person);
        filters.put("kind", kind);
        filters.put("from", from);
        filters.put("to", to);
        var url = UriComponentsBuilder.fromPath("/console/retrievals");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.queryParam(name, value.strip());
            }
        });
        model.addAttribute("url", url.encode().build().toUriString());
        try {
            model.addAttribute("page", retrievals.search(user, query, PageQuery.of(page, 50)));
        } catch (AuditRefusals.InvalidFilter refused) {
            model.addAttribute("error", refused);
        }
        return "audit/retrievals";
    }

    /** The log indices of a record's issue or publication, as a fragment its page loads. */
    @GetMapping({"/console/audit/records/{recordId}", "/portal/audit/records/{recordId}"})
    String recordEntries(@PathVariable String recordId, Model model) {
        model.addAttribute("entries", entries.publicEntries(recordId));
        return "audit/fragments :: record-entries";
    }
}
