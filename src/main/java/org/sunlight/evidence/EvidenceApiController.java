package org.sunlight.evidence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;

/**
 * Evidence over HTTP. Uploads are resumable: {@code POST} declares the file, each {@code PATCH} appends a chunk at
 * {@code Upload-Offset}, {@code HEAD}/{@code GET} on the upload answers how many bytes the server holds. Content is
 * served with byte ranges so that a video plays and seeks.
 */
@RestController
class EvidenceApiController {

    static final String OFFSET = "Upload-Offset";
    static final String LENGTH = "Upload-Length";

    private final Evidence evidence;

    EvidenceApiController(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/api/cases/{caseId}/evidence")
    List<EvidenceFile> ofCase(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId) {
        return evidence.files(user, caseId);
    }

    @PostMapping("/api/cases/{caseId}/evidence/uploads")
    ResponseEntity<UploadStatus> start(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID caseId,
            @RequestBody(required = false) StartUpload command) {
        var status = evidence.start(user, caseId, command);
        return ResponseEntity.created(URI.create("/api/evidence/uploads/" + status.id()))
                .headers(headers(status))
                .body(status);
    }

    @GetMapping("/api/evidence/uploads/{id}")
    ResponseEntity<UploadStatus> status(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        var status = evidence.status(user, id);
        return ResponseEntity.ok().headers(headers(status)).body(status);
    }

    @PatchMapping("/api/evidence/uploads/{id}")
    ResponseEntity<UploadStatus> append(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestHeader(name = OFFSET, required = false) String offset,
            HttpServletRequest request)
            throws IOException {
        var status = evidence.append(user, id, offset, request.getContentLengthLong(), request.getInputStream());
        return ResponseEntity.ok().headers(headers(status)).body(status);
    }

    private static HttpHeaders headers(UploadStatus status) {
        var headers = new HttpHeaders();
        headers.set(OFFSET, Long.toString(status.offset()));
        headers.set(LENGTH, Long.toString(status.size()));
        headers.setCacheControl("no-store");
        return headers;
    }

    @GetMapping("/api/evidence/{id}")
    EvidenceFile file(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return evidence.file(user, id);
    }

    @GetMapping("/api/evidence/{id}/content")
    void content(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean download,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var file = evidence.file(user, id);
        long size = file.size();
        ByteRange range;
        try {
            range = ByteRange.parse(request.getHeader(HttpHeaders.RANGE), size).orElse(null);
        } catch (ByteRange.Unsatisfiable e) {
            response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return;
        }
        evidence.retrieved(user, file, request.getRemoteAddr());
        boolean inline = !download
                && (file.isRecording() || file.isImage() || file.mediaType().equals("application/pdf"));
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setContentType(inline ? file.mediaType() : "application/octet-stream");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.builder(inline ? "inline" : "attachment")
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        long start = range == null ? 0 : range.start();
        long length = range == null ? size : range.length();
        if (range != null) {
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.start() + "-" + range.end() + "/" + size);
        }
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (var in = evidence.open(file, start, length)) {
            var out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        } catch (org.apache.catalina.connector.ClientAbortException e) {
            // the player stopped reading (a seek, a closed tab): nothing to answer
        }
    }
}
