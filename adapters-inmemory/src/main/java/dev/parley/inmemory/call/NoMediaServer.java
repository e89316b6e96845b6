package dev.parley.inmemory.call;

/** The one text every "no media server" adapter uses, so an embedder sees the same reason everywhere. */
final class NoMediaServer {
    /** The URL a grant carries when there is no media server: empty, so no client tries to connect anywhere. */
    static final String URL = "";
    static final String REASON = "no media server is configured: calls and meetings signal, but carry no audio or video";

    private NoMediaServer() {
    }
}
