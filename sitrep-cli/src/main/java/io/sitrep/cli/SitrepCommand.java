package io.sitrep.cli;

import io.sitrep.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sitrep} command; each subcommand is one class in this package. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = SitrepCommand.VersionProvider.class,
        description = "Turns world news into a sourced, structured picture of a situation.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
                SituationCommand.class, ServeCommand.class, EvalCommand.class, GazetteerCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad usage or an input that could not be processed"})
public final class SitrepCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SitrepCommand());
        cl.setExecutionExceptionHandler(Main.errorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sitrep " + Version.get()};
        }
    }
}
