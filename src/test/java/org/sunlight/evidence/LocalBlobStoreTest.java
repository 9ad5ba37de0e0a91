package org.sunlight.evidence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The evidence store contract against a local directory. */
class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path directory;

    @Override
    BlobStore store() {
        return new LocalBlobStore(directory);
    }
}
