package dev.parley.application.realtime;

import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.ContactRequestAccepted;
import dev.parley.domain.people.ContactRequestDeclined;
import dev.parley.domain.people.ContactRequestReceived;
import dev.parley.domain.people.PeopleEvent;
import dev.parley.domain.people.UserBlocked;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/**
 * Contact requests go to the devices of both users. A removed contact is told to each side as that side
 * sees it (the frame names the contact it lost). Blocks are not announced: the blocked user is never told,
 * and the blocker's devices learn of it through the {@code contact.removed} that ends the contact.
 */
final class PeopleRecipients implements AudienceRule {
    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof PeopleEvent people)) {
            return List.of();
        }
        return switch (people) {
            case ContactRequestReceived received -> List.of(Addressed.to(new Audience.Users(received.audience()), received));
            case ContactRequestAccepted accepted -> List.of(Addressed.to(new Audience.Users(accepted.audience()), accepted));
            case ContactRequestDeclined declined -> List.of(Addressed.to(new Audience.Users(declined.audience()), declined));
            case ContactRemoved removed -> List.of(Addressed.to(Audience.Users.of(removed.by()), removed),
                    Addressed.to(Audience.Users.of(removed.other()), new ContactRemoved(removed.other(), removed.by())));
            case UserBlocked blocked -> List.of();
        };
    }
}
