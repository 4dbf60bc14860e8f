package io.sitrep.extract.quote;

import io.sitrep.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The speech verbs of {@code speech-verbs.txt}: every inflected form with what it can take. */
public final class SpeechVerbs {
    /** One verb: its lemma and what it takes. */
    public record Verb(String lemma, boolean clause, boolean np, boolean tell, boolean invert, boolean deny, boolean propose,
                       boolean thatOnly) {
    }

    /** Forms that are speech verbs whatever the tagger says (it sometimes calls them adjectives or nouns). */
    private static final Set<String> ALWAYS = Set.of("said", "told", "says", "added", "stated", "claimed", "warned", "wrote");
    private static final Map<String, Verb> FORMS = load();

    private SpeechVerbs() {
    }

    /** The speech verb this token is, or null (a form tagged as a noun, "claims", is not a verb). */
    public static Verb of(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        Verb v = FORMS.get(w);
        if (v == null) {
            return null;
        }
        if (ALWAYS.contains(w)) {
            return t.isCapitalized() && t.tag() != null && t.tag().equals("PROPN") ? null : v;
        }
        return t.tag() == null || t.is("VERB") ? v : null;
    }

    /** The speech verb a word form is, whatever its tag, or null. */
    public static Verb lookup(String word) {
        return FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isParticiple(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.endsWith("ing") && w.length() > 4;
    }

    private static Map<String, Verb> load() {
        Map<String, Verb> m = new HashMap<>();
        try (InputStream in = SpeechVerbs.class.getResourceAsStream("speech-verbs.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                String[] forms = line.substring(0, bar).trim().split("\\s+");
                Set<String> flags = Set.of(line.substring(bar + 1).trim().split("\\s+"));
                Verb v = new Verb(forms[0], flags.contains("clause"), flags.contains("np"), flags.contains("tell"),
                        flags.contains("invert"), flags.contains("deny"), flags.contains("propose"), flags.contains("thatonly"));
                for (String f : forms) {
                    m.putIfAbsent(f, v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
