package dev.parley.http.account;

/** Request bodies of the account endpoints (snake_case on the wire). */
final class AccountRequests {
    private AccountRequests() {
    }

    record Register(String email, String username, String password, String displayName, Boolean refreshCookie) {
    }

    record Login(String email, String username, String password, Boolean refreshCookie) {
    }

    record Refresh(String refreshToken, Boolean refreshCookie) {
    }

    record Logout(Boolean all) {
    }

    record VerifyEmail(String code, String token) {
    }

    record Forgot(String email) {
    }

    record Reset(String token, String newPassword) {
    }

    record ChangePassword(String currentPassword, String newPassword) {
    }
}
