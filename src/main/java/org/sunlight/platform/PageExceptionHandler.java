package org.sunlight.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a record outside the person's scope, an unknown one and a malformed id alike, with the Chinese 404
 * page; other refusals and malformed parameters get the error page with their status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(Refusal.class)
    void refused(Refusal refusal, HttpServletResponse response) throws IOException {
        response.sendError(refusal.status().value());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        var inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(java.time.DateTimeException.class)
    void dateOutOfRange(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** A header with bytes the firewall refuses, read by a controller: 400. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    void rejectedHeader(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** A file form posted without its file (not multipart at all): the form's request is unreadable, 400. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    void notMultipart(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
