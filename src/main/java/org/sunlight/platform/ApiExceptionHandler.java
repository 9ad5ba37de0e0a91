package org.sunlight.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API is an {@code application/problem+json} response in Chinese that names the field at
 * fault ({@code field}, and {@code errors} when there are several); never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, NativeWebRequest request) {
        var problem = problem(refusal.status(), text(refusal.messageKey(), refusal.arguments()), request);
        problem.setProperty("rule", refusal.rule());
        if (refusal.field() != null) {
            withErrors(problem, List.of(fieldError(refusal.field(), problem.getDetail())));
        }
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
        return badField(
                e.getName(), text("problem.field.malformed", e.getName(), String.valueOf(e.getValue())), request);
    }

    /** A date so far from today that no period can be counted from it (+999999999-12-31). */
    @ExceptionHandler(java.time.DateTimeException.class)
    ResponseEntity<ProblemDetail> dateOutOfRange(java.time.DateTimeException e, NativeWebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, text("problem.date-range"), request);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A header with bytes the firewall refuses (control characters, 0x80–0x9F in {@code Range}), found when a
     * controller reads it: the request is malformed, 400.
     */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedHeader(NativeWebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.header"), request));
    }

    /** An upload route asked without a multipart body: the request is unreadable, never a server error. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(NativeWebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.multipart"), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, NativeWebRequest request) {
        log.error("Unexpected error answering {}", request.getDescription(false), e);
        var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected"), request);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid"), request);
        var errors = new ArrayList<Map<String, String>>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), text(error)));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(fieldError(null, text(error))));
        withErrors(problem, errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid"), request);
        var errors = new ArrayList<Map<String, String>>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error ->
                        errors.add(fieldError(result.getMethodParameter().getParameterName(), text(error)))));
        withErrors(problem, errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(badField(e.getParameterName(), text("problem.field.missing", e.getParameterName()), request)
                        .getBody());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var field = e.getPropertyName() == null ? "value" : e.getPropertyName();
        return ResponseEntity.badRequest()
                .body(badField(field, text("problem.field.malformed", field, String.valueOf(e.getValue())), request)
                        .getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.unreadable"), request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<ProblemDetail> badField(String field, String message, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, message, request);
        withErrors(problem, List.of(fieldError(field, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String detail, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(instance(request));
        return problem;
    }

    private static URI instance(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? URI.create(servlet.getRequest().getRequestURI())
                : null;
    }

    private static void withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        errors.stream()
                .map(error -> error.get("field"))
                .filter(field -> field != null)
                .findFirst()
                .ifPresent(field -> problem.setProperty("field", field));
    }

    private static Map<String, String> fieldError(String field, String message) {
        var error = new java.util.LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }
}
