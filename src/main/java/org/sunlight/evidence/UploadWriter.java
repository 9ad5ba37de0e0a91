package org.sunlight.evidence;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends the body of a request to the partial file of an upload while its SHA-256 goes on: the request thread only
 * reads the socket; each full buffer is written by one thread and hashed by another while the next one fills.
 *
 * <p>Where the file system allows it, the buffers are written with {@code O_DIRECT}, from block-aligned direct buffers
 * to block-aligned positions: the bytes go to the disk without being copied into the page cache first (on some
 * machines, virtual ones above all, that copy costs more than everything else an upload does, and a file of gigabytes
 * only evicts what the cache held). The last, partial block of a chunk is written through the page cache; the next
 * chunk reads it back and writes it again with its first block. The file only ever grows by bytes that arrived, in
 * order, so that its size stays the offset to resume from, after a cut connection or a restart. Where {@code O_DIRECT}
 * is refused (tmpfs, some network file systems), the same buffers are written through the page cache.
 */
final class UploadWriter {

    private static final Logger log = LoggerFactory.getLogger(UploadWriter.class);

    /** The size of each of the two buffers of an upload being written. */
    static final int BUFFER = 1 << 20;
    /** How the buffers are aligned in memory: block sizes up to this one can be written directly. */
    private static final int MEMORY_ALIGNMENT = 4096;
    /** What the request thread reads from the socket at once (the socket hands over a few KB per read anyway). */
    private static final int READ = 64 * 1024;

    private final int maxBuffers;
    private final ConcurrentLinkedQueue<ByteBuffer> pool = new ConcurrentLinkedQueue<>();
    private final ExecutorService hashers;
    private final ExecutorService writers;
    private volatile Alignment alignment;
    /** Cleared when a direct write fails: from then on everything goes through the page cache. */
    private volatile boolean directAllowed = true;

