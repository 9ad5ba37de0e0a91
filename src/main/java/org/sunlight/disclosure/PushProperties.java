package org.sunlight.disclosure;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how results are pushed to the government's disclosure platform (D12).
 *
 * @param url the receiver's endpoint; no pushing when unset
 * @param backoff the wait after the first failed attempt, doubled after each further failure
 * @param maxBackoff the longest wait between attempts
 * @param retryInterval how often failed pushes are looked at for their next attempt
 * @param timeout how long one attempt may take
 */
@ConfigurationProperties("sunlight.disclosure.push")
record PushProperties(
        URI url,
        @DefaultValue("2s") Duration backoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("5s") Duration retryInterval,
        @DefaultValue("10s") Duration timeout) {

    Duration backoffAfter(int attempts) {
        var wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
