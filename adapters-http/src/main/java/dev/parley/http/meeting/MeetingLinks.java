package dev.parley.http.meeting;

import dev.parley.domain.meeting.MeetingCode;
import java.util.Objects;

/** Where people open a meeting: {@code PARLEY_PUBLIC_URL/m/<code>}. */
public record MeetingLinks(String publicUrl) {
    public MeetingLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String joinUrl(MeetingCode code) {
        return publicUrl + "/m/" + code.value();
    }
}
