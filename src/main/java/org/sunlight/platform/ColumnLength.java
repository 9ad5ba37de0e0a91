package org.sunlight.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A form field whose value is stored in a text column, valid when it fits the column's length as the schema declares
 * it ({@link ColumnLengths}). The message may use <code>{max}</code>, the column's length.
 */
@Documented
@Constraint(validatedBy = ColumnLengthValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface ColumnLength {

    /** The column, {@code schema.table.column}. */
    String value();

    String message() default "{admin.field.too-long}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
