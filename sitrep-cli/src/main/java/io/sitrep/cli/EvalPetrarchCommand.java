package io.sitrep.cli;

import io.sitrep.extract.event.PetrarchRecord;
import io.sitrep.extract.event.PetrarchRecordReader;
import io.sitrep.extract.event.PetrarchValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval petrarch FILE.xml}: codes PETRARCH validation records and compares each with its
 * expected codings; prints every failure and ends with {@code N passed, M failed}.
 */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = "Code PETRARCH validation records (text and date only) and compare with their <EventCoding>s.")
public final class EvalPetrarchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.xml", description = "A PETRARCH validation file.")
    Path file;

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Option(names = "--explain", description = "With each failure, print tokens, tags, actors and the rule behind each event.")
    boolean explain;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("sitrep: " + file + ": no such file");
            return ExitCodes.BAD_INPUT;
        }
        PetrarchRecordReader.Suite suite = PetrarchRecordReader.read(file);
        if (suite.records().isEmpty()) {
            err.println("sitrep: " + file + ": no <Sentence> records");
            return ExitCodes.BAD_INPUT;
        }
        PetrarchValidation v = PetrarchValidation.forEnvironment(file, suite.environment(), m -> err.println("sitrep: " + m));
        int passed = 0;
        int failed = 0;
        for (PetrarchRecord r : suite.records()) {
            PetrarchValidation.Outcome o = v.evaluate(r);
            if (o.passed()) {
                passed++;
                continue;
            }
            failed++;
            if (!quiet) {
                out.println("FAIL " + r.id() + ": " + r.text());
                out.println("  expected: " + (r.expected().isEmpty() ? "no events" : String.join("; ", r.expected().stream().map(Object::toString).toList())));
                out.println("  coded:    " + (o.coded().isEmpty() ? "no events" : String.join("; ", o.coded().stream().map(Object::toString).toList())));
                if (explain) {
                    out.print(v.explain(r));
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return ExitCodes.OK;
    }
}
