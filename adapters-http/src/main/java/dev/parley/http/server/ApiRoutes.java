package dev.parley.http.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers endpoints under {@code /api/v1}. Routes are authenticated unless registered through a
 * {@code public…} method, so forgetting a check fails closed. Every registration is recorded so a test
 * can compare the server against the OpenAPI document.
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";

    /** Marks endpoints that need no access token. */
    public enum Access implements RouteRole {
        PUBLIC
    }

    /** One registered endpoint, as the OpenAPI document should list it. */
    public record Registered(String method, String path) {
    }

    private final RoutesConfig routes;
    private final List<Registered> registered = new ArrayList<>();
    private final Map<String, WebSocketRoute> webSockets = new HashMap<>();

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        add(HandlerType.GET, BASE + path, handler, false);
    }

    public void post(String path, Handler handler) {
        add(HandlerType.POST, BASE + path, handler, false);
    }

    public void put(String path, Handler handler) {
        add(HandlerType.PUT, BASE + path, handler, false);
    }

    public void patch(String path, Handler handler) {
        add(HandlerType.PATCH, BASE + path, handler, false);
    }

    public void delete(String path, Handler handler) {
        add(HandlerType.DELETE, BASE + path, handler, false);
    }

    public void publicGet(String path, Handler handler) {
        add(HandlerType.GET, BASE + path, handler, true);
    }

    public void publicPost(String path, Handler handler) {
        add(HandlerType.POST, BASE + path, handler, true);
    }

    /** Operational endpoints at the server root (no {@code /api/v1}, no token). */
    public void rootGet(String path, Handler handler) {
        add(HandlerType.GET, path, handler, true);
    }

    public void rootPost(String path, Handler handler) {
        add(HandlerType.POST, path, handler, true);
    }

    /** A WebSocket endpoint under {@code /api/v1}, upgraded by Jetty in front of Javalin; it authenticates its own upgrade. */
    public void webSocket(String path, WebSocketRoute route) {
        webSockets.put(BASE + path, route);
        registered.add(new Registered("GET", BASE + path));
    }

    /** Endpoints not meant for the public document (asset routes such as Swagger UI). */
    public void undocumentedGet(String path, Handler handler) {
        routes.get(path, handler, Access.PUBLIC);
    }

    private void add(HandlerType method, String path, Handler handler, boolean isPublic) {
        if (isPublic) {
            routes.addHttpHandler(method, path, handler, Access.PUBLIC);
        } else {
            routes.addHttpHandler(method, path, handler);
        }
        registered.add(new Registered(method.name(), path));
    }

    public List<Registered> registered() {
        return List.copyOf(registered);
    }

    Map<String, WebSocketRoute> webSockets() {
        return Map.copyOf(webSockets);
    }
}
