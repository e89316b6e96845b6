package dev.parley.http.people;

/** Request bodies of the people endpoints, as clients send them. */
final class PeopleRequests {
    private PeopleRequests() {
    }

    /** {@code PATCH /users/me}: every field optional. */
    record ProfilePatch(String displayName, String username, String avatarFileId, String bio, PrivacyPatch privacy) {
    }

    /** The privacy part of a profile patch. */
    record PrivacyPatch(String whoCanMessage, String whoCanCall, String presenceVisibleTo, Boolean shareReadReceipts) {
    }

    /** {@code POST /contact-requests}. */
    record SendRequest(String userId, String username, String message) {
    }

    /** {@code POST /blocks}. */
    record BlockRequest(String userId) {
    }
}
