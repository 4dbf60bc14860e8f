package io.sitrep.extract.quote;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Stage;
import io.sitrep.resolve.coref.Coreference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal snippet analysed with real annotation, quote finding, coreference and attribution, on entities
 * given by hand (so that these tests depend on the grammar, not on entity recognition):
 * {@code Snippet.of(text).person("Murhaf Abu Qasra", "Defence Minister", "Abu Qasra").country("Russia", "RUS", "Moscow")}.
 */
final class Snippet {
    private static final Pipeline ANNOTATE = Pipeline.builder().add(new ParagraphSplitter()).add(new Tokenizer())
            .add(new SentenceSplitter()).add(new PosTagger()).add(new QuoteFinder()).build();
    private static final List<Stage> ATTRIBUTE = List.of(new Coreference(), new SpeakerAttribution(), new ClaimExtractor());

    private final String text;
    private final List<Entity> entities = new ArrayList<>();

    private Snippet(String text) {
        this.text = text;
    }

    static Snippet of(String text) {
        return new Snippet(text);
    }

    /** A person named {@code name}, mentioned by its name and by each alias (surname, ...). */
    Snippet person(String name, String role, String... aliases) {
        return add(name, EntityType.PERSON, null, role, aliases);
    }

    Snippet org(String name, String... aliases) {
        return add(name, EntityType.ORGANIZATION, null, null, aliases);
    }

    Snippet country(String name, String code, String... aliases) {
        return add(name, EntityType.COUNTRY, code, null, aliases);
    }

    private Snippet add(String name, EntityType type, String code, String role, String... aliases) {
        List<String> surfaces = new ArrayList<>();
        surfaces.add(name);
        surfaces.addAll(List.of(aliases));
        List<Mention> ms = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        surfaces.sort((a, b) -> b.length() - a.length());
        for (String s : surfaces) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(s) + "\\b").matcher(text);
            while (m.find()) {
                if (!taken[m.start()] && !taken[m.end() - 1]) {
                    ms.add(new Mention(m.start(), m.end(), s, "test"));
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        ms.sort(null);
        entities.add(new Entity("e" + (entities.size() + 1), name, type, null, code, code, role, null, null, ms, null));
        return this;
    }

    Document run() {
        Document doc = ANNOTATE.run(new Document(Article.of("-", text)));
        doc.put(Keys.ENTITIES, List.copyOf(entities));
        for (Stage stage : ATTRIBUTE) {
            stage.process(doc);
        }
        return doc;
    }

    List<Quote> quotes() {
        return run().get(Keys.QUOTES);
    }

    List<Claim> claims() {
        return run().get(Keys.CLAIMS);
    }

    /** Speaker name of the quote whose text starts with {@code prefix} ("-" when null). */
    static String speakerOf(List<Quote> quotes, String prefix) {
        for (Quote q : quotes) {
            if (q.text().startsWith(prefix)) {
                return q.speakerName() == null ? "-" : q.speakerName();
            }
        }
        throw new AssertionError("no quote starting with '" + prefix + "' in " + quotes.stream().map(Quote::text).toList());
    }

    static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(Quote::text).toList();
    }
}
