package dev.parley.domain.call;

/** The line a finished call leaves in the pair's direct conversation ("Missed video call", "Audio call · 3 min"). */
public final class CallSummary {
    private CallSummary() {
    }

    public static String of(Call call) {
        String media = call.media() == CallMedia.VIDEO ? "video call" : "audio call";
        return switch (call.state()) {
            case Missed missed -> "Missed " + media;
            case Declined declined -> "Declined " + media;
            case Cancelled cancelled -> "Cancelled " + media;
            case Ended ended -> capitalised(media) + " · " + duration(ended.durationSeconds());
            case CallState.Live live -> throw new IllegalArgumentException("call " + call.id() + " is not finished");
        };
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return (seconds / 60) + " min";
        }
        long minutes = seconds / 60;
        return (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
