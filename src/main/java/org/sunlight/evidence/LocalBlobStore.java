package org.sunlight.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/** Files in a directory, as {@code ab/cd/abcd…} by their hash. */
final class LocalBlobStore implements BlobStore {

    private final Path root;

    LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    @Override
    public OptionalLong size(String sha256) throws IOException {
        var path = pathOf(sha256);
        return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    }

    @Override
    public void put(String sha256, Path file, long size) throws IOException {
        var target = pathOf(sha256);
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return;
        }
        Files.createDirectories(target.getParent());
        var staged = target.resolveSibling(sha256 + ".part-" + java.util.UUID.randomUUID());
        try {
            Files.move(file, staged, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(file, staged, StandardCopyOption.REPLACE_EXISTING);
        }
        try (var channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        var channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
        channel.position(offset);
        var in = Channels.newInputStream(channel);
        return new BoundedInputStream(in, length);
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            Files.delete(pathOf(sha256));
        } catch (NoSuchFileException e) {
            // nothing stored
        }
    }
}
