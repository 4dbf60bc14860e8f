package io.sitrep.cli;

import picocli.CommandLine;

/** Entry point of the {@code sitrep} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return SitrepCommand.commandLine().execute(args);
    }

    static CommandLine.IExecutionExceptionHandler errorHandler() {
        return (ex, cmd, parseResult) -> {
            cmd.getErr().println("sitrep: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("SITREP_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.INTERNAL;
        };
    }
}
