package io.sitrep.cli;

import io.sitrep.store.Filter;
import io.sitrep.store.Page;
import io.sitrep.store.Store;
import io.sitrep.store.StoreJson;
import io.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code sitrep query}: events, quotes, claims, entities, stories or an entity's timeline from the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Query the store: events, quotes, claims, entities, stories, or the timeline of an entity",
                "(`sitrep query timeline \"Murhaf Abu Qasra\"`). JSON Lines (--format json) or a table."})
public final class QueryCommand implements Callable<Integer> {
    enum What { events, quotes, claims, entities, stories, timeline }

    enum Format { json, table }

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FilterOptions filters;

    @Parameters(index = "0", paramLabel = "WHAT", description = "events, quotes, claims, entities, stories or timeline")
    What what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ENTITY", description = "timeline: the entity's name or code")
    String entity;

    @Option(names = "--format", description = "json (one object per line) or table. Default: ${DEFAULT-VALUE}")
    Format format = Format.table;

    @Option(names = "--limit", description = "Rows at most. Default: ${DEFAULT-VALUE}")
    int limit = Filter.DEFAULT_LIMIT;

    @Option(names = "--offset", description = "Rows to skip. Default: 0")
    int offset;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what == What.timeline && entity == null) {
            spec.commandLine().getErr().println("sitrep: query timeline needs an ENTITY (name or actor code)");
            return ExitCodes.BAD_INPUT;
        }
        Filter f;
        try {
            f = filters.filter().limit(limit).offset(offset);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (Store store = Stores.open(storeOptions.location())) {
            switch (what) {
                case events -> print(out, store.events(f), List.of("day", "code", "plover", "source", "target", "place",
                        "modality", "mentions", "text"), e -> List.of(s(e.day()), e.cameo(), s(e.plover()),
                        actor(e.sourceName(), e.sourceCode()), actor(e.targetName(), e.targetCode()), s(e.placeName()),
                        e.modality(), Integer.toString(e.numMentions()), s(e.text())));
                case quotes -> print(out, store.quotes(f), List.of("day", "speaker", "cue", "quote", "article"),
                        q -> List.of(s(q.day()), s(q.speakerName()), s(q.cue()), q.text(), article(q.articleId(), q.url())));
                case claims -> print(out, store.claims(f), List.of("day", "speaker", "modality", "claim", "article"),
                        c -> List.of(s(c.day()), s(c.speakerName()), c.modality(), c.text(), article(c.articleId(), c.url())));
                case entities -> print(out, store.entities(f), List.of("name", "type", "code", "country", "articles",
                        "mentions", "first", "last"), e -> List.of(e.name(), e.type(), s(e.code()), s(e.country()),
                        Integer.toString(e.articles()), Integer.toString(e.mentions()), s(e.firstSeen()), s(e.lastSeen())));
                case stories -> print(out, store.stories(f), List.of("story", "articles", "sources", "first", "last",
                        "title"), st -> List.of(Long.toString(st.id()), Integer.toString(st.articles()),
                        Integer.toString(st.sources()), s(st.firstPublished()), s(st.lastPublished()), s(st.title())));
                case timeline -> print(out, store.timeline(entity, f), List.of("day", "kind", "role", "code",
                        "counterpart", "text"), t -> List.of(s(t.day()), t.kind(), t.role(), s(t.code()),
                        s(t.counterpart()), t.text()));
                default -> throw new IllegalStateException(what.name());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private <T> void print(PrintWriter out, Page<T> page, List<String> header, Function<T, List<String>> cells) {
        if (format == Format.json) {
            for (T row : page.items()) {
                out.println(StoreJson.toJson(row));
            }
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        page.items().forEach(r -> rows.add(cells.apply(r)));
        TextTable.print(out, rows, 60);
        if (page.more()) {
            out.println("... more rows: --offset " + page.nextOffset());
        }
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String actor(String name, String code) {
        if (name == null) {
            return code == null ? "" : code;
        }
        return code == null ? name : name + " (" + code + ")";
    }

    private static String article(long id, String url) {
        return url != null ? url : "#" + id;
    }
}
