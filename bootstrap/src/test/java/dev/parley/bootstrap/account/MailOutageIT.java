package dev.parley.bootstrap.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.TestNode;
import java.io.IOException;
import java.net.ServerSocket;
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
            Thread.sleep(500);

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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
