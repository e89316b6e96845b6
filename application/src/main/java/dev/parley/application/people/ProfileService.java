package dev.parley.application.people;

import dev.parley.application.file.AvatarService;
import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import java.util.List;
import java.util.Optional;

/** Profiles: viewing a user, editing your own profile and privacy, and searching users (three small use cases read better together). */
public final class ProfileService implements ProfileUseCase {
    public static final int MAX_BIO = 280;
    public static final int MAX_QUERY = 64;
    public static final int MAX_SEARCH_RESULTS = 20;

    private final UserRepository users;
    private final LiveUsers live;
    private final UserSearch search;
    private final Transactions transactions;
    private final AvatarService avatars;

    public ProfileService(UserRepository users, UserSearch search, Transactions transactions) {
        this(users, search, transactions, null);
    }

    /** With {@link AvatarService}, {@code avatar_file_id} sets the avatar (without, any id is refused). */
    public ProfileService(UserRepository users, UserSearch search, Transactions transactions, AvatarService avatars) {
        this.avatars = avatars;
        this.users = users;
        this.live = new LiveUsers(users);
        this.search = search;
        this.transactions = transactions;
    }

    @Override
    public User view(UserId target) {
        return live.byId(target);
    }

    @Override
    public User update(UserId caller, UpdateCommand command) {
        Validation validation = new Validation();
        DisplayName displayName = command.displayName() == null ? null
                : validation.attempt("display_name", () -> new DisplayName(command.displayName()));
        Username username = command.username() == null ? null
                : validation.attempt("username", () -> Username.chosen(command.username()));
        String bio = command.bio() == null ? null : command.bio().strip();
        validation.check(bio == null || bio.codePointCount(0, bio.length()) <= MAX_BIO, "bio",
                "must be at most " + MAX_BIO + " characters");
        validation.attempt("bio", () -> Text.check("bio", bio, Text.Lines.MULTI));
        String avatarId = command.avatarFileId();
        validation.check(avatarId == null || avatars != null, "avatar_file_id", "files are not enabled on this server");
        // An unknown id is reported with the other fields; a file that is not an image is a 415 of its own.
        StoredFile avatarFile = avatarId == null || avatars == null || avatarId.equals(CLEAR_AVATAR) ? null
                : validation.attempt("avatar_file_id", () -> avatars.owned(caller, avatarId));
        Reach message = reach(validation, "privacy.who_can_message", command.whoCanMessage());
        Reach call = reach(validation, "privacy.who_can_call", command.whoCanCall());
        Reach presence = reach(validation, "privacy.presence_visible_to", command.presenceVisibleTo());
        validation.throwIfInvalid();
        Optional<FileId> avatar = avatarFile == null ? Optional.empty() : Optional.of(avatars.requireImage(avatarFile));

        return transactions.inTransaction(() -> {
            User current = live.byId(caller);
            Privacy old = current.privacy();
            Privacy privacy = new Privacy(message != null ? message : old.whoCanMessage(),
                    call != null ? call : old.whoCanCall(), presence != null ? presence : old.presenceVisibleTo(),
                    command.shareReadReceipts() != null ? command.shareReadReceipts() : old.shareReadReceipts());
            User updated = current.withProfile(username != null ? username : current.username(),
                    displayName != null ? displayName.value() : current.displayName(),
                    avatarId == null ? current.avatarUrl() : avatars.apply(caller.value(), avatar),
                    bio == null ? current.bio() : bio.isEmpty() ? null : bio).withPrivacy(privacy);
            users.update(updated);
            return updated;
        });
    }

    @Override
    public List<User> search(UserId caller, String query, int limit) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_QUERY) {
            throw ParleyException.invalid("query", "must be 1-" + MAX_QUERY + " characters");
        }
        Text.check("query", trimmed, Text.Lines.SINGLE);
        String prefix = Username.normalise(trimmed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return search.search(caller, prefix, Math.clamp(limit, 1, MAX_SEARCH_RESULTS));
    }

    private static Reach reach(Validation validation, String field, String raw) {
        return raw == null ? null : validation.attempt(field, () -> Reach.parse(field, raw));
    }
}
