package org.sunlight.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests that no part of the product can read, before anything tries to: a NUL or another control byte in a
 * parameter (PostgreSQL stores no NUL in text), a content type with a wildcard or one that does not parse (415), a
 * multipart body that is not valid multipart or names a file with control characters (400), an upload over the size
 * limit (413). Each answer is a problem naming what is wrong; nothing is half done because nothing has started.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequests extends OncePerRequestFilter {

    private final ProblemResponses problems;

    MalformedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error"
                .equals(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            // the error page is where the container forwards failures; asked for directly it is no page (a 404),
            // never the "500" Spring Boot answers for a request without an error
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        var contentType = request.getContentType();
        MediaType type = null;
        if (contentType != null && !contentType.isBlank()) {
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "problem.content-type", contentType);
                return;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "problem.content-type", contentType);
                return;
            }
        }
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type) && !readableMultipart(request, response)) {
            return;
        }
        // a page's form shows its own field errors; queries, and every parameter of the API, are checked here
        boolean checked = "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod())
                || request.getRequestURI().startsWith("/api/");
        if (checked && !readableParameters(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    /** False, with the answer written, when a parameter's name or value holds a control byte. */
    private boolean readableParameters(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (var parameter : request.getParameterMap().entrySet()) {
            var name = parameter.getKey();
            if (hasControl(name)
                    || java.util.Arrays.stream(parameter.getValue()).anyMatch(MalformedRequests::hasControl)) {
                answer(
                        request,
                        response,
                        HttpStatus.BAD_REQUEST,
                        printable(name),
                        "problem.field.control",
                        printable(name));
                return false;
            }
        }
        return true;
    }

    /** Reads the parts once (the servlet keeps them); false, with the answer written, when they cannot be read. */
    private boolean readableMultipart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            for (var part : request.getParts()) {
                var fileName = part.getSubmittedFileName();
                // a file name is one line: a tab or line break in it is as wrong as NUL
                if (fileName != null && fileName.chars().anyMatch(Character::isISOControl)) {
                    answer(request, response, HttpStatus.BAD_REQUEST, part.getName(), "problem.file-name");
                    return false;
                }
            }
            return true;
        } catch (org.apache.tomcat.util.http.fileupload.InvalidFileNameException nul) {
            // Tomcat refuses a NUL in a part's file name as it reads the parts, before naming the part
            answer(request, response, HttpStatus.BAD_REQUEST, null, "problem.file-name");
            return false;
        } catch (IllegalStateException tooLarge) {
            answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, null, "problem.too-large");
            return false;
        } catch (IOException | ServletException unreadable) {
            answer(request, response, HttpStatus.BAD_REQUEST, null, "problem.multipart");
            return false;
        }
    }

    /** A problem for the API; the HTML error page, with the same status, for pages. */
    private void answer(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String field,
            String messageKey,
            Object... arguments)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(request, response, status, field, messageKey, arguments);
        } else {
            response.sendError(status.value());
        }
    }

    /** NUL and the other C0 controls but tab, line feed and carriage return, which forms carry. */
    private static boolean hasControl(String value) {
        return value != null
                && value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
    }

    private static String printable(String name) {
        var cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 50 ? cleaned.substring(0, 50) : cleaned;
    }
}
