package org.sunlight.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link Retrieved} for a record a person has just been shown, with the request's client address (R8). */
@Component
public class Retrievals {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    Retrievals(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param kind {@code case}, {@code document}, {@code evidence} or {@code archive}
     * @param caseId the case the record belongs to, or null
     */
    public void opened(String kind, Object recordId, Object caseId, String username, HttpServletRequest request) {
        events.publishEvent(new Retrieved(
                kind,
                String.valueOf(recordId),
                caseId == null ? null : String.valueOf(caseId),
                username,
                request == null ? null : request.getRemoteAddr(),
                clock.instant()));
    }
}
