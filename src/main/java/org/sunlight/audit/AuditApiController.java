package org.sunlight.audit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Staff JSON: an entry's leaf data, and the retrieval log for supervisors. */
@RestController
class AuditApiController {

    private final RetrievalLog retrievals;

    AuditApiController(RetrievalLog retrievals) {
        this.retrievals = retrievals;
    }

    @GetMapping("/api/audit/entries/{index}")
    AuditEntries.Entry entry(@AuthenticationPrincipal StaffUser user, @PathVariable long index) {
        return retrievals.entry(user, index);
    }

    @GetMapping("/api/retrievals")
    PageOf<AuditEntries.Entry> retrievals(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return retrievals.search(
                user, new RetrievalLog.Query(caseId, person, kind, from, to), PageQuery.of(page, size));
    }
}
