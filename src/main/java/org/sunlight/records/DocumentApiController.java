package org.sunlight.records;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Retrievals;

/** The documents of a case over JSON, and their correction. */
@RestController
class DocumentApiController {

    private final Records records;
    private final Retrievals retrievals;

    DocumentApiController(Records records, Retrievals retrievals) {
        this.records = records;
        this.retrievals = retrievals;
    }

    @GetMapping("/api/cases/{caseId}/documents")
    List<DocumentSummary> ofCase(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId) {
        return records.documentsOf(user, caseId);
    }

    @GetMapping("/api/documents/{id}")
    DocumentSummary one(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            jakarta.servlet.http.HttpServletRequest request) {
        var summary = records.summary(user, id);
        retrievals.opened("document", id, summary.caseId(), user.getUsername(), request);
        return summary;
    }

    /** What a correction says: why, and the corrected text. */
    record CorrectionRequest(String reason, String text) {}

    @PostMapping("/api/documents/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    DocumentSummary correct(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) CorrectionRequest request) {
        var body = request == null ? new CorrectionRequest(null, null) : request;
        return records.correct(user, id, body.reason(), body.text());
    }
}
