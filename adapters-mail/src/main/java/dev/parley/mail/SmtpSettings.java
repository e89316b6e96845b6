package dev.parley.mail;

import java.util.Optional;

/**
 * SMTP transport settings. An absent host means mails are written to the log; {@code logContents} says
 * whether the log may show them (development: yes, so a newcomer can read the code; production: never).
 */
public record SmtpSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                           String from, boolean startTls, boolean logContents) {
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host.orElse("(log only)") + ", port=" + port + ", username="
                + username.orElse("") + ", password=" + (password.isPresent() ? "****" : "") + ", from=" + from
                + ", startTls=" + startTls + "]";
    }
}
