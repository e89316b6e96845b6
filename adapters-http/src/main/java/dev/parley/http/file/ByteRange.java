package dev.parley.http.file;

import java.util.Optional;

/**
 * One byte range of a {@code Range: bytes=…} request against a file of {@code size} bytes (RFC 9110). A
 * request for several ranges, or one that is not {@code bytes}, or malformed, is answered with the whole file
 * (empty); a single range that starts past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last) {
    long length() {
        return last - first + 1;
    }

    /** What a {@code Range} header asks of a file of {@code size} bytes. */
    sealed interface Request permits Whole, Partial, Unsatisfiable {
    }

    record Whole() implements Request {
    }

    record Partial(ByteRange range) implements Request {
    }

    record Unsatisfiable() implements Request {
    }

    static Request parse(String header, long size) {
        if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = header.substring(6).strip();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (!wellFormed(from) || !wellFormed(to)) {
            return new Whole();
        }
        Optional<Long> start = number(from);
        Optional<Long> end = number(to);
        if (start.isEmpty() && end.isEmpty()) {
            return new Whole();
        }
        if (start.isEmpty()) { // suffix: the last N bytes
            long suffix = end.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (end.isPresent() && end.get() < start.get()) {
            return new Whole(); // invalid: ignored as RFC 9110 allows
        }
        if (start.get() >= size) {
            return new Unsatisfiable();
        }
        long last = end.map(value -> Math.min(value, size - 1)).orElse(size - 1);
        return new Partial(new ByteRange(start.get(), last));
    }

    private static boolean wellFormed(String text) {
        return text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Optional<Long> number(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    }
}
