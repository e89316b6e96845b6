package dev.parley.domain.account.in;

import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SignedIn;

/** Use case: sign in by e-mail or username and password. */
public interface LoginUseCase {
    SignedIn login(Command command);

    /**
     * Exactly one of {@code email} and {@code username} is given; {@code deviceProof} (may be null) is what an
     * earlier sign-in from this client returned as {@link SignedIn#deviceProof()}.
     */
    record Command(String email, String username, String password, DeviceInfo device, String deviceProof) {
        public Command(String email, String username, String password, DeviceInfo device) {
            this(email, username, password, device, null);
        }

        @Override
        public String toString() {
            return "LoginUseCase.Command[email=" + email + ", username=" + username + "]";
        }
    }
}
