package io.sitrep.store;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic analyses with every kind of fact, their offsets pointing into the text. */
final class Fixtures {
    private Fixtures() {
    }

    static final String WIRE = "Russian officials met Syrian Defence Minister Murhaf Abu Qasra in Damascus on Tuesday to discuss"
            + " the future of the Hmeimim air base and the naval facility at Tartus.\n"
            + "\"We are ready to keep our forces in Syria if Damascus asks us to,\" Abu Qasra said after the talks,"
            + " according to a statement from the ministry.\n"
            + "The minister said Syria would review every agreement signed by the former government, and officials"
            + " in Moscow said the negotiations would continue next month in the Russian capital.\n"
            + "Turkey has also sent a delegation to Damascus this week, and the United States said it was watching"
            + " the talks closely as it weighs the future of its own troops in northeastern Syria.";

    /** A full analysis of {@link #WIRE} (or an edited copy of it) as the extraction stages would produce it. */
    static Analysis wire(String title, String text, String url, String source, LocalDate published) {
        Article a = new Article(url != null ? url : "wire.txt", title, text, published, url, source);
        int rus = text.indexOf("Russian");
        int syr = text.indexOf("Syrian");
        int aq = text.indexOf("Murhaf Abu Qasra");
        int dam = text.indexOf("Damascus");
        int aq2 = text.indexOf("Abu Qasra said");
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("e1", "Russia", EntityType.COUNTRY, null, "RUS", "RUS", null, null, null,
                List.of(new Mention(rus, rus + 7, "Russian", "demonym")), null));
        entities.add(new Entity("e2", "Syria", EntityType.COUNTRY, null, "SYR", "SYR", null, null, null,
                List.of(new Mention(syr, syr + 6, "Syrian", "demonym"), new Mention(dam, dam + 8, "Damascus", "capital")), null));
        entities.add(new Entity("e3", "Murhaf Abu Qasra", EntityType.PERSON, null, "SYRGOVMIL", "SYR", "Defence Minister",
                null, null, List.of(new Mention(aq, aq + 16, "Murhaf Abu Qasra", "gazetteer"),
                new Mention(aq2, aq2 + 9, "Abu Qasra", "surname")), null));
        entities.add(new Entity("e4", "Damascus", EntityType.PLACE, "city", null, "SYR", null, 33.51, 36.29,
                List.of(new Mention(dam, dam + 8, "Damascus", "gazetteer")), "geonames:170654"));
        int qs = text.indexOf("We are ready");
        int qe = text.indexOf(",\" Abu Qasra");
        List<Quote> quotes = List.of(new Quote(text.substring(qs, qe), qs, qe, "e3", "Murhaf Abu Qasra", "said", "quote-then-cue"));
        int cs = text.indexOf("Syria would review");
        int ce = text.indexOf(", and officials");
        List<Claim> claims = List.of(new Claim("e3", "Murhaf Abu Qasra", cs, ce, text.substring(cs, ce), "said",
                Modality.REPORTED, "reported-speech"));
        int s1 = 0;
        int e1 = text.indexOf('\n');
        int s2 = text.indexOf("Turkey");
        List<Event> events = List.of(
                new Event("e1", "e3", "043", "CONSULT", published == null ? null : published.toString(), "publication date",
                        "e4", Modality.ASSERTED, s1, e1, "RUS", "SYRGOVMIL", 1, 2.8, "met"),
                new Event("e1", "e2", "036", "CONSULT", "2025-03", "explicit: next month", null, Modality.PROPOSED,
                        text.indexOf("officials in Moscow"), s2 - 1,
                        "RUS", "SYR", 1, 4.0, "continue negotiations"),
                new Event(null, "e2", "032", "CONSULT", null, null, "e4", Modality.ASSERTED, s2, text.length(),
                        "TUR", "SYR", 1, 1.9, "sent a delegation"));
        return new Analysis(a, entities, quotes, claims, events);
    }

    static Analysis wire(String url, String source, LocalDate published) {
        return wire("Russia and Syria discuss bases", WIRE, url, source, published);
    }

    /** The wire story as another outlet runs it: a new headline, a changed word and a dropped clause. */
    static String edited() {
        return WIRE.replace("on Tuesday", "on Tuesday morning")
                .replace(", according to a statement from the ministry", "")
                .replace("this week", "this week as well");
    }

    /** An unrelated article with one entity and one event. */
    static Analysis other(String title, String text, LocalDate published) {
        Article a = new Article("other.txt", title, text, published, null, "Other Times");
        int u = text.indexOf("United Nations");
        List<Entity> entities = u < 0 ? List.of() : List.of(new Entity("e1", "United Nations", EntityType.ORGANIZATION,
                null, "IGOUNO", null, null, null, null, List.of(new Mention(u, u + 14, "United Nations", "gazetteer")), null));
        List<Event> events = u < 0 ? List.of() : List.of(new Event("e1", null, "010", "STATEMENT",
                published == null ? null : published.toString(), "publication date", null, Modality.ASSERTED, 0,
                text.length(), "IGOUNO", null, 2, 0.0, "said"));
        return new Analysis(a, entities, List.of(), List.of(), events);
    }
}
