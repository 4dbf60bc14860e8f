package io.sitrep.cli;

import io.sitrep.situation.Situation;
import io.sitrep.situation.SituationJson;
import io.sitrep.situation.SituationService;
import io.sitrep.situation.SituationText;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code sitrep situation COUNTRY}: which foreign forces hold which sites, under what status, according to whom. */
@Command(name = "situation", mixinStandardHelpOptions = true,
        description = {"The situation picture of a country from the stored articles: foreign presence by site and area",
                "with status, dates and evidence; statements about the country; disagreements between sources."})
public final class SituationCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166-1 alpha-3 code, e.g. SYR")
    String country;

    @Option(names = "--format", defaultValue = "text", description = "json or text. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The picture as it stood on this date (YYYY-MM-DD)")
    LocalDate asOf;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String host;
        try {
            host = SituationService.normalize(country);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (Store store = Stores.open(storeOptions.location())) {
            Situation s = new SituationService(store).situation(host, asOf);
            spec.commandLine().getOut().println(format == Format.json ? SituationJson.toJson(s) : SituationText.render(s));
        }
        return ExitCodes.OK;
    }
}
