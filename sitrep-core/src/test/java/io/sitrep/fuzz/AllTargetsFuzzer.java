package io.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Every fuzz target behind one entry point, chosen by the input's first byte, so that one JVM (one
 * start-up, one libFuzzer run) spreads a short bounded fuzzing run over all of them: this is what
 * {@link FuzzSmokeTest} runs in the normal suite, and what {@code scripts/fuzz.sh} runs for longer.
 * Each target is also a {@code @FuzzTest} of its own class, whose regression inputs run in the suite.
 */
public final class AllTargetsFuzzer {
    private AllTargetsFuzzer() {
    }

    /** Loads the models and the classes once, before fuzzing starts. */
    public static void fuzzerInitialize() throws Exception {
        io.sitrep.Analyzer.standard().analyzeText("<html><body><p>Warm-up text in Paris.</p></body></html>");
        io.sitrep.Analyzer.standard().analyzeText("Warm-up\nPlain text in Paris.");
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Exception {
        switch (data.consumeInt(0, 4)) {
            case 0 -> new TextDecoderFuzzTest().decodeAndRead(data.consumeRemainingAsBytes());
            case 1 -> new HtmlExtractorFuzzTest().extract(data);
            case 2 -> new PlainTextCleanerFuzzTest().clean(data);
            case 3 -> new TokenizerFuzzTest().tokenize(data);
            default -> new AnalyzeFuzzTest().analyze(data);
        }
    }
}
