package org.sunlight.platform;

import org.springframework.http.HttpStatus;

/**
 * A request the domain refuses, naming the rule it breaks. Subclasses name the rule ({@code CertificateNotValid},
 * {@code DuplicateCertificateNo}); the edge turns them into a field error on a page or a problem response with the
 * field on the API. The message is a key in the message bundles, so the person sees it in their language.
 */
public abstract class Refusal extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    protected Refusal(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The input field at fault, or null when the refusal concerns the request as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The HTTP status the API answers with. */
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    /** The rule's name, shown to API clients so that they can react to it. */
    public String rule() {
        return getClass().getSimpleName();
    }
}
