package org.sunlight.evidence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The evidence store contract against a real S3 API server, in parts of 5 MiB. */
class S3BlobStoreTest extends BlobStoreContract {

    private static S3BlobStore store;

    @BeforeAll
    static void connect() {
        store = new S3BlobStore(new EvidenceProperties.S3(
                S3Server.endpoint(), S3Server.BUCKET, "us-east-1", "test", "test", true, 5L * 1024 * 1024));
    }

    @AfterAll
    static void disconnect() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    BlobStore store() {
        return store;
    }
}
