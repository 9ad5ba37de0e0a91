package org.sunlight.platform;

import org.springframework.http.HttpStatus;

/**
 * The thing asked for does not exist, or lies outside what the person may see: both answer the same, so that the
 * existence of another unit's records is not revealed.
 */
public class NotFound extends Refusal {

    public NotFound(String what) {
        super(null, "problem.not-found", what);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
