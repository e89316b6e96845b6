package dev.parley.domain.shared;

/**
 * The one rule for user-supplied text: no control characters (NUL, escape, DEL, C1...) except tab, and
 * line breaks only where the field is multi-line; no unpaired surrogate halves. PostgreSQL cannot store
 * NUL at all, and the other controls are invisible tricks on readers, so they are refused as invalid input.
 */
public final class Text {
    /** Whether a field may hold line breaks ({@code \n}, {@code \r}). */
    public enum Lines {
        SINGLE, MULTI
    }

    private Text() {
    }

    /** Returns {@code value} (null stays null) or throws {@code validation_failed} naming {@code field}. */
    public static String check(String field, String value, Lines lines) {
        String problem = problem(value, lines);
        if (problem != null) {
            throw ParleyException.invalid(field, problem);
        }
        return value;
    }

    /** What is wrong with {@code value}, or null when it is acceptable text. */
    public static String problem(String value, Lines lines) {
        if (value == null) {
            return null;
        }
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                boolean allowed = c == '\t' || (lines == Lines.MULTI && (c == '\n' || c == '\r'));
                if (!allowed) {
                    return lines == Lines.SINGLE && (c == '\n' || c == '\r')
                            ? "must be a single line" : "must not contain control characters";
                }
            } else if (Character.isHighSurrogate(c)) {
                if (index + 1 == value.length() || !Character.isLowSurrogate(value.charAt(index + 1))) {
                    return "must be valid Unicode text";
                }
                index++;
            } else if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text";
            }
        }
        return null;
    }
}
