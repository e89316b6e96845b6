package dev.parley.http.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;

/** The {@code /blocks} endpoints. */
public final class BlockRoutes implements RouteGroup {
    private final BlocksUseCase blocks;

    public BlockRoutes(BlocksUseCase blocks) {
        this.blocks = blocks;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/blocks", this::block);
        routes.get("/blocks", ctx -> ctx.json(blocks.list(Caller.of(ctx).userId(), ctx.queryParam("cursor"),
                QueryParams.limit(ctx)).map(BlockView::from)));
        routes.delete("/blocks/{user_id}", this::unblock);
    }

    private void block(Context ctx) {
        var body = Bodies.read(ctx, PeopleRequests.BlockRequest.class);
        if (body.userId() == null) {
            throw ParleyException.invalid("user_id", "is required");
        }
        var blocked = blocks.block(Caller.of(ctx).userId(), UserId.parse("user_id", body.userId()));
        ctx.status(201).json(BlockView.from(blocked));
    }

    private void unblock(Context ctx) {
        blocks.unblock(Caller.of(ctx).userId(), UserId.parse("user_id", ctx.pathParam("user_id")));
        ctx.status(204);
    }
}
