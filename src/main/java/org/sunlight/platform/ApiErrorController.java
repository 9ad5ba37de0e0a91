package org.sunlight.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error answer outside controllers (no route, a status sent by a filter): the HTML error page for pages, as
 * Spring Boot's; a problem ({@code application/problem+json}, in Chinese) for everything under {@code /api} (issue 18,
 * point 8), where Spring Boot would write its own JSON. Only with a web server: the {@code verify} command has none.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

    private final MessageSource messages;

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, MessageSource messages) {
        super(errorAttributes, server.getError());
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !(uri.equals("/api") || uri.startsWith("/api/"))) {
            return super.error(request);
        }
        var status = getStatus(request);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        problem.put("instance", uri);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String detail(HttpStatus status) {
        var key =
                switch (status) {
                    case NOT_FOUND -> "problem.not-found";
                    case UNAUTHORIZED -> "problem.unauthorized";
                    case FORBIDDEN -> "problem.forbidden";
                    case BAD_REQUEST -> "problem.invalid";
                    default -> "problem.unexpected";
                };
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
