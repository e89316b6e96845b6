package dev.parley.inmemory.file;

import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter: file bytes in a concurrent map; a write keeps all of its content or, when reading it fails, nothing. */
public final class InMemoryFileStorage implements FileStorage {
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    @Override
    public void write(StorageKey key, InputStream content) {
        try {
            objects.put(key.path(), content.readAllBytes());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public Optional<InputStream> read(StorageKey key, long offset, long length) {
        byte[] bytes = objects.get(key.path());
        if (bytes == null) {
            return Optional.empty();
        }
        int from = (int) Math.min(offset, bytes.length);
        int to = (int) Math.min(bytes.length, from + Math.min(length, Integer.MAX_VALUE));
        return Optional.of(new ByteArrayInputStream(Arrays.copyOfRange(bytes, from, to)));
    }

    @Override
    public void delete(StorageKey key) {
        objects.remove(key.path());
    }

    @Override
    public boolean exists(StorageKey key) {
        return objects.containsKey(key.path());
    }

    public int objectCount() {
        return objects.size();
    }
}
