package dev.parley.http.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.parley.domain.shared.Text;
import java.io.IOException;

/**
 * The edge check of every text field of every JSON body: only a JSON string is a string (no number or
 * boolean turned into text), and it must be acceptable {@link Text} (tab and line breaks allowed here; single-line
 * fields narrow that in their value objects). A refusal names the field (see {@link Bodies}).
 */
final class TextFields extends StdScalarDeserializer<String> {
    TextFields() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String value = parser.getText();
        String problem = Text.problem(value, Text.Lines.MULTI);
        if (problem != null) {
            throw new Rejected(parser, problem);
        }
        return value;
    }

    /** A string the rule refuses; {@link Bodies} turns it into {@code validation_failed} on its field. */
    static final class Rejected extends JsonMappingException {
        Rejected(JsonParser parser, String problem) {
            super(parser, problem);
        }

        String problem() {
            return getOriginalMessage();
        }
    }
}
