package dev.parley.http.server;

import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/WebSocket server: Javalin on virtual threads with request ids, the error envelope for
 * every failure (including unknown routes and oversized bodies), access control and request logs.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("parley.access");

    private final Javalin app;
    private ApiRoutes apiRoutes;

    public HttpServer(HttpSettings settings, Set<RouteGroup> groups, AuthenticateUseCase authenticate,
                      CurrentUserUseCase currentUser, PrometheusMeterRegistry metrics) {
        AccessFilter accessFilter = new AccessFilter(authenticate, currentUser, settings.requireVerifiedEmail());
        RequestMetrics requestMetrics = new RequestMetrics(metrics);
        this.app = Javalin.create(config -> configure(config, settings, groups, accessFilter, requestMetrics));
    }

    private void configure(JavalinConfig config, HttpSettings settings, Set<RouteGroup> groups,
                           AccessFilter accessFilter, RequestMetrics requestMetrics) {
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jetty.port = settings.port();
        config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
        config.staticFiles.enableWebjars();
        config.routes.before(ctx -> {
            RequestIds.assign(ctx);
            ctx.header("X-Content-Type-Options", "nosniff");
            Cors.apply(ctx, settings.corsOrigins());
        });
        config.routes.beforeMatched(accessFilter::handle);
        config.routes.exception(ParleyException.class, (error, ctx) -> ErrorResponses.write(ctx, error));
        config.routes.exception(HttpResponseException.class, (error, ctx) -> writeFrameworkError(ctx, error.getStatus()));
        config.routes.exception(Exception.class, (error, ctx) -> {
            LOG.error("unhandled failure on {} {} request_id={}", ctx.method(), ctx.path(), RequestIds.of(ctx), error);
            ErrorResponses.write(ctx, ErrorCode.INTERNAL, "an internal error occurred");
        });
        for (int status : List.of(404, 405, 413)) {
            config.routes.error(status, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    writeFrameworkError(ctx, status);
                }
            });
        }
        config.requestLogger.http((ctx, millis) -> {
            // Off unless PARLEY_ACCESS_LOG=INFO (logback.xml): a console line per request cost ≈ 3 % of a history
            // page's CPU; failures are logged where they happen, and the metrics below count every request.
            if (ACCESS_LOG.isInfoEnabled()) {
                ACCESS_LOG.info("{} {} {} {}ms request_id={}", ctx.method(), ctx.path(), ctx.statusCode(),
                        Math.round(millis), RequestIds.of(ctx));
            }
            requestMetrics.record(ctx, millis);
        });
        ApiRoutes routes = new ApiRoutes(config.routes);
        groups.forEach(group -> group.register(routes));
        config.jetty.modifyServer(server -> server.setHandler(new WebSocketRoutes(server, routes.webSockets())));
        this.apiRoutes = routes;
    }

    private static void writeFrameworkError(Context ctx, int status) {
        ErrorCode code = switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ErrorCode.MALFORMED_JSON;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> ErrorCode.INTERNAL;
        };
        String message = switch (code) {
            case NOT_FOUND -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case METHOD_NOT_ALLOWED -> "method " + ctx.method() + " is not allowed on " + ctx.path();
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            default -> "the request failed";
        };
        ErrorResponses.write(ctx, code, message);
        ctx.status(status);
    }

    public HttpServer start() {
        app.start();
        LOG.info("Parley is listening on port {}", app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    public List<ApiRoutes.Registered> registeredRoutes() {
        return apiRoutes.registered();
    }

    @Override
    public void close() {
        app.stop();
    }
}
