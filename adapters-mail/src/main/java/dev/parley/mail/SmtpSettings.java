package dev.parley.mail;

import java.util.Optional;

/** SMTP transport settings; an absent host means mails are written to the log (development). */
public record SmtpSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                           String from, boolean startTls) {
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host.orElse("(log only)") + ", port=" + port + ", username="
                + username.orElse("") + ", password=" + (password.isPresent() ? "****" : "") + ", from=" + from
                + ", startTls=" + startTls + "]";
    }
}
