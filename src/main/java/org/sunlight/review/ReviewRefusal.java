package org.sunlight.review;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** A step of the legal review refused, naming its rule, the field at fault when there is one, and why. */
class ReviewRefusal extends Refusal {

    private final String rule;
    private final HttpStatus status;

    ReviewRefusal(String rule, String field, String messageKey, Object... arguments) {
        this(HttpStatus.UNPROCESSABLE_ENTITY, rule, field, messageKey, arguments);
    }

    ReviewRefusal(HttpStatus status, String rule, String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
        this.rule = rule;
        this.status = status;
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
