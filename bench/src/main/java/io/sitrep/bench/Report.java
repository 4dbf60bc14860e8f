package io.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the JSON lines of one benchmark run into the summary table, the ratios between the engines and
 * the figures the engine aims for, printed and written as Markdown.
 * {@code Report RUNS.jsonl RESULT.md "HEADER LINE"...}
 */
public final class Report {
    private final List<RunResult> runs = new ArrayList<>();
    private final List<JsonNode> micro = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Report r = new Report();
        r.read(Path.of(args[0]));
        StringBuilder md = new StringBuilder();
        md.append("# Sitrep benchmark\n\n");
        for (int i = 2; i < args.length; i++) {
            md.append("- ").append(args[i]).append('\n');
        }
        md.append('\n').append(r.render());
        System.out.print(r.render());
        Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
        md.append("\n## Raw runs\n\n```\n");
        r.raw.forEach(l -> md.append(l).append('\n'));
        md.append("```\n");
        Files.writeString(Path.of(args[1]), md.toString());
        System.out.println("\nwritten to " + args[1]);
    }

    /** The EventStageCost line, if the run had one. */
    private JsonNode eventCost;

    void read(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("{")) {
                continue;
            }
            raw.add(line);
            JsonNode n = m.readTree(line);
            if (n.has("jmh")) {
                micro.add(n);
            } else if (n.has("eventStageAddsPercent")) {
                eventCost = n;
            } else if (n.has("engine")) {
                // Spark's summary line has no chars, CPU time or RSS, and names its cores "parallelism".
                runs.add(new RunResult(n.get("engine").asText(), n.path("config").asText(""), n.path("articles").asLong(),
                        n.path("tokens").asLong(), n.path("chars").asLong(), n.path("seconds").asDouble(),
                        n.has("cpuSeconds") ? n.get("cpuSeconds").asDouble() : n.path("driverCpuSeconds").asDouble(-1), n.has("cores") ? n.get("cores").asInt() : n.path("parallelism").asInt(1),
                        n.path("firstResultMs").asLong(-1), n.path("peakRssMb").asLong(-1), n.path("blockedMs").asLong(-1)));
            }
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("## End to end\n\n");
        sb.append("| engine | config | articles | tokens | wall s | CPU s | articles/s | tokens/s | tokens per CPU s | first result ms | peak RSS MB |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : runs) {
            boolean timed = r.tokens() > 0;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.2f | %s | %s | %s | %s | %s | %s |%n",
                    r.engine(), r.config(), r.articles(), timed ? Long.toString(r.tokens()) : "-", r.seconds(),
                    r.cpuSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.cpuSeconds()),
                    timed ? fmt(r.articlesPerSec()) : "-", timed ? fmt(r.tokensPerSec()) : "-",
                    timed ? fmt(r.tokensPerSecPerCore()) : "-",
                    r.firstResultMs() < 0 ? "-" : Long.toString(r.firstResultMs()),
                    r.peakRssMb() < 0 ? "-" : Long.toString(r.peakRssMb())));
        }
        sb.append("\n## Figures\n\n| figure | measured | aim | |\n|---|---:|---:|---|\n");
        RunResult one = find("sitrep", "threads=1");
        RunResult two = find("sitrep", "threads=2");
        RunResult ner = find("corenlp-ner", null);
        RunResult full = find("corenlp-full", null);
        RunResult cli = find("sitrep-cli", null);
        // Engines tokenise differently: compare the same text (characters) per CPU second, not tokens.
        if (one != null && ner != null) {
            figure(sb, "Sitrep / CoreNLP NER-only, per core (text/s)", perCoreChars(one) / perCoreChars(ner), 30, true, "×");
        }
        if (one != null && full != null) {
            figure(sb, "Sitrep / CoreNLP full (coref + quotes), per core", perCoreChars(one) / perCoreChars(full), 100, true, "×");
        }
        if (one != null) {
            figure(sb, "Sitrep tokens per CPU second (1 thread)", one.tokensPerSecPerCore(), 10_000, true, "");
        }
        if (cli != null) {
            figure(sb, "cold start to first result, `sitrep analyze` (wall ms)", cli.firstResultMs(), 3000, false, "");
            if (cli.cpuSeconds() > 0) {
                sb.append(String.format(Locale.ROOT, "| CPU time of that cold run, all threads (ms) | %s | - | for reference |%n",
                        fmt(cli.cpuSeconds() * 1000)));
            }
            figure(sb, "peak RSS, `sitrep analyze` one article (MB)", cli.peakRssMb(), 1024, false, "");
        }
        for (RunResult r : List.of(one, two)) {
            if (r != null) {
                figure(sb, "peak RSS, throughput run " + r.config() + " (MB)", r.peakRssMb(), 1024, false, "");
            }
        }
        if (one != null && two != null) {
            figure(sb, "speed-up 1 → 2 cores, one JVM pinned to them (wall)", two.articlesPerSec() / one.articlesPerSec(), 1.6, true, "×");
            figure(sb, "CPU per article, 2 threads / 1 thread", one.tokensPerSecPerCore() / two.tokensPerSecPerCore(), 1.25, false, "×");
            if (two.blockedMs() >= 0) {
                figure(sb, "share of 2-thread worker time blocked on locks (%)", 100.0 * two.blockedMs() / (1000.0 * two.cores() * two.seconds()), 10, false, "");
            }
        }
        if (eventCost != null) {
            figure(sb, "event coding adds to the analysis, CPU per article (%)", eventCost.get("eventStageAddsPercent").asDouble(),
                    30, false, "");
        }
        RunResult s1 = find("sitrep-spark", "local[1]");
        RunResult s2 = find("sitrep-spark", "local[2]");
        if (s1 != null && s2 != null) {
            figure(sb, "speed-up Spark local[1] on 1 core → local[2] on 2 cores (wall)", s2.articlesPerSec() / s1.articlesPerSec(), 1.6, true, "×");
            figure(sb, "Spark tokens per CPU second, local[1]", s1.tokensPerSecPerCore(), 10_000, true, "");
        }
        if (!micro.isEmpty()) {
            sb.append("\n## Stages (JMH, one operation = one pass over the corpus)\n\n");
            sb.append("| stage | passes/s | ± (99.9%) | tokens/s |\n|---|---:|---:|---:|\n");
            for (JsonNode n : micro) {
                sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", n.get("jmh").asText(),
                        n.get("passesPerSec").asDouble(), n.get("error").asDouble(), fmt(n.get("tokensPerSec").asDouble())));
            }
        }
        return sb.toString();
    }

    private static double perCoreChars(RunResult r) {
        return r.charsPerSecPerCore();
    }

    private static void figure(StringBuilder sb, String name, double value, double aim, boolean atLeast, String unit) {
        boolean met = atLeast ? value >= aim : value < aim;
        sb.append(String.format(Locale.ROOT, "| %s | %s%s | %s %s%s | %s |%n", name, fmt(value), unit,
                atLeast ? "≥" : "<", fmt(aim), unit, met ? "met" : "MISSED"));
    }

    private RunResult find(String engine, String config) {
        for (RunResult r : runs) {
            if (r.engine().equals(engine) && (config == null || r.config().equals(config))) {
                return r;
            }
        }
        return null;
    }

    static String fmt(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
