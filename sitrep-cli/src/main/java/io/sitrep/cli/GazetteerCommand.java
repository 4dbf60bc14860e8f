package io.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep gazetteer}: tools for the dictionaries behind entity recognition. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Inspect the gazetteer (countries, places, facilities, organisations, persons).",
        subcommands = {GazetteerLookupCommand.class})
public final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
