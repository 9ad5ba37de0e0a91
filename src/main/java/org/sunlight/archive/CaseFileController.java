package org.sunlight.archive;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.archive.ArchiveRefusals.CaseNotClosed;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Retrievals;

/**
 * The download of a closed case's file. A {@code RestController} so that a refusal answers as
 * {@code application/problem+json}: 404 outside the person's units, 409 while the case is open.
 */
@RestController
class CaseFileController {

    private final CaseFiles caseFiles;
    private final Retrievals retrievals;
    private final MessageSource messages;

    CaseFileController(CaseFiles caseFiles, Retrievals retrievals, MessageSource messages) {
        this.caseFiles = caseFiles;
        this.retrievals = retrievals;
        this.messages = messages;
    }

    @GetMapping("/console/cases/{id}/archive.zip")
    void download(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        org.sunlight.cases.CaseView kase;
        try {
            kase = caseFiles.closedCase(user, id);
        } catch (CaseNotClosed notClosed) {
            var stage = messages.getMessage(
                    "stage." + notClosed.arguments()[0],
                    null,
                    String.valueOf(notClosed.arguments()[0]),
                    LocaleContextHolder.getLocale());
            throw new CaseNotClosed(stage);
        }
        // logged first, so that the head signed for the file already holds this retrieval
        retrievals.opened("archive", id, id, user.getUsername(), request);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("案卷-" + CaseFiles.safe(kase.title()) + ".zip", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        var out = response.getOutputStream();
        caseFiles.write(user, kase, out);
        out.flush();
    }
}
