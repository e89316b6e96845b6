package dev.parley.bench;

import java.net.ProtocolException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** The opening handshake of the lean client (RFC 6455 §4): the upgrade request and the check of its answer. */
final class WsHandshake {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_HEAD = 8192;

    private WsHandshake() {
    }

    /** A fresh {@code Sec-WebSocket-Key}: 16 random bytes, base64. */
    static String newKey() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** The upgrade request for {@code target} (path and query, e.g. {@code /api/v1/ws?token=…}) below the server's base path. */
    static ByteBuffer request(URI server, String target, String key) {
        String path = (server.getRawPath() == null ? "" : server.getRawPath().replaceFirst("/$", "")) + target;
        return ByteBuffer.wrap(("GET " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code Sec-WebSocket-Accept} a server must answer to {@code key}. */
    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Consumes the response head from a heap buffer in read mode once it is complete and returns true (the
     * frames that may follow it stay in the buffer); false while it is incomplete. Throws unless the server
     * switched protocols with the right accept value and no extension (none was offered).
     */
    static boolean consumeResponse(ByteBuffer input, String key) throws ProtocolException {
        int end = indexOfEndOfHead(input);
        if (end < 0) {
            if (input.remaining() > MAX_HEAD) {
                throw new ProtocolException("no end of the upgrade response in " + MAX_HEAD + " bytes");
            }
            return false;
        }
        String head = new String(input.array(), input.arrayOffset() + input.position(), end - input.position(), StandardCharsets.ISO_8859_1);
        input.position(end + 4);
        String[] lines = head.split("\r\n");
        if (!lines[0].startsWith("HTTP/1.1 101")) {
            throw new ProtocolException("upgrade refused: " + lines[0]);
        }
        String accept = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = colon < 0 ? lines[i] : lines[i].substring(0, colon);
            if (name.equalsIgnoreCase("Sec-WebSocket-Accept")) {
                accept = lines[i].substring(colon + 1).strip();
            } else if (name.equalsIgnoreCase("Sec-WebSocket-Extensions")) {
                throw new ProtocolException("an extension nobody asked for: " + lines[i]);
            }
        }
        if (!accept(key).equals(accept)) {
            throw new ProtocolException("wrong Sec-WebSocket-Accept: " + accept);
        }
        return true;
    }

    /** The buffer index where CRLF CRLF starts, or -1. */
    private static int indexOfEndOfHead(ByteBuffer input) {
        for (int i = input.position(); i + 4 <= input.limit(); i++) {
            if (input.get(i) == '\r' && input.get(i + 1) == '\n' && input.get(i + 2) == '\r' && input.get(i + 3) == '\n') {
                return i;
            }
        }
        return -1;
    }
}
