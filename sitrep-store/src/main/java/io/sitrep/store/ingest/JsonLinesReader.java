package io.sitrep.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * JSON Lines: one article per line, an object with {@code text} or {@code html} and optional {@code title},
 * {@code url}, {@code published} (ISO date or date-time) and {@code source}. A bad line becomes a failed input
 * naming the line; the good lines are kept. Blank lines are skipped.
 */
public final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {
    }

    public static void read(String name, Reader in, Consumer<Input> sink) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                sink.accept(parse(name + ":" + n, line));
            }
        }
    }

    /** One line as an input; a line that is not a usable article object becomes a failed input. */
    public static Input parse(String name, String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Input.failed(name, "invalid JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            return Input.failed(name, "not a JSON object");
        }
        String text = str(o, "text");
        String html = str(o, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            return Input.failed(name, "no \"text\" or \"html\" field");
        }
        try {
            boolean isHtml = text == null || text.isBlank();
            return new RawArticle(name, isHtml ? html : text, isHtml, str(o, "title"), str(o, "url"),
                    Dates.parse(str(o, "published")), str(o, "source"));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Input.failed(name, "bad \"published\": " + e.getMessage());
        }
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
    }
}
