package io.sitrep.extract.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short articles written for these tests (not from the dev set), with hand-given entities and the expected
 * quotes and speakers: a guard against rules that only fit the dev articles.
 */
class OwnArticlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"mali-transition", "manila-pact", "port-strike"})
    void everyQuoteFoundWithItsSpeaker(String name) throws Exception {
        String text = resource(name + ".txt");
        JsonNode exp = new ObjectMapper().readTree(resource(name + ".expected.json"));
        Snippet s = Snippet.of(text);
        for (JsonNode p : exp.get("persons")) {
            s.person(p.get("name").asText(), p.get("role").asText(), strings(p.get("aliases")));
        }
        for (JsonNode o : exp.get("organizations")) {
            s.org(o.get("name").asText(), strings(o.get("aliases")));
        }
        for (JsonNode c : exp.get("countries")) {
            s.country(c.get("name").asText(), c.get("code").asText(), strings(c.get("aliases")));
        }
        List<Quote> quotes = s.quotes();
        List<String> problems = new ArrayList<>();
        for (JsonNode q : exp.get("quotes")) {
            String want = q.get("speaker").isNull() ? "-" : q.get("speaker").asText();
            String got;
            try {
                got = Snippet.speakerOf(quotes, q.get("text").asText());
            } catch (AssertionError e) {
                problems.add("missing quote: " + q.get("text").asText());
                continue;
            }
            if (!want.equals(got)) {
                problems.add("\"" + q.get("text").asText() + "\" expected " + want + " got " + got);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(quotes).hasSize(exp.get("quotes").size());
        if (exp.has("not_quotes")) {
            for (JsonNode n : exp.get("not_quotes")) {
                assertThat(Snippet.texts(quotes)).doesNotContain(n.asText());
            }
        }
    }

    private static String[] strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out.toArray(new String[0]);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = OwnArticlesTest.class.getResourceAsStream("articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
