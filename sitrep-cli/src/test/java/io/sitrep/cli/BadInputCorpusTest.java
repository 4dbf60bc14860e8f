package io.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.model.Article;
import io.sitrep.output.OffsetAudit;
import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus, generated here (nothing large is committed): for each input, what
 * {@code sitrep analyze} does with it. Either an error — exit 2, one line on stderr naming the input and
 * the reason, nothing on stdout — or a result whose offsets are exact. Each case must also finish within
 * its hang guard; the documented behaviour of each is in {@link BadInputCorpus}.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline SEGMENTATION = Pipeline.builder()
            .add(new ParagraphSplitter()).add(new Tokenizer()).add(new SentenceSplitter()).build();

    @TempDir
    static Path dir;

    @BeforeAll
    static void loadModels() throws Exception {
        Analyzer.standard().analyzeText("Warm-up\nThe models load once per JVM.");
    }

    static Stream<BadInputCorpus.Case> corpus() {
        return BadInputCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(60) // a hang guard, not a speed assertion
    void behavesAsDocumented(BadInputCorpus.Case c) throws Exception {
        Path input = c.write(dir);
        List<String> args = new ArrayList<>(List.of("analyze", "--format", "json"));
        args.addAll(c.args());
        args.add(input.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));

        if (c.error() != null) {
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).singleElement().satisfies(line -> {
                assertThat(line).startsWith("sitrep: " + input + ": ");
                assertThat(line).contains(c.error());
            });
            return;
        }
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        JsonNode result = JSON.readTree(run.outLines().get(0));
        assertThat(OffsetAudit.of(result)).isEmpty();
        c.check().accept(result);

        // the annotations under the JSON: paragraphs, tokens and sentences point into the text exactly
        // (the tagger is left out: it changes no offset and is the slow part on the big inputs)
        Article article = new ArticleReader(c.charset(), ArticleReader.DEFAULT_MAX_BYTES).read(input);
        Document doc = SEGMENTATION.run(new Document(article));
        assertThat(OffsetAudit.of(doc)).isEmpty();
        assertThat(article.text()).isEqualTo(result.get("text").asText());
    }

    @Test
    void aBatchGoesOnPastItsBadInputsAndSaysOneFailed() throws IOException {
        Path good1 = Files.writeString(dir.resolve("batch-good-1.txt"), "First headline\nThe minister spoke in Paris on Monday.\n");
        Path bad = Files.write(dir.resolve("batch-bad.bin"), new byte[] {1, 0, 2, 0, 3});
        Path missing = dir.resolve("batch-missing.txt");
        Path good2 = Files.writeString(dir.resolve("batch-good-2.txt"), "Second headline\nTalks resumed in Geneva.\n");

        CliRun run = CliRun.of("analyze", good1.toString(), bad.toString(), missing.toString(), good2.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("Paris");
        assertThat(run.outLines().get(1)).contains("Geneva");
        assertThat(run.err().lines().toList()).containsExactly(
                "sitrep: " + bad + ": binary data (NUL byte at offset 1), not text",
                "sitrep: " + missing + ": no such file");
    }

    @Test
    @Timeout(60)
    void aDocumentOverItsTimeBudgetIsReportedAndTheBatchGoesOn() throws IOException {
        // a long text takes far more than 50 ms to analyse on any machine; the short one after it must still come out
        Path slow = BadInputCorpus.Case.longSentence(dir.resolve("budget-slow.txt"), 200_000);
        Path fast = Files.writeString(dir.resolve("budget-fast.txt"), "Headline\nTalks resumed in Geneva.\n");

        CliRun run = CliRun.of("analyze", "--threads", "1", "--timeout", "0.05", slow.toString(), fast.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> err = run.err().lines().toList();
        assertThat(err.get(0)).isEqualTo("sitrep: " + slow + ": took longer than its time budget of 50 ms and was abandoned (see --timeout)");
        // the batch went on to the fast one: it came out (it takes a few ms once the models are loaded), or, on a
        // machine too loaded for even that, it was reported the same way
        if (run.outLines().isEmpty()) {
            assertThat(err).containsExactly(err.get(0), "sitrep: " + fast + ": took longer than its time budget of 50 ms and was abandoned (see --timeout)");
        } else {
            assertThat(err).hasSize(1);
            assertThat(run.outLines()).singleElement().asString().contains("Geneva");
        }
    }

    @Test
    void maxCharsIsTheLongestTextAccepted() throws IOException {
        Path f = Files.writeString(dir.resolve("max-chars.txt"), "Headline\n" + "word ".repeat(40) + "\n");
        CliRun run = CliRun.of("analyze", "--max-chars", "198", f.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(f + ": text too long for one article (199 characters, limit 198;");
        assertThat(CliRun.of("analyze", "--max-chars", "199", f.toString()).exit()).isEqualTo(ExitCodes.OK);
    }

    static Charset charsetOf(List<String> args) {
        int i = args.indexOf("--encoding");
        return i < 0 ? null : Charset.forName(args.get(i + 1));
    }

    static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] randomBytes(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Consumer<JsonNode> textContains(String... parts) {
        return r -> assertThat(r.get("text").asText()).contains(parts);
    }
}
