package io.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep eval}: runs the engine against other coders' validation suites. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the engine on published validation suites.",
        subcommands = {EvalPetrarchCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
