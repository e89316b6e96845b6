package dev.parley.http.call;

/** Request bodies of the call endpoints. */
final class CallRequests {
    private CallRequests() {
    }

    /** {@code POST /calls}. */
    record Place(String calleeId, String media) {
    }
}
