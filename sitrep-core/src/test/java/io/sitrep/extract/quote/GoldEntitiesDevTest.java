package io.sitrep.extract.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Stage;
import io.sitrep.resolve.EntityResolver;
import io.sitrep.resolve.GazetteerRecognizer;
import io.sitrep.resolve.NameRecognizer;
import io.sitrep.resolve.coref.Coreference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures quote attribution on its own: the dev articles of ../shared/examples/dev with the gold persons and
 * organisations as entities (states and places still come from recognition), scored like tools/score
 * (word overlap for quotes, name match for speakers). Recognition errors are measured by the score tool;
 * this test guards the cue grammar, the fallbacks and the coreference against regressions.
 */
class GoldEntitiesDevTest {
    private static final Path DEV = Path.of("../../shared/examples/dev");
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "bin", "ibn", "de", "van", "von", "der", "the");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "gen", "general",
            "prime", "sir", "prince", "king", "queen", "sheikh", "col", "colonel", "lt", "adm", "admiral");
    private static final Pipeline RECOGNIZE = Pipeline.builder().add(new ParagraphSplitter()).add(new Tokenizer())
            .add(new SentenceSplitter()).add(new PosTagger()).add(new GazetteerRecognizer()).add(new NameRecognizer())
            .add(new EntityResolver()).add(new QuoteFinder()).build();
    private static final List<Stage> ATTRIBUTE = List.of(new Coreference(), new SpeakerAttribution());

    @Test
    void speakersOfDevQuotesWithGoldEntities() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "shared dev articles not present");
        ObjectMapper json = new ObjectMapper();
        int matched = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(DEV)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path g : golds) {
            Path txt = g.resolveSibling(g.getFileName().toString().replace(".gold.json", ".txt"));
            JsonNode gold = json.readTree(g.toFile());
            Document doc = RECOGNIZE.run(new Document(new ArticleReader().fromText(txt.toString(), Files.readString(txt), null)));
            doc.put(Keys.ENTITIES, goldEntities(doc.text(), gold, doc.get(Keys.ENTITIES)));
            for (Stage st : ATTRIBUTE) {
                st.process(doc);
            }
            List<Quote> quotes = doc.get(Keys.QUOTES);
            for (JsonNode gq : gold.get("quotes")) {
                Quote q = bestMatch(gq.get("text").asText(), quotes);
                if (q == null) {
                    continue;
                }
                matched++;
                String want = gq.get("speaker").isNull() ? null : gq.get("speaker").asText();
                boolean ok = want == null ? q.speakerName() == null : q.speakerName() != null && namesMatch(q.speakerName(), want);
                if (ok) {
                    correct++;
                } else {
                    misses.add(txt.getFileName() + " \"" + abbreviate(q.text()) + "\" gold=" + want + " got=" + q.speakerName() + " [" + q.rule() + "]");
                }
            }
        }
        double accuracy = (double) correct / matched;
        System.out.printf("speaker accuracy with gold entities: %d/%d = %.3f%n", correct, matched, accuracy);
        misses.forEach(m -> System.out.println("  " + m));
        // 165/174 when written; the misses: five quotes of a speaker whose name the article misspells (gold
        // "Liu Xiaoming", text "Liu Xiaming"), two by "Amer" where two persons share that surname, two
        // attributed before the speaker is first named ("the premier", "the US President").
        assertThat(accuracy).isGreaterThanOrEqualTo(0.94);
    }

    /** Gold persons and organisations (names, surnames, aliases) plus recognised states and places. */
    private static List<Entity> goldEntities(String text, JsonNode gold, List<Entity> recognised) {
        List<Entity> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String[]> specs = new ArrayList<>();
        for (JsonNode p : gold.get("persons")) {
            specs.add(new String[] {"PERSON", p.get("name").asText(), p.get("role").isNull() ? null : p.get("role").asText()});
        }
        for (JsonNode o : gold.get("organizations")) {
            specs.add(new String[] {"ORGANIZATION", o.get("name").asText(), null});
        }
        Set<String> surnames = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String[] s : specs) {
            if (s[0].equals("PERSON")) {
                String[] w = s[1].split(" ");
                if (!surnames.add(w[w.length - 1])) {
                    shared.add(w[w.length - 1]);
                }
            }
        }
        List<List<String>> formsOf = new ArrayList<>();
        List<String[]> allForms = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            String[] s = specs.get(k);
            List<String> forms = new ArrayList<>(List.of(s[1]));
            if (s[0].equals("PERSON")) {
                String[] w = s[1].split(" ");
                if (w.length >= 3) {
                    forms.add(w[w.length - 2] + " " + w[w.length - 1]);
                }
                if (w.length >= 2 && !shared.contains(w[w.length - 1])) {
                    forms.add(w[w.length - 1]);
                }
            } else {
                for (JsonNode a : gold.get("organizations").get(k - gold.get("persons").size()).get("aliases_in_text")) {
                    forms.add(a.asText());
                }
            }
            formsOf.add(forms);
            for (String f : forms) {
                allForms.add(new String[] {f, Integer.toString(k)});
            }
        }
        allForms.sort((a, b) -> b[0].length() - a[0].length());
        List<List<Mention>> mentionsOf = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            mentionsOf.add(new ArrayList<>());
        }
        for (String[] f : allForms) {
            mentionsOf.get(Integer.parseInt(f[1])).addAll(mentions(text, List.of(f[0]), taken));
        }
        int id = 1;
        for (int k = 0; k < specs.size(); k++) {
            String[] s = specs.get(k);
            List<Mention> ms = mentionsOf.get(k);
            ms.sort(null);
            out.add(new Entity("g" + id++, s[1], EntityType.valueOf(s[0]), null, null, null, s[2], null, null, ms, null));
        }
        for (Entity e : recognised) {
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE) {
                List<Mention> ms = new ArrayList<>();
                for (Mention m : e.mentions()) {
                    if (!taken[m.start()]) {
                        ms.add(m);
                    }
                }
                if (!ms.isEmpty()) {
                    out.add(e.withMentions(ms).withId("r" + id++));
                }
            }
        }
        return out;
    }

    private static List<Mention> mentions(String text, List<String> forms, boolean[] taken) {
        List<Mention> ms = new ArrayList<>();
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String f : sorted) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                if (!taken[m.start()] && !taken[m.end() - 1]) {
                    ms.add(new Mention(m.start(), m.end(), f, "gold"));
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        ms.sort(null);
        return ms;
    }

    private static Quote bestMatch(String goldText, List<Quote> quotes) {
        Set<String> gw = words(goldText);
        Quote best = null;
        int bestOv = 0;
        for (Quote q : quotes) {
            Set<String> w = words(q.text());
            Set<String> ov = new HashSet<>(gw);
            ov.retainAll(w);
            if (!ov.isEmpty() && ov.size() >= 0.6 * Math.max(1, w.size()) && ov.size() > bestOv) {
                best = q;
                bestOv = ov.size();
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[a-z0-9]+").matcher(fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('\u2019', '\'')
                .replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    private static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : fold(name).split("[^a-z0-9]+")) {
            if (!t.isEmpty() && !PARTICLES.contains(t) && !TITLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean namesMatch(String a, String b) {
        List<String> ta = nameTokens(a);
        List<String> tb = nameTokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Set<String> sa = new HashSet<>(ta);
        Set<String> sb = new HashSet<>(tb);
        if (sa.equals(sb)) {
            return true;
        }
        return (sb.containsAll(sa) || sa.containsAll(sb)) && ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1));
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "...";
    }
}
