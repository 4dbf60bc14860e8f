package io.sitrep.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short, bounded, coverage-guided fuzzing run over every target (see {@link AllTargetsFuzzer}) in a
 * child JVM with Jazzer's driver: it must end without a finding. The run lasts
 * {@code -Dsitrep.fuzz.seconds} (default 20, start-up included); {@code scripts/fuzz.sh} runs the same for longer. A finding
 * fails this test with the path of the crashing input: copy it under
 * {@code src/test/resources/io/sitrep/fuzz/<Target>FuzzTestInputs/<method>/} (strip the first byte, which
 * only picked the target) so that it runs as a regression input from then on, then fix the bug.
 */
class FuzzSmokeTest {
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    @TempDir
    Path work;

    @Test
    @Timeout(240) // a hang guard for the child; the fuzzing itself is bounded by -max_total_time
    void aShortFuzzingRunOverEveryTargetFindsNothing() throws Exception {
        int seconds = Integer.getInteger("sitrep.fuzz.seconds", 20);
        Result r = fuzz(work, seconds);
        assertThat(r.findings()).as("crashing inputs (see the class comment), output:%n%s", r.tail()).isEmpty();
        assertThat(r.exit()).as(r.tail()).isZero();
        assertThat(r.runs()).as(r.tail()).isPositive();
        System.out.println("fuzzing: " + r.runs() + " executions in " + seconds + " s, no finding");
    }

    record Result(int exit, long runs, List<Path> findings, String tail) {
    }

    static Result fuzz(Path work, int seconds) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path artifacts = Files.createDirectories(work.resolve("findings"));
        Path log = work.resolve("fuzz.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Xss4m",
                "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + AllTargetsFuzzer.class.getName(),
                "--instrumentation_includes=io.sitrep.**",
                "--reproducer_path=" + artifacts,
                "-max_total_time=" + seconds, "-timeout=20", "-rss_limit_mb=2048", "-max_len=8192",
                "-artifact_prefix=" + artifacts + "/", corpus.toString()));
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds + 200L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the fuzzer did not stop");
        }
        String out = Files.readString(log);
        Matcher m = DONE.matcher(out);
        long runs = m.find() ? Long.parseLong(m.group(1)) : 0;
        List<Path> findings;
        try (Stream<Path> s = Files.list(artifacts)) {
            // crash-, timeout- (an input over -timeout), oom-, leak-; slow-unit- files only note a slow first run
            findings = s.filter(f -> f.getFileName().toString().matches("(crash|timeout|oom|leak)-.*")).toList();
        }
        String tail = out.lines().filter(l -> !l.startsWith("INFO: Instrumented") && !l.contains(" hooks from "))
                .reduce(new ArrayList<String>(), (acc, l) -> {
                    acc.add(l);
                    if (acc.size() > 60) {
                        acc.remove(0);
                    }
                    return acc;
                }, (a, b) -> a).stream().reduce("", (a, b) -> a + b + "\n");
        return new Result(p.exitValue(), runs, findings, tail);
    }
}
