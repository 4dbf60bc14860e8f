package io.sitrep.cli;

import io.sitrep.store.Filter;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The query filters shared by {@code query} and {@code export}. */
public final class FilterOptions {
    @Option(names = "--actor", paramLabel = "CODE|NAME", description = "Actor code prefix (SYR, SYRGOV) or canonical name")
    String actor;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker's name or its last words (\"Abu Qasra\")")
    String speaker;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country (ISO alpha-3) of an actor or the place")
    String country;

    @Option(names = "--code", paramLabel = "CODE", description = "CAMEO code prefix (19, 043) or PLOVER category (CONSULT)")
    String code;

    @Option(names = "--since", paramLabel = "DATE", description = "First day (YYYY-MM-DD)")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day (YYYY-MM-DD)")
    LocalDate until;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the sentence, quote or name contains")
    String text;

    @Option(names = "--type", paramLabel = "TYPE", description = "Entities: PERSON, COUNTRY, ORGANIZATION, GROUP or PLACE")
    String type;

    @Option(names = "--per-story", description = "Events: one row per story, actors and code, with GDELT-style counts")
    boolean perStory;

    Filter filter() {
        return Filter.all().actor(actor).speaker(speaker).country(country).code(code).since(since).until(until)
                .text(text).type(type).perStory(perStory);
    }
}
