package dev.parley.http.operations;

/**
 * The Swagger UI page, served from the swagger-ui webjar so it works without internet access. Its start-up
 * script is a file of its own ({@link #INIT_PATH}), not inline, so the page's Content-Security-Policy allows
 * scripts from this server only.
 */
final class SwaggerUi {
    static final String VERSION = "5.34.1";
    static final String INIT_PATH = "/docs/init.js";
    static final String INIT_SCRIPT = "window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});\n";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private SwaggerUi() {
    }

    static String page(String assets) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Parley API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body>
                <p style="font-family: sans-serif; margin: 1em 2em">The real-time protocol (WebSocket and SSE frames):
                <a href="/asyncapi.json">AsyncAPI 3 document</a>. This API: <a href="/openapi.json">OpenAPI document</a>.</p>
                <div id="swagger-ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script src="%2$s"></script>
                </body></html>
                """.formatted(assets, INIT_PATH);
    }
}
