package io.sitrep.cli;

import io.sitrep.model.Candidate;
import io.sitrep.resolve.Gazetteer;
import io.sitrep.resolve.GazetteerEntry;
import io.sitrep.resolve.GazetteerLookup;
import io.sitrep.resolve.PhraseHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep gazetteer lookup NAME [--context ISO3...]}: the records a name may denote and the one chosen. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show every gazetteer record a name may denote and the one the recogniser chooses, with its rule.")
public final class GazetteerLookupCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name, e.g. Washington or \"the Kremlin\".")
    List<String> words;

    @Option(names = "--context", arity = "1..*", paramLabel = "ISO3",
            description = "States the document names (ISO alpha-3), e.g. --context SYR RUS.")
    List<String> context = List.of();

    @Option(names = "--limit", defaultValue = "25", description = "Most candidates to list. Default: ${DEFAULT-VALUE}")
    int limit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = String.join(" ", words);
        List<String> ctx = context.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        GazetteerLookup.Result r = GazetteerLookup.lookup(Gazetteer.standard(), name, ctx);
        out.printf("name: %s (key \"%s\")%s%n", name, r.key(), ctx.isEmpty() ? "" : ", context " + String.join(" ", ctx));
        out.printf("candidates: %d%n", r.hits().size());
        int n = 0;
        for (PhraseHit h : r.hits()) {
            if (n++ == limit) {
                out.printf("  ... %d more%n", r.hits().size() - limit);
                break;
            }
            GazetteerEntry e = h.entry();
            out.printf("  %-24s %-12s %-8s %-30s %s%n", e.ref(), e.type() + (e.kind() == null ? "" : "/" + e.kind()),
                    h.sense().name().toLowerCase(Locale.ROOT), e.name(), details(e));
        }
        Candidate c = r.chosen();
        if (c == null) {
            out.println("chosen: none (the recogniser would not take this name on its own)");
        } else {
            out.printf("chosen: %s %s%s%s by %s%n", c.ref() == null ? "-" : c.ref(), c.name(),
                    " (" + c.type() + (c.kind() == null ? "" : "/" + c.kind()) + ")",
                    c.country() == null ? "" : " in " + c.country(), c.rule());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String details(GazetteerEntry e) {
        StringBuilder b = new StringBuilder();
        if (e.country() != null) {
            b.append(e.country());
        }
        if (e.code() != null && !e.code().equals(e.country())) {
            b.append(" code=").append(e.code());
        }
        if (e.role() != null) {
            b.append(" role=").append(e.role());
        }
        if (e.feature() != null) {
            b.append(' ').append(e.feature());
        }
        if (e.population() > 0) {
            b.append(" pop=").append(e.population());
        }
        if (e.lat() != null && e.lon() != null) {
            b.append(String.format(Locale.ROOT, " %.4f,%.4f", e.lat(), e.lon()));
        }
        if (e.operator() != null) {
            b.append(" operator=").append(e.operator());
        }
        return b.toString().strip();
    }
}
