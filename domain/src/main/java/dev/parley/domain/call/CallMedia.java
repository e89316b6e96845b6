package dev.parley.domain.call;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;

/** What a call carries: voice only, or voice and video. */
public enum CallMedia {
    AUDIO, VIDEO;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; anything else is a validation error on {@code field}. */
    public static CallMedia parse(String field, String raw) {
        if (raw != null) {
            for (CallMedia media : values()) {
                if (media.wire().equals(raw)) {
                    return media;
                }
            }
        }
        throw ParleyException.invalid(field, "must be audio or video");
    }
}
