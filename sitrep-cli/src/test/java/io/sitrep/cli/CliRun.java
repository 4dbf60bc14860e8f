package io.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the sitrep command line in this JVM and captures what it prints. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = SitrepCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Non-empty lines of standard output. */
    java.util.List<String> outLines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
