package org.sunlight.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sunlight.platform.TreeHeads;

/**
 * Pushes every change of a published result to the government's disclosure platform (D12, I2) as JSON, with the
 * change's idempotency key in the {@code Idempotency-Key} header and the body. Delivery goes through Spring Modulith's
 * event publication registry (each delivery also carries the audit log's newest signed tree head): the change is registered in the publishing transaction and stays incomplete until the
 * receiver answers 2xx, so it survives a failure, a crash or a restart; failed pushes are retried with a doubling wait.
 * Only present when {@code sunlight.disclosure.push.url} is set.
 */
@Component
@ConditionalOnProperty("sunlight.disclosure.push.url")
class GovernmentPlatform {

    private static final Logger log = LoggerFactory.getLogger(GovernmentPlatform.class);

    private final PushMessages messages;
    private final PushProperties properties;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final TreeHeads heads;
    private final ObjectMapper json;
    private final HttpClient http;

    GovernmentPlatform(
            PushMessages messages,
            PushProperties properties,
            IncompleteEventPublications incomplete,
            Clock clock,
            TreeHeads heads,
            ObjectMapper json) {
        this.messages = messages;
        this.properties = properties;
        this.incomplete = incomplete;
        this.clock = clock;
        this.heads = heads;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** One delivery attempt; an exception leaves the publication incomplete for the next attempt. */
    @Async
    @TransactionalEventListener
    public void push(ResultChanged change) {
        deliver(change, "result entry " + change.entryId());
    }

    /** A published yearly report (D13), delivered like a result's change. */
    @Async
    @TransactionalEventListener
    public void push(AnnualReportPublished published) {
        deliver(
                published,
                "annual report " + published.unitName() + " " + published.year() + " v" + published.version());
    }

    private void deliver(Pushed change, String what) {
        var message = messages.find(change.messageId());
        if (message.isPresent() && message.get().acknowledged()) {
            return; // delivered before a crash kept the registry from hearing of it
        }
        var now = clock.instant();
        try {
            var response = http.send(
                    HttpRequest.newBuilder(properties.url())
                            .timeout(properties.timeout())
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header("Idempotency-Key", change.messageId().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body(change), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new PushFailed("HTTP " + response.statusCode());
            }
            messages.acknowledged(change.messageId(), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(change, what, now, "interrupted");
        } catch (java.io.IOException | PushFailed e) {
            fail(change, what, now, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The change as registered, with the audit log's newest signed tree head as it stands at this delivery (issue 14:
     * heads leave the database, so a rollback of the database cannot take back a head the platform holds).
     */
    private String body(Pushed change) throws JsonProcessingException {
        var body = (ObjectNode) json.readTree(messages.body(change));
        heads.latest().ifPresent(head -> body.set("signedTreeHead", json.valueToTree(head)));
        return json.writeValueAsString(body);
    }

    private void fail(Pushed change, String what, java.time.Instant at, String error) {
        messages.failed(
                change.messageId(), at, error, attempts -> clock.instant().plus(properties.backoffAfter(attempts)));
        log.warn("Push {} of {} failed: {}", change.messageId(), what, error);
        throw new PushFailed(error);
    }

    /** Resubmits the pushes whose wait is over, and any a crash left without an attempt. */
    @Scheduled(
            initialDelayString = "${sunlight.disclosure.push.retry-interval:5s}",
            fixedDelayString = "${sunlight.disclosure.push.retry-interval:5s}")
    void retry() {
        var now = clock.instant();
        incomplete.resubmitIncompletePublications(publication -> {
            if (!(publication.getEvent() instanceof Pushed change)) {
                return false;
            }
            boolean due = messages.find(change.messageId())
                    .map(message -> message.acknowledged()
                            || (message.nextAttemptAt() == null
                                    ? publication
                                            .getPublicationDate()
                                            .plus(Duration.ofSeconds(30).plus(properties.timeout()))
                                            .isBefore(now)
                                    : !message.nextAttemptAt().isAfter(now)))
                    .orElse(false);
            if (due) {
                // not again while this attempt may still be under way
                messages.claim(
                        change.messageId(), now.plus(properties.timeout()).plus(properties.retryInterval()));
            }
            return due;
        });
    }

    /** The receiver did not acknowledge. */
    static final class PushFailed extends RuntimeException {
        PushFailed(String message) {
            super(message);
        }
    }
}
