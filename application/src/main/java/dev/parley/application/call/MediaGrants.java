package dev.parley.application.call;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.call.out.MediaTokens;

/** Mints a party's LiveKit token for a call's room, named with the party's display name. */
public final class MediaGrants {
    private final MediaTokens tokens;
    private final UserRepository users;

    public MediaGrants(MediaTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    MediaGrant forParty(Call call, UserId party) {
        String name = users.findById(party).map(User::displayName).orElse(party.toString());
        return tokens.grant(call.room(), party, name);
    }
}
