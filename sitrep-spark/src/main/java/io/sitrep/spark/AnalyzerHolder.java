package io.sitrep.spark;

import io.sitrep.Analyzer;

/**
 * One {@link Analyzer} per executor JVM: models, gazetteers and dictionaries load on the first task that
 * needs them and are shared by every task after it (the analyzer is thread-safe).
 */
public final class AnalyzerHolder {
    private AnalyzerHolder() {
    }

    private static final class Lazy {
        static final Analyzer INSTANCE = Analyzer.standard();
    }

    public static Analyzer get() {
        return Lazy.INSTANCE;
    }
}
