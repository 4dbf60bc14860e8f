package io.sitrep.store.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;
import io.sitrep.store.ingest.FeedReader;
import io.sitrep.store.ingest.Input;
import io.sitrep.store.ingest.JsonLinesReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Arbitrary JSON Lines and feed documents: the readers never throw; every line or entry becomes an input
 * that either reads into a non-blank article or fails with an {@link InvalidInputException} naming it, and
 * no external entity is ever resolved (a regression input declares one on /etc/passwd).
 * (Run longer as in scripts/fuzz.sh, with this class's test classpath.)
 */
class ContainerReadersFuzzTest {
    private static final ArticleReader READER = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES, 20_000);

    @FuzzTest(maxDuration = "10s")
    void jsonLines(FuzzedDataProvider data) throws IOException {
        String doc = data.consumeRemainingAsString();
        List<Input> inputs = new ArrayList<>();
        JsonLinesReader.read("fuzz.jsonl", new StringReader(doc), inputs::add);
        long lines = doc.lines().filter(l -> !l.isBlank()).count();
        if (inputs.size() != lines) {
            throw new AssertionError(inputs.size() + " inputs from " + lines + " non-blank lines");
        }
        readAll(inputs, "fuzz.jsonl:");
    }

    @FuzzTest(maxDuration = "10s")
    void feed(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xml");
        try {
            Files.write(file, bytes);
            List<Input> inputs = new ArrayList<>();
            FeedReader.read(file, inputs::add);
            readAll(inputs, file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void readAll(List<Input> inputs, String namePrefix) {
        for (Input in : inputs) {
            if (!in.name().startsWith(namePrefix)) {
                throw new AssertionError("input not named after its container: " + in.name());
            }
            try {
                Article a = in.read(READER);
                if (a.text().isBlank()) {
                    throw new AssertionError("blank article from " + in.name());
                }
                if (a.text().contains("root:x:0:0") || (a.title() != null && a.title().contains("root:x:0:0"))) {
                    throw new AssertionError("an external entity was resolved: /etc/passwd leaked into " + in.name());
                }
            } catch (InvalidInputException e) {
                if (!e.input().equals(in.name()) || e.oneLine().contains("\n")) {
                    throw new AssertionError("error does not name its input in one line: " + e.oneLine());
                }
            }
        }
    }
}
