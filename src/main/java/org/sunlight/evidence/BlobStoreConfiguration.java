package org.sunlight.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the store the settings name: the local directory unless {@code sunlight.evidence.store.type=s3}. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    BlobStore blobStore(EvidenceProperties properties) {
        var store = properties.store();
        return switch (store.type().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> new LocalBlobStore(store.localDirectory());
            case "s3" -> new S3BlobStore(store.s3());
            default -> throw new IllegalStateException(
                    "sunlight.evidence.store.type must be local or s3, not " + store.type());
        };
    }
}
