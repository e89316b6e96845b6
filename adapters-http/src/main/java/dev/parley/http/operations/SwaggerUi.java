package dev.parley.http.operations;

/** The Swagger UI page, served from the swagger-ui webjar so it works without internet access. */
final class SwaggerUi {
    static final String VERSION = "5.34.1";

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
                <script>window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});</script>
                </body></html>
                """.formatted(assets);
    }
}
