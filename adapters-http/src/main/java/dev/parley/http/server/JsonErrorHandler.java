package dev.parley.http.server;

import dev.parley.domain.shared.ErrorCode;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, raised before any route runs (a 414 URI too long, a 431 header section too large, a
 * request line Jetty cannot parse, a path that is not valid UTF-8), in the contract's JSON envelope with a request
 * id instead of an HTML page or an empty body.
 * Jetty's message is never echoed (it may quote the request).
 */
final class JsonErrorHandler extends ErrorHandler {
    /** Every method gets the envelope (Jetty writes error bodies only for GET, POST and HEAD by default). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        String requestId = RequestIds.choose(request.getHeaders().get(RequestIds.HEADER));
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(RequestIds.HEADER, requestId);
        headers.put(ResponseHeaders.NOSNIFF_NAME, ResponseHeaders.NOSNIFF);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(status, requestId)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = RequestIds.newId();
        fields.put(RequestIds.HEADER, requestId);
        fields.put(ResponseHeaders.NOSNIFF_NAME, ResponseHeaders.NOSNIFF);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, requestId));
    }

    private static byte[] body(int status, String requestId) {
        ErrorCode code = ErrorResponses.codeFor(status);
        String text = switch (status) {
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 413 -> "the request body is too large";
            default -> "the request could not be processed";
        };
        try {
            return Json.mapper().writeValueAsBytes(ErrorResponses.envelope(code, text, List.of(), requestId));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
