package dev.parley.domain.meeting;

import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What the host describes: title, description, when it is planned and how long it lasts (1–1440 minutes). */
public record MeetingDetails(String title, String description, Instant scheduledAt, int durationMinutes) {
    public static final int DEFAULT_DURATION_MINUTES = 60;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 5000;

    public MeetingDetails {
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.codePointCount(0, title.length()) > MAX_TITLE_LENGTH) {
            throw ParleyException.invalid("title", "must be 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            throw ParleyException.invalid("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw ParleyException.invalid("title", "must not contain control characters");
        }
        if (description != null && description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw ParleyException.invalid("description", "must not contain control characters");
        }
        if (durationMinutes < 1 || durationMinutes > 1440) {
            throw ParleyException.invalid("duration_minutes", "must be from 1 to 1440");
        }
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
