package dev.parley.http.call;

/** {@code {call, livekit}}: the answer to an accept. */
public record AcceptedView(CallView call, LiveKitView livekit) {
}
