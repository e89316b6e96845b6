package dev.parley.http.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Turns a create or patch body into meeting details and settings, on top of the defaults (create) or the
 * current values (patch). Absent fields keep what was; {@code description} and {@code scheduled_at} sent as
 * null clear it. The first invalid field is named in the 400.
 */
final class MeetingForms {
    private MeetingForms() {
    }

    static EditMeetingUseCase.Edited create(MeetingRequests.Create body) {
        if (body.title() == null) {
            throw ParleyException.invalid("title", "is required");
        }
        MeetingDetails details = new MeetingDetails(body.title(), body.description(), instant(body.scheduledAt()),
                body.durationMinutes() == null ? MeetingDetails.DEFAULT_DURATION_MINUTES : body.durationMinutes());
        return new EditMeetingUseCase.Edited(details, settings(MeetingSettings.DEFAULTS, body.settings()));
    }

    /** The patch as a change of the current details and settings; {@code present} is the raw body, to tell null from absent. */
    static EditMeetingUseCase.Changes patch(MeetingRequests.Create body, JsonNode present) {
        return (current, settings) -> {
            String title = body.title() != null ? body.title() : current.title();
            if (present.has("title") && body.title() == null) {
                throw ParleyException.invalid("title", "must not be null");
            }
            String description = present.has("description") ? body.description() : current.description();
            Instant scheduledAt = present.has("scheduled_at") ? instant(body.scheduledAt()) : current.scheduledAt();
            int duration = body.durationMinutes() != null ? body.durationMinutes() : current.durationMinutes();
            return new EditMeetingUseCase.Edited(new MeetingDetails(title, description, scheduledAt, duration),
                    settings(settings, body.settings()));
        };
    }

    private static MeetingSettings settings(MeetingSettings base, MeetingRequests.Settings sent) {
        if (sent == null) {
            return base;
        }
        return new MeetingSettings(
                sent.maxParticipants() != null ? sent.maxParticipants() : base.maxParticipants(),
                sent.waitingRoom() != null ? sent.waitingRoom() : base.waitingRoom(),
                sent.muteOnJoin() != null ? sent.muteOnJoin() : base.muteOnJoin(),
                sent.allowChat() != null ? sent.allowChat() : base.allowChat());
    }

    private static Instant instant(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException malformed) {
            throw ParleyException.invalid("scheduled_at", "must be an ISO-8601 timestamp like 2026-11-21T10:00:00.000Z");
        }
    }
}
