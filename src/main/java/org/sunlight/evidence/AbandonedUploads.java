package org.sunlight.evidence;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once an hour, gives up the uploads on this node that nobody added to for {@code sunlight.evidence.abandon-after}
 * (default 7 days), so that partial files of abandoned uploads do not fill the disk. Each node looks only at its own
 * upload directory, where its uploads in progress are.
 */
@Component
class AbandonedUploads {

    private final Evidence evidence;
    private final EvidenceProperties properties;

    AbandonedUploads(Evidence evidence, EvidenceProperties properties) {
        this.evidence = evidence;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${sunlight.evidence.abandoned-check:PT1H}")
    void giveUpStaleUploads() {
        evidence.abandonStale(properties.abandonAfter());
    }
}
