package dev.parley.http.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The one JSON configuration of the wire: snake_case fields, ISO-8601 UTC timestamps with milliseconds, strict
 * reading (see {@link TextFields}).
 * Hot-path tuned (history pages write 50 messages each): record accessors are called through generated
 * lambdas (Blackbird) instead of reflection, and timestamps are written without a {@link DateTimeFormatter}.
 */
public final class Json {
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] TIMESTAMP_TEMPLATE = "0000-00-00T00:00:00.000Z".getBytes(StandardCharsets.ISO_8859_1);
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Like {@code ctx.json(body)}, for large bodies on hot paths (pages of messages): Jackson writes UTF-8
     * bytes straight away, where {@code ctx.json} builds a String and Javalin encodes it again (together
     * ≈ 10 % of a history page's CPU). When the client accepts no compression, the bytes go straight to
     * Jetty with their length declared: without the length Jetty sent a 20 KB page in chunks, one flush
     * each, and through Javalin's result stream each page cost a 32 KB copy buffer and a compression check.
     */
    public static void write(Context ctx, Object body) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("could not write " + body.getClass().getSimpleName() + " as JSON", failure);
        }
        ctx.contentType(ContentType.APPLICATION_JSON);
        String acceptEncoding = ctx.header("Accept-Encoding");
        if (acceptEncoding != null && !acceptEncoding.isBlank()) {
            ctx.result(json);
            return;
        }
        ctx.res().setContentLength(json.length);
        try {
            ctx.res().getOutputStream().write(json);
        } catch (IOException clientGone) {
            // The connection broke mid-page (the client hung up): nobody is left to answer, and it is not a
            // server failure to log as one.
        }
    }

    private static ObjectMapper create() {
        SimpleModule timestamps = new SimpleModule("parley-timestamps");
        timestamps.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                writeTimestamp(generator, value);
            }
        });
        // UTF-8 output writes characters outside the BMP (emoji) as they are, like the String output does,
        // not as escaped surrogate pairs: the same bytes whichever way a body is written. Buffers are pooled
        // per mapper, not per thread: every request runs on a new virtual thread, so a thread-local pool
        // allocated fresh buffers for every body.
        JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build();
        // Strict reading: text only from JSON strings and refused when it holds control characters, no other
        // scalar coercion ("5" is not a number, 1.5 not an integer), and nothing may follow the value.
        SimpleModule strict = new SimpleModule("parley-strict-text");
        strict.addDeserializer(String.class, new TextFields());
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        return mapper
                .registerModule(new JavaTimeModule())
                .registerModule(timestamps)
                .registerModule(strict)
                .registerModule(new BlackbirdModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /**
     * Writes a timestamp value (or null) the way the mapper does: for views that write themselves, which
     * skip the mapper's serializer look-up per value.
     */
    public static void writeTimestamp(JsonGenerator generator, Instant value) throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        writeUnescaped(generator, timestamp(value));
    }

    /** Writes an id (or null) as the mapper writes a {@link UUID}: its canonical text. */
    public static void writeUuid(JsonGenerator generator, UUID value) throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        writeUnescaped(generator, value.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Writes ASCII text that JSON never escapes (ids, timestamps). A UTF-8 generator copies the bytes: its
     * string path checks every character for escapes, ≈ 15 % of a history page's CPU when half a page's text
     * is ids and timestamps.
     */
    private static void writeUnescaped(JsonGenerator generator, byte[] ascii) throws IOException {
        if (generator instanceof UTF8JsonGenerator) {
            generator.writeRawUTF8String(ascii, 0, ascii.length);
        } else {
            generator.writeString(new String(ascii, StandardCharsets.ISO_8859_1));
        }
    }

    /** {@link #TIMESTAMP}'s text, built by hand: the formatter cost ≈ 6 % of a history page's CPU. */
    static byte[] timestamp(Instant value) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return TIMESTAMP.format(value).getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] text = TIMESTAMP_TEMPLATE.clone();
        digits(text, 0, 4, utc.getYear());
        digits(text, 5, 2, utc.getMonthValue());
        digits(text, 8, 2, utc.getDayOfMonth());
        digits(text, 11, 2, utc.getHour());
        digits(text, 14, 2, utc.getMinute());
        digits(text, 17, 2, utc.getSecond());
        digits(text, 20, 3, value.getNano() / 1_000_000);
        return text;
    }

    private static void digits(byte[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
