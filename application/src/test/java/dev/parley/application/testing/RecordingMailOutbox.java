package dev.parley.application.testing;

import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.OutgoingMail;
import java.util.ArrayList;
import java.util.List;

/** A {@link MailOutbox} that keeps what was queued, so tests can read codes and tokens out of mails. */
public final class RecordingMailOutbox implements MailOutbox {
    private final List<OutgoingMail> mails = new ArrayList<>();

    @Override
    public synchronized void enqueue(OutgoingMail mail) {
        mails.add(mail);
    }

    public synchronized List<OutgoingMail> mails() {
        return List.copyOf(mails);
    }

    public synchronized OutgoingMail last() {
        return mails.get(mails.size() - 1);
    }
}
