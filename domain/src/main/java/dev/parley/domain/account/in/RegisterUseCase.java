package dev.parley.domain.account.in;

import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SignedIn;

/** Use case: create an account, sign it in and mail a verification code. */
public interface RegisterUseCase {
    SignedIn register(Command command);

    /** Raw input; the use case validates every field and reports all problems at once. */
    record Command(String email, String username, String password, String displayName, DeviceInfo device) {
        @Override
        public String toString() {
            return "RegisterUseCase.Command[email=" + email + ", username=" + username + "]";
        }
    }
}
