package io.sitrep.cli;

import io.sitrep.Version;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import io.sitrep.store.export.GdeltExporter;
import io.sitrep.store.export.JsonlExporter;
import io.sitrep.store.export.ParquetExporter;
import io.sitrep.store.export.PloverExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code sitrep export}: the store's events or articles in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store: gdelt = GDELT 2.0 event rows (61 tab-separated columns, one row per story,",
                "actors and code with NumMentions/NumSources/NumArticles; --all-mentions for one row per event),",
                "plover = PLOVER JSON Lines (one event per line), jsonl = our own records (one article per line),",
                "parquet = the events as a Parquet file for analytics tools (needs --out)."})
public final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt, plover, jsonl, parquet }

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, description = "gdelt, plover, jsonl or parquet")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output")
    Path outFile;

    @Option(names = "--header", description = "gdelt: a first line with the column names")
    boolean header;

    @Option(names = "--all-mentions", description = "gdelt, plover: every event, not one per story group")
    boolean allMentions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.parquet) {
            return parquet();
        }
        AtomicLong n = new AtomicLong();
        try (Store store = Stores.open(storeOptions.location()); Writer w = writer()) {
            var filter = filters.filter().perStory(format == Format.gdelt ? !allMentions : filters.perStory);
            switch (format) {
                case gdelt -> {
                    GdeltExporter g = new GdeltExporter(w);
                    if (header) {
                        g.header();
                    }
                    store.forEachEvent(filter, e -> {
                        g.write(e);
                        n.incrementAndGet();
                    });
                }
                case plover -> {
                    PloverExporter p = new PloverExporter(w, Version.get());
                    store.forEachEvent(filter, e -> {
                        p.write(e);
                        n.incrementAndGet();
                    });
                }
                case jsonl -> {
                    JsonlExporter j = new JsonlExporter(w);
                    store.forEachArticle(a -> {
                        j.write(a);
                        n.incrementAndGet();
                    });
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getErr().println("sitrep: exported " + n.get() + (format == Format.jsonl ? " articles" : " events")
                + (outFile != null ? " to " + outFile : ""));
        return ExitCodes.OK;
    }

    private int parquet() throws IOException {
        if (outFile == null) {
            spec.commandLine().getErr().println("sitrep: --format parquet writes a file: give it with --out FILE");
            return ExitCodes.BAD_INPUT;
        }
        if (outFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
        }
        AtomicLong n = new AtomicLong();
        try (Store store = Stores.open(storeOptions.location()); ParquetExporter p = new ParquetExporter(outFile)) {
            store.forEachEvent(filters.filter().perStory(filters.perStory), e -> {
                p.write(e);
                n.incrementAndGet();
            });
        }
        spec.commandLine().getErr().println("sitrep: exported " + n.get() + " events to " + outFile);
        return ExitCodes.OK;
    }

    private Writer writer() throws IOException {
        if (outFile == null) {
            return new FilterWriter(spec.commandLine().getOut()) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open
                }
            };
        }
        if (outFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(outFile.toAbsolutePath().getParent());
        }
        return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    }
}
