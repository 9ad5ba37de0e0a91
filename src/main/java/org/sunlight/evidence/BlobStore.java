package org.sunlight.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Where the bytes of evidence files are kept, each under its SHA-256 (lower-case hex). */
interface BlobStore {

    /** The stored size, or empty when nothing is stored under the hash. */
    OptionalLong size(String sha256) throws IOException;

    /**
     * Stores the file under its hash unless something already is; the file may be moved away (the caller no longer
     * needs it).
     */
    void put(String sha256, Path file, long size) throws IOException;

    /** Reads {@code length} bytes from {@code offset}; the stream must be closed. */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /** Removes what is stored under the hash (tests, and files never committed). */
    void delete(String sha256) throws IOException;
}
