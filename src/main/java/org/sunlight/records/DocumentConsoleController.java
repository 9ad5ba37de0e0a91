package org.sunlight.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Retrievals;

/** A case's documents in the console: the list, one document as issued (printable), and its PDF. */
@Controller
class DocumentConsoleController {

    private final Records records;
    private final Clock clock;
    private final Retrievals retrievals;

    DocumentConsoleController(Records records, Clock clock, Retrievals retrievals) {
        this.records = records;
        this.retrievals = retrievals;
        this.clock = clock;
    }

    /** The list page, or only its table when htmx asks (for the case page). */
    @GetMapping("/console/cases/{caseId}/documents")
    String ofCase(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID caseId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("documents", records.documentsOf(user, caseId));
        return htmx != null ? "records/list :: documents" : "records/list";
    }

    @GetMapping("/console/documents/{id}")
    String show(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        var document = records.document(user, id);
        retrievals.opened("document", id, document.caseId(), user.getUsername(), request);
        model.addAttribute("document", document);
        model.addAttribute("pdfSha256", records.pdf(user, id).sha256());
        model.addAttribute("correctedBy", records.correctedBy(document).orElse(null));
        model.addAttribute("corrected", records.corrected(document).orElse(null));
        return "records/page";
    }

    @GetMapping("/console/documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            jakarta.servlet.http.HttpServletRequest request) {
        var document = records.document(user, id);
        var bytes = records.pdf(user, id).bytes();
        retrievals.opened("document", id, document.caseId(), user.getUsername(), request);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.title() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
