package dev.parley.domain.meeting;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The human code of a meeting, {@code abc-defg-hij}: ten random lower-case letters from an alphabet without the
 * look-alikes i, l and o (23 letters, about 4·10^13 codes), so a code is unguessable and never sequential.
 * Knowing the code is the invitation.
 */
public record MeetingCode(String value) {
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz";
    /** Codes are drawn from {@link #ALPHABET}; any lower-case letters in this shape are looked up (and simply not found). */
    private static final Pattern SHAPE = Pattern.compile("[a-z]{3}-[a-z]{4}-[a-z]{3}");

    public MeetingCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw ParleyException.invalid("code", "must look like abc-defg-hij");
        }
    }

    /** A fresh code from a cryptographically strong generator. */
    public static MeetingCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 10; i++) {
            if (i == 3 || i == 7) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new MeetingCode(code.toString());
    }

    /**
     * Reads a code as people type it: case and surrounding spaces do not matter, the dashes may be left out.
     * A missing code is invalid; text that cannot be a code is empty (no meeting has it).
     */
    public static java.util.Optional<MeetingCode> read(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ParleyException.invalid(field, "is required");
        }
        String compact = raw.strip().toLowerCase(Locale.ROOT).replace("-", "");
        if (compact.length() != 10) {
            return java.util.Optional.empty();
        }
        String dashed = compact.substring(0, 3) + "-" + compact.substring(3, 7) + "-" + compact.substring(7);
        return SHAPE.matcher(dashed).matches() ? java.util.Optional.of(new MeetingCode(dashed)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
