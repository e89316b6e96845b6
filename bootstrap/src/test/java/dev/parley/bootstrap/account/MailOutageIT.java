package dev.parley.bootstrap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.TestNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An SMTP outage neither fails registration nor loses the mail: it arrives once SMTP is back. */
class MailOutageIT {
    @Test
    void delivers_the_verification_mail_after_smtp_comes_back() throws Exception {
        int port = freePort();
        try (TestNode node = TestNode.start(Map.of("PARLEY_SMTP_HOST", "127.0.0.1",
                "PARLEY_SMTP_PORT", String.valueOf(port), "PARLEY_MAIL_FIRST_RETRY_MILLIS", "100"))) {
            var user = Accounts.register(node.client());
            String database = node.environment().get("PARLEY_DATABASE_URL");
            Await.until(() -> deliveryFailed(database, user.email()), "the first delivery attempt failed");

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
                assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(user.email());
            } finally {
                smtp.stop();
            }
        }
    }

    /** Whether the outbox recorded a failed attempt to deliver mail to {@code recipient}. */
    private static boolean deliveryFailed(String databaseUrl, String recipient) {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE recipient = ? AND last_error IS NOT NULL)")) {
            query.setString(1, recipient);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