    /**
     * @param maxWriting how many uploads are written at once (each holds two buffers: this bounds the direct memory)
     */
    UploadWriter(int maxWriting) {
        this.maxBuffers = 2 * maxWriting;
        this.hashers = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemon("evidence-hash"));
        this.writers = Executors.newCachedThreadPool(daemon("evidence-write"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Reads {@code body} until it ends or {@code want} bytes arrived, appends them to {@code file} (which holds {@code
     * held} bytes) and adds them to {@code digest} (which covers those). A body that breaks off ends the chunk: what
     * arrived is kept.
     *
     * @return how many bytes were appended (and hashed)
     * @throws IOException when the file could not be written; then it may hold part of what was read
     */
    long append(UUID uploadId, Path file, long held, long want, InputStream body, MessageDigest digest)
            throws IOException {
        try (var plain = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                var direct = openDirect(file)) {
            int alignment = direct == null ? 1 : alignmentOf(file.getParent());
            var target = direct == null ? plain : direct;
            var buffers = new ByteBuffer[] {take(), take()};
            var writes = new Future<?>[2];
            var hashes = new Future<?>[2];
            try {
                var bytes = new byte[READ];
                // the position in the file of the first byte of the current buffer; block-aligned
                long base = held - held % alignment;
                int carried = (int) (held - base);
                long appended = 0;
                int current = 0;
                boolean ended = false;
                while (!ended && appended < want) {
                    var buffer = buffers[current];
                    buffer.clear();
                    if (carried > 0) {
                        // the partial block the previous chunk ended with is written again with this one's first block
                        buffer.limit(carried);
                        while (buffer.hasRemaining()) {
                            if (plain.read(buffer, base + buffer.position()) < 0) {
                                throw new IOException("partial file shorter than " + held + " bytes: " + file);
                            }
                        }
                        buffer.limit(buffer.capacity());
                    }
                    int start = buffer.position();
                    while (buffer.hasRemaining() && appended + (buffer.position() - start) < want) {
                        int room = (int) Math.min(
                                Math.min(bytes.length, buffer.remaining()),
                                want - appended - (buffer.position() - start));
                        int read;
                        try {
                            read = body.read(bytes, 0, room);
                        } catch (IOException cutOff) {
                            // the client went away mid-chunk: what arrived is kept, the offset says how much
                            log.info(
                                    "Upload {} cut off after {} bytes: {}",
                                    uploadId,
                                    held + appended + buffer.position() - start,
                                    cutOff.toString());
                            read = -1;
                        }
                        if (read < 0) {
                            ended = true;
                            break;
                        }
                        buffer.put(bytes, 0, read);
                    }
                    int end = buffer.position();
                    if (end == start) {
                        break;
                    }
                    // the previous buffer is written and hashed before this one: the file grows and the digest
                    // advances in order
                    await(writes[1 - current]);
                    await(hashes[1 - current]);
                    var toWrite = buffer.duplicate().position(0).limit(end);
                    var toHash = buffer.asReadOnlyBuffer().position(start).limit(end);
                    long position = base;
                    int blocks = end - end % alignment;
                    writes[current] = writers.submit(() -> {
                        write(target, plain, toWrite, position, blocks);
                        return null;
                    });
                    hashes[current] = hashers.submit(() -> digest.update(toHash));
                    appended += end - start;
                    base += end;
                    carried = 0;
                    current = 1 - current;
                }
                // the buffers wait for their writes whatever happens: they go back to the pool
                await(writes[1 - current]);
                await(writes[current]);
                await(hashes[1 - current]);
                await(hashes[current]);
                return appended;
            } finally {
                quietly(writes);
                quietly(hashes);
                give(buffers[0]);
                give(buffers[1]);
            }
        }
    }

    /** Writes the whole blocks through {@code target} and the rest (a partial block, at the end) through the cache. */
    private void write(FileChannel target, FileChannel plain, ByteBuffer buffer, long position, int blocks)
            throws IOException {
        int end = buffer.limit();
        if (blocks > 0) {
            var aligned = buffer.duplicate().limit(blocks);
            try {
                writeFully(target, aligned, position);
            } catch (IOException e) {
                if (target == plain) {
                    throw e;
                }
                // whatever made the file system refuse the direct write, the page cache takes it
                log.warn(
                        "Direct write to the upload directory failed, writing through the page cache: {}",
                        e.toString());
                directAllowed = false;
                writeFully(plain, aligned, position + aligned.position());
            }
        }
        if (end > blocks) {
            writeFully(plain, buffer.duplicate().position(blocks).limit(end), position + blocks);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }

    /** A channel that writes past the page cache, or null where the file system or the JDK does not offer one. */
    private FileChannel openDirect(Path file) {
        if (!directAllowed) {
            return null;
        }
        try {
            int alignment = alignmentOf(file.getParent());
            if (alignment <= 0 || alignment > MEMORY_ALIGNMENT || MEMORY_ALIGNMENT % alignment != 0) {
                return null;
            }
            return FileChannel.open(file, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT);
        } catch (IOException | UnsupportedOperationException e) {
            log.info("The upload directory takes no direct writes, writing through the page cache: {}", e.toString());
            directAllowed = false;
            return null;
        }
    }

    /**
     * The block size of the file system of the directory, which direct writes are aligned to (the JDK checks them
     * against the same value); looked up once per directory.
     */
    private int alignmentOf(Path directory) throws IOException {
        var known = alignment;
        if (known != null && known.directory().equals(directory)) {
            return known.blockSize();
        }
        int blockSize = (int) Files.getFileStore(directory).getBlockSize();
        alignment = new Alignment(directory, blockSize);
        return blockSize;
    }

    private record Alignment(Path directory, int blockSize) {}

    private ByteBuffer take() {
        var buffer = pool.poll();
        return buffer != null
                ? buffer
                : ByteBuffer.allocateDirect(BUFFER + MEMORY_ALIGNMENT).alignedSlice(MEMORY_ALIGNMENT);
    }

    private void give(ByteBuffer buffer) {
        // the semaphore of the caller bounds the buffers in use; the pool keeps no more than those
        if (pool.size() < maxBuffers) {
            pool.offer(buffer);
        }
    }

    private static void await(Future<?> task) throws IOException {
        if (task == null) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the tasks that still use the buffers, whatever they ended with. */
    private static void quietly(Future<?>[] tasks) {
        for (var task : tasks) {
            if (task == null) {
                continue;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
