package io.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.ingest.TextDecoder;
import io.sitrep.model.Article;

import java.nio.charset.StandardCharsets;

/**
 * Arbitrary bytes into the decoder and the reader: the only failure allowed is an
 * {@link InvalidInputException} that names the input; what is accepted decodes to real text and
 * cleans into a well-formed article.
 */
class TextDecoderFuzzTest {
    private static final ArticleReader READER = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES, 20_000);
    private static final TextDecoder DECODER = new TextDecoder();

    @FuzzTest(maxDuration = "10s")
    void decodeAndRead(byte[] bytes) {
        String text;
        try {
            text = DECODER.decode("fuzz", bytes);
        } catch (InvalidInputException e) {
            expectNamed(e);
            return;
        }
        if (text.indexOf('\0') >= 0 || text.isBlank()) {
            throw new AssertionError("decoder accepted NUL or blank text");
        }
        if (bytes.length > 0 && (bytes[0] & 0xff) != 0xEF && (bytes[0] & 0xff) != 0xFE && (bytes[0] & 0xff) != 0xFF
                && new String(bytes, StandardCharsets.UTF_8).equals(text) != isUtf8(text, bytes)) {
            throw new AssertionError("UTF-8 decoding differs from the JDK's");
        }
        try {
            Article a = READER.read("fuzz", bytes, null);
            ArticleChecks.article(a);
            if (a.text().isBlank() || a.text().length() > 20_000) {
                throw new AssertionError("blank or over-long article accepted");
            }
        } catch (InvalidInputException e) {
            expectNamed(e);
        }
    }

    private static boolean isUtf8(String text, byte[] bytes) {
        return java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    static void expectNamed(InvalidInputException e) {
        if (!"fuzz".equals(e.input()) || e.getMessage() == null || e.getMessage().isBlank() || e.oneLine().contains("\n")) {
            throw new AssertionError("error does not name the input in one line: " + e.oneLine());
        }
    }
}
