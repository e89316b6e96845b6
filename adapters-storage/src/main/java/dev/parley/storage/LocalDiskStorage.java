package dev.parley.storage;

import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Storage adapter: file bytes in a local directory. Each object is written to a temporary file in the same
 * file system, flushed to disk, then moved into place atomically: readers see the whole object or none, and an
 * interrupted write leaves only a temporary file, removed at once (or at the next start). Keys fan out into
 * two directory levels ({@link StorageKey#path()}), and are made of ids only, so no path can leave the root.
 */
public final class LocalDiskStorage implements FileStorage {
    private static final int BUFFER = 64 * 1024;
    private static final String TEMPORARY = ".tmp";

    private final Path root;
    private final Path temporary;

    public LocalDiskStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temporary = this.root.resolve(TEMPORARY);
        try {
            Files.createDirectories(temporary);
            try (var leftovers = Files.list(temporary)) {
                for (Path leftover : leftovers.toList()) {
                    Files.deleteIfExists(leftover); // writes a crash interrupted
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot use " + this.root + " for files", failed);
        }
    }

    @Override
    public void write(StorageKey key, InputStream content) {
        Path target = resolve(key);
        Path part = null;
        try {
            part = Files.createTempFile(temporary, "write-", ".part");
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                }
                channel.force(false);
            }
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            part = null;
        } catch (IOException failed) {
            throw new UncheckedIOException("could not store " + key.path(), failed);
        } finally {
            if (part != null) {
                deleteQuietly(part);
            }
        }
    }

    @Override
    public Optional<InputStream> read(StorageKey key, long offset, long length) {
        Path path = resolve(key);
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            channel.position(offset);
            return Optional.of(new BoundedInput(Channels.newInputStream(channel), length));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read " + key.path(), failed);
        }
    }

    @Override
    public void delete(StorageKey key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException failed) {
            throw new UncheckedIOException("could not delete " + key.path(), failed);
        }
    }

    @Override
    public boolean exists(StorageKey key) {
        return Files.isRegularFile(resolve(key));
    }

    private Path resolve(StorageKey key) {
        Path path = root.resolve(key.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("a storage key left the root: " + key.path());
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // removed at the next start
        }
    }
}
