package io.sitrep.cli;

import io.sitrep.store.ingest.IngestSummary;
import io.sitrep.store.ingest.Ingester;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows an ingest's progress on stderr: a progress bar when the session is interactive, else a plain line every
 * {@value #PLAIN_EVERY_SECONDS} seconds (for logs and pipes).
 */
final class IngestProgress implements AutoCloseable {
    static final int PLAIN_EVERY_SECONDS = 10;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-progress");
        t.setDaemon(true);
        return t;
    });
    private final ProgressBar bar;

    IngestProgress(Ingester ingester, PrintStream err, boolean interactive) {
        if (interactive) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).setUnit(" articles", 1)
                    .build();
            timer.scheduleAtFixedRate(() -> {
                IngestSummary s = ingester.progress();
                bar.stepTo(s.stored() + s.duplicates() + s.failed());
                bar.setExtraMessage(String.format(Locale.ROOT, "stored %d, duplicates %d, failed %d", s.stored(),
                        s.duplicates(), s.failed()));
            }, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            bar = null;
            timer.scheduleAtFixedRate(() -> {
                err.println("sitrep: ingest: " + ingester.progress().line());
                err.flush();
            }, PLAIN_EVERY_SECONDS, PLAIN_EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Whether stderr is (most likely) a terminal: the JVM has a console and TERM is not "dumb". */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (bar != null) {
            bar.close();
        }
    }
}
