package org.sunlight.evidence;

import java.util.Optional;

/** One byte range of a file, from an HTTP {@code Range} header ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}). */
record ByteRange(long start, long end) {

    long length() {
        return end - start + 1;
    }

    /** Thrown when the header names no byte of the file: the answer is 416. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    /**
     * The range the header asks for within a file of the size; empty when there is no header or it is not one this
     * server understands (several ranges, another unit), in which case the whole file is sent, as HTTP allows.
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        var spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            var first = spec.substring(0, dash).strip();
            var last = spec.substring(dash + 1).strip();
            if (first.isEmpty()) {
                if (last.isEmpty()) {
                    return Optional.empty();
                }
                long suffix = Long.parseLong(last);
                if (suffix <= 0 || size == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            if (start < 0 || start >= size || end < start) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
