package io.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The big inputs of the bad-input corpus, analysed by the real command in a child JVM with a small heap
 * (-Xmx256m: the loaded models and gazetteers hold about 90 MB, a 50 MB file costs its bytes and its
 * string while it is checked): memory stays bounded whatever the input's size (before the text limit,
 * the 50 MB file alone took 5 GB and 90 s), and each input gets its documented outcome.
 */
class BigInputMemoryTest {
    static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    @Timeout(180) // a hang guard, not a speed assertion
    void bigInputsRunInASmallHeap() throws Exception {
        Path fiftyMb = writeLines(dir.resolve("fifty-mb.txt"), 50L * 1000 * 1000);
        Path overLimit = dir.resolve("over-64-mib.txt");
        try (var ch = Files.newByteChannel(overLimit, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(64L * 1024 * 1024); // sparse: 64 MiB + 1 byte of which only the last is written
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        Path sentence = BadInputCorpus.Case.longSentence(dir.resolve("sentence.txt"), 200_000);
        Path nested = Files.writeString(dir.resolve("nested.html"),
                "<html><body>" + "<div>".repeat(10_000) + "<p>Deep text.</p>" + "</div>".repeat(10_000) + "</body></html>");

        Result r = sitrep(HEAP, "analyze", fiftyMb.toString(), overLimit.toString(), sentence.toString(), nested.toString());

        assertThat(r.err).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(r.err.lines().toList()).containsExactly(
                "sitrep: " + fiftyMb + ": text too long for one article (" + visibleChars(fiftyMb)
                        + " characters, limit 1000000; split it or raise --max-chars)",
                "sitrep: " + overLimit + ": too large (67108865 bytes, limit 67108864)");
        assertThat(r.out.lines().toList()).hasSize(2);
        assertThat(r.out.lines().toList().get(0)).startsWith("{\"title\":\"Headline of a long sentence\"");
        assertThat(r.out.lines().toList().get(1)).contains("\"text\":\"Deep text.\"");
        assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** Writes about {@code bytes} bytes of ordinary news-like lines. */
    static Path writeLines(Path file, long bytes) throws IOException {
        byte[] line = "The minister said the talks would resume next week in Geneva, officials in Moscow declined to comment.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[line.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block);
            }
        }
        return file;
    }

    private static long visibleChars(Path file) throws IOException {
        String s = Files.readString(file);
        return s.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    record Result(int exit, String out, String err) {
    }

    /** Runs {@code sitrep} in a child JVM on this test's class path. */
    static Result sitrep(String heap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "io.sitrep.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("sitrep-out", ".txt");
        Path err = Files.createTempFile("sitrep-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(170, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("sitrep " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
