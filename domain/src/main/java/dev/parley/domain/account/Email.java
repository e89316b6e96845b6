package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that comparisons are case-insensitive. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("email", "is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        Text.check("email", value, Text.Lines.SINGLE);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw ParleyException.invalid("email", "is not a valid e-mail address");
        }
    }
}
