package org.sunlight.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link ColumnLength} against the schema's length; Spring's validator factory injects the lengths. */
class ColumnLengthValidator implements ConstraintValidator<ColumnLength, CharSequence> {

    private final ColumnLengths lengths;
    private String column;

    ColumnLengthValidator(ColumnLengths lengths) {
        this.lengths = lengths;
    }

    @Override
    public void initialize(ColumnLength annotation) {
        column = annotation.value();
        lengths.max(column); // an unknown column fails the first validation, never passes silently
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (lengths.fits(column, value == null ? null : value.toString())) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", lengths.max(column));
        return false;
    }
}
