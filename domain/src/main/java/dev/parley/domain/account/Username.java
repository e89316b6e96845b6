package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A handle, normalised so that look-alikes collide: accents folded to ASCII ({@code Zoë → zoe}),
 * lower case, 3–32 of {@code [a-z0-9_.]}. Two users can never hold names that normalise alike.
 */
public record Username(String value) {
    private static final Pattern ALLOWED = Pattern.compile("^[a-z0-9_.]{3,32}$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Names given to deleted accounts; the hyphen keeps them out of reach of anyone choosing a name. */
    private static final Pattern ANONYMISED = Pattern.compile("^deleted-[0-9a-f]{12}$");

    public Username {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("username", "is required");
        }
        value = normalise(value);
        if (!ALLOWED.matcher(value).matches() && !ANONYMISED.matcher(value).matches()) {
            throw ParleyException.invalid("username", "must be 3-32 characters of a-z, 0-9, '_' or '.'");
        }
    }

    /** A name a user picks (registration, rename): the names reserved for deleted accounts are refused. */
    public static Username chosen(String raw) {
        Username username = new Username(raw);
        if (username.isAnonymised()) {
            throw ParleyException.invalid("username", "must be 3-32 characters of a-z, 0-9, '_' or '.'");
        }
        return username;
    }

    /** The name of a deleted account: {@code deleted-} and the last 12 hex digits of its id. */
    public static Username anonymised(UserId id) {
        String hex = id.value().toString().replace("-", "");
        return new Username("deleted-" + hex.substring(hex.length() - 12));
    }

    public boolean isAnonymised() {
        return ANONYMISED.matcher(value).matches();
    }

    /** Folds accents and case; also used to normalise search queries the same way. */
    public static String normalise(String raw) {
        String decomposed = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d")
                .toLowerCase(Locale.ROOT);
    }
}
