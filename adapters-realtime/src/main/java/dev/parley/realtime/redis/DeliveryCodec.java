package dev.parley.realtime.redis;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Encodes a delivery as one message: an ASCII header line {@code 1 <effect> <kind> <ids>} followed by the
 * event frame's UTF-8 bytes untouched, so no node parses, re-serialises or transcodes event bodies (each
 * receiving node shares the bytes among all its sockets). Kinds: {@code U} users (comma-separated ids, then
 * optionally {@code " !<session>"} for a session left out), {@code C} a conversation, {@code S} a session;
 * effects: {@code N} none, {@code E} end the session, {@code R} refresh the conversation's membership index.
 */
public final class DeliveryCodec {
    private static final String VERSION = "1";

    private DeliveryCodec() {
    }

    public static byte[] encode(Delivery delivery) {
        String target = switch (delivery.audience()) {
            case Audience.Users users -> "U " + users.userIds().stream().map(UserId::toString).collect(Collectors.joining(","))
                    + users.exceptSession().map(session -> " !" + session).orElse("");
            case Audience.Conversation conversation -> "C " + conversation.conversationId();
            case Audience.Session session -> "S " + session.sessionId();
        };
        char effect = switch (delivery.effect()) {
            case NONE -> 'N';
            case END_SESSION -> 'E';
            case REFRESH_MEMBERS -> 'R';
        };
        byte[] header = (VERSION + " " + effect + " " + target + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer frame = delivery.frame().bytes();
        byte[] message = new byte[header.length + frame.remaining()];
        System.arraycopy(header, 0, message, 0, header.length);
        frame.get(message, header.length, frame.remaining());
        return message;
    }

    /** Decodes a message written by {@link #encode}; throws {@link IllegalArgumentException} on anything else. */
    public static Delivery decode(byte[] message) {
        int newline = indexOfNewline(message);
        if (newline < 0) {
            throw new IllegalArgumentException("no header line");
        }
        String[] header = new String(message, 0, newline, StandardCharsets.US_ASCII).split(" ", 4);
        if (header.length < 3 || !header[0].equals(VERSION)) {
            throw new IllegalArgumentException("unknown frame header");
        }
        String ids = header.length == 4 ? header[3] : "";
        Audience audience = switch (header[2]) {
            case "U" -> users(ids);
            case "C" -> new Audience.Conversation(UUID.fromString(ids));
            case "S" -> new Audience.Session(new SessionId(UUID.fromString(ids)));
            default -> throw new IllegalArgumentException("unknown audience kind");
        };
        Delivery.Effect effect = switch (header[1]) {
            case "N" -> Delivery.Effect.NONE;
            case "E" -> Delivery.Effect.END_SESSION;
            case "R" -> Delivery.Effect.REFRESH_MEMBERS;
            default -> throw new IllegalArgumentException("unknown effect");
        };
        return new Delivery(audience, WireFrame.ofUtf8(Arrays.copyOfRange(message, newline + 1, message.length)), effect);
    }

    private static int indexOfNewline(byte[] message) {
        for (int index = 0; index < message.length; index++) {
            if (message[index] == '\n') {
                return index;
            }
        }
        return -1;
    }

    private static Audience.Users users(String target) {
        int except = target.indexOf(" !");
        String ids = except < 0 ? target : target.substring(0, except);
        Set<UserId> userIds = ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(",")).map(id -> new UserId(UUID.fromString(id))).collect(Collectors.toSet());
        Optional<SessionId> excluded = except < 0 ? Optional.empty()
                : Optional.of(new SessionId(UUID.fromString(target.substring(except + 2))));
        return new Audience.Users(userIds, excluded);
    }
}
