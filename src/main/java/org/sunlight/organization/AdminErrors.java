package org.sunlight.organization;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.sunlight.platform.NotFound;

/**
 * The administration screens answer a record outside the admin's scope, an unknown one and a malformed id alike: the
 * 404 page, so that another unit's records are not revealed. Other malformed parameters get the 400 page.
 */
@ControllerAdvice(
        assignableTypes = {
            UnitAdminController.class,
            BodyAdminController.class,
            OfficerAdminController.class,
            AccountAdminController.class
        })
class AdminErrors {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        var inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }
}
