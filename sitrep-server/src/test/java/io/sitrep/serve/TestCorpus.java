package io.sitrep.serve;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small store for the server tests: two articles whose facts (entities with coordinates, quotes with
 * speakers, events with codes, a claim) are written out by hand, with offsets into their real text, so the
 * API and the UI can be checked against known answers whatever the extraction stages do.
 */
final class TestCorpus {
    static final String PORT_TEXT = "Russian and Syrian officials met in Damascus on Tuesday to discuss the naval base at Tartus.\n"
            + "\"Nothing has been decided about the base,\" Foreign Minister Asaad al-Shaibani said after the meeting.\n"
            + "Russia said it would keep its ships at Tartus while talks continue.";
    static final String AIR_TEXT = "Turkish and Syrian delegations met in Ankara on Monday about the air base at Hmeimim.\n"
            + "\"We will not accept foreign troops without an agreement,\" al-Shaibani told reporters.\n"
            + "Turkey criticised the presence of Russian aircraft near Latakia.";

    private TestCorpus() {
    }

    /** Opens a fresh SQLite store in {@code dir} holding both articles. */
    static Store open(Path dir) {
        Store store = Stores.openDir(dir);
        store.putAll(List.of(port(), air()));
        return store;
    }

    static Analysis port() {
        String t = PORT_TEXT;
        Article a = new Article("port.txt", "Russia and Syria discuss Tartus base", t, LocalDate.of(2025, 2, 4),
                "https://news.example/port", "Example News");
        List<Entity> es = new ArrayList<>();
        es.add(entity("e1", "Russia", EntityType.COUNTRY, null, "RUS", "RUS", null, null, null, t, "Russian", "Russia"));
        es.add(entity("e2", "Syria", EntityType.COUNTRY, null, "SYR", "SYR", null, null, null, t, "Syrian", "Damascus"));
        es.add(entity("e3", "Asaad al-Shaibani", EntityType.PERSON, null, "SYRGOV", "SYR", "Foreign Minister", null, null, t, "Asaad al-Shaibani"));
        es.add(entity("e4", "Tartus", EntityType.PLACE, "city", null, "SYR", null, 34.89, 35.89, t, "Tartus"));
        es.add(entity("e5", "Damascus", EntityType.PLACE, "city", null, "SYR", null, 33.51, 36.29, t, "Damascus"));
        int qs = t.indexOf("Nothing has");
        int qe = t.indexOf(",\" Foreign");
        Quote q = new Quote(t.substring(qs, qe), qs, qe, "e3", "Asaad al-Shaibani", "said", "quote-then-cue");
        int cs = t.indexOf("it would keep");
        int ce = t.length() - 1;
        Claim c = new Claim("e1", "Russia", cs, ce, t.substring(cs, ce), "said", Modality.REPORTED, "reported-speech");
        int s2 = t.indexOf("Russia said");
        List<Event> evs = List.of(
                new Event("e1", "e2", "043", "CONSULT", "2025-02-04", "explicit: on Tuesday", "e5", Modality.ASSERTED, 0, t.indexOf('\n'),
                        "RUS", "SYR", 1, 2.8, "met"),
                new Event("e1", "e2", "036", "CONSULT", "2025-02-04", "publication date", "e4", Modality.REPORTED, s2, t.length(),
                        "RUS", "SYR", 1, 4.0, "keep"));
        return new Analysis(a, es, List.of(q), List.of(c), evs);
    }

    static Analysis air() {
        String t = AIR_TEXT;
        Article a = new Article("air.txt", "Turkey and Syria meet over Hmeimim", t, LocalDate.of(2025, 3, 10),
                "https://news.example/air", "Example Wire");
        List<Entity> es = new ArrayList<>();
        es.add(entity("e1", "Turkey", EntityType.COUNTRY, null, "TUR", "TUR", null, null, null, t, "Turkish", "Ankara", "Turkey"));
        es.add(entity("e2", "Syria", EntityType.COUNTRY, null, "SYR", "SYR", null, null, null, t, "Syrian"));
        es.add(entity("e3", "Asaad al-Shaibani", EntityType.PERSON, null, "SYRGOV", "SYR", null, null, null, t, "al-Shaibani"));
        es.add(entity("e4", "Hmeimim Air Base", EntityType.PLACE, "facility", null, "SYR", null, 35.40, 35.95, t, "Hmeimim"));
        es.add(entity("e5", "Russia", EntityType.COUNTRY, null, "RUS", "RUS", null, null, null, t, "Russian"));
        int qs = t.indexOf("We will not");
        int qe = t.indexOf(",\" al-Shaibani");
        Quote q = new Quote(t.substring(qs, qe), qs, qe, "e3", "Asaad al-Shaibani", "told reporters", "quote-then-cue");
        int s3 = t.indexOf("Turkey criticised");
        List<Event> evs = List.of(
                new Event("e1", "e2", "043", "CONSULT", "2025-03-10", "explicit: on Monday", "e4", Modality.ASSERTED, 0, t.indexOf('\n'),
                        "TUR", "SYR", 1, 2.8, "met"),
                new Event("e1", "e5", "111", "DISAPPROVE", "2025-03-10", "publication date", null, Modality.ASSERTED, s3, t.length(),
                        "TUR", "RUS", 3, -2.0, "criticised"));
        return new Analysis(a, es, List.of(q), List.of(), evs);
    }

    private static Entity entity(String id, String name, EntityType type, String kind, String code, String country, String role,
                                 Double lat, Double lon, String text, String... surfaces) {
        List<Mention> ms = new ArrayList<>();
        for (String s : surfaces) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
                int start = i;
                if (ms.stream().noneMatch(m -> m.start() < start + s.length() && start < m.end())) {
                    ms.add(new Mention(start, start + s.length(), s, "test-fixture"));
                }
            }
        }
        ms.sort(null);
        return new Entity(id, name, type, kind, code, country, role, lat, lon, ms, null);
    }
}
