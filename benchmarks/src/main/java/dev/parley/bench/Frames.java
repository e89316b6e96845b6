package dev.parley.bench;

/**
 * Cheap reading of the few frame fields the benchmarks need, without a JSON parse per delivery (at tens
 * of thousands of frames a second a full parse would make the load generator the bottleneck). Bench
 * messages carry a marker in their content: {@code bench|<step>|<scheduled nanos>|<sender index>|}.
 */
public final class Frames {
    public static final String MARKER = "bench|";

    /** A bench message found in a {@code message.created} event. */
    public record BenchMessage(int step, long scheduledNanos, int sender) {
    }

    private Frames() {
    }

    public static String content(int step, long scheduledNanos, int sender) {
        return MARKER + step + "|" + scheduledNanos + "|" + sender + "|";
    }

    public static boolean isType(String frame, String type) {
        return frame.contains("\"type\":\"" + type + "\"");
    }

    /** The bench marker of a {@code message.created} frame, or null for anything else. */
    public static BenchMessage benchMessage(String frame) {
        if (!isType(frame, "message.created")) {
            return null;
        }
        int at = frame.indexOf(MARKER);
        if (at < 0) {
            return null;
        }
        String[] parts = frame.substring(at + MARKER.length()).split("\\|", 4);
        return new BenchMessage(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The {@code ref} of an ack or error frame, or null. */
    public static String ref(String frame) {
        int at = frame.indexOf("\"ref\":\"");
        if (at < 0) {
            return null;
        }
        int start = at + 7;
        return frame.substring(start, frame.indexOf('"', start));
    }

    public static String send(String ref, String conversationId, String content) {
        return "{\"type\":\"message.send\",\"ref\":\"" + ref + "\",\"conversation_id\":\"" + conversationId
                + "\",\"content\":\"" + content + "\",\"client_msg_id\":\"" + ref + "\"}";
    }
}
