package dev.parley.http.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.domain.shared.Page;
import dev.parley.http.account.PrivateUserView;
import dev.parley.http.account.UserView;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;

/** The {@code /users} endpoints: public profiles, search, editing and deleting your own account. */
public final class UserRoutes implements RouteGroup {
    private static final int SEARCH_LIMIT = 20;

    private final ProfileUseCase profiles;
    private final DeleteAccountUseCase deleteAccount;

    public UserRoutes(ProfileUseCase profiles, DeleteAccountUseCase deleteAccount) {
        this.profiles = profiles;
        this.deleteAccount = deleteAccount;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/users", this::search);
        routes.get("/users/{id}", this::view);
        routes.patch("/users/me", this::update);
        routes.delete("/users/me", this::delete);
    }

    private void view(Context ctx) {
        String raw = ctx.pathParam("id");
        UserId id = "me".equals(raw) ? Caller.of(ctx).userId() : UserId.parse("id", raw);
        ctx.json(ProfileView.from(profiles.view(id)));
    }

    private void search(Context ctx) {
        int limit = QueryParams.limit(ctx, SEARCH_LIMIT, SEARCH_LIMIT);
        var items = profiles.search(Caller.of(ctx).userId(), ctx.queryParam("query"), limit)
                .stream().map(UserView::from).toList();
        ctx.json(new Page<>(items, null));
    }

    private void update(Context ctx) {
        var body = Bodies.read(ctx, PeopleRequests.ProfilePatch.class);
        var privacy = body.privacy() != null ? body.privacy() : new PeopleRequests.PrivacyPatch(null, null, null, null);
        // An explicit "avatar_file_id": null clears the avatar; an absent field leaves it.
        String avatar = body.avatarFileId() != null ? body.avatarFileId()
                : Bodies.hasNullField(ctx, "avatar_file_id") ? ProfileUseCase.CLEAR_AVATAR : null;
        var command = new ProfileUseCase.UpdateCommand(body.displayName(), body.username(), avatar,
                body.bio(), privacy.whoCanMessage(), privacy.whoCanCall(), privacy.presenceVisibleTo(),
                privacy.shareReadReceipts());
        ctx.json(PrivateUserView.from(profiles.update(Caller.of(ctx).userId(), command)));
    }

    private void delete(Context ctx) {
        deleteAccount.delete(Caller.of(ctx).userId());
        ctx.status(204);
    }
}
