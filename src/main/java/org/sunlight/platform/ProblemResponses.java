package org.sunlight.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes {@code application/problem+json} responses outside of controllers (security filters). */
@Component
class ProblemResponses {

    private final ObjectMapper json;
    private final MessageSource messages;

    ProblemResponses(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** A problem naming the field at fault, with the message's arguments. */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String field,
            String messageKey,
            Object... arguments)
            throws IOException {
        var detail = messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale());
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", detail)));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
