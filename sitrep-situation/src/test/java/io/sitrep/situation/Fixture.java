package io.sitrep.situation;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds hand-annotated analyses for unit tests: every whole-word occurrence of a surface form is a mention. */
final class Fixture {
    private final String text;
    private final LocalDate date;
    private final String url;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Fixture(String url, LocalDate date, String text) {
        this.url = url;
        this.date = date;
        this.text = text;
    }

    static Fixture article(String url, String date, String text) {
        return new Fixture(url, date == null ? null : LocalDate.parse(date), text);
    }

    Fixture country(String name, String code, String... surfaces) {
        return entity(name, EntityType.COUNTRY, null, code, code, null, null, null, surfaces);
    }

    Fixture place(String name, String kind, String country, double lat, double lon, String... surfaces) {
        return entity(name, EntityType.PLACE, kind, null, country, null, lat, lon, surfaces);
    }

    Fixture person(String name, String country, String... surfaces) {
        return entity(name, EntityType.PERSON, null, null, country, null, null, null, surfaces);
    }

    Fixture org(String name, String country, String... surfaces) {
        return entity(name, EntityType.ORGANIZATION, null, null, country, null, null, null, surfaces);
    }

    /** A quote: the words between the marks, spoken by an entity added before. */
    Fixture quote(String words, String speaker) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("no such quote: " + words);
        }
        Entity e = entities.stream().filter(x -> x.name().equals(speaker)).findFirst().orElseThrow();
        quotes.add(new Quote(words, start, start + words.length(), e.id(), e.name(), "said", "test"));
        return this;
    }

    private Fixture entity(String name, EntityType type, String kind, String code, String country, String role, Double lat,
                           Double lon, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(s) + "\\b").matcher(text);
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), s, "test"));
            }
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("no mention of " + name);
        }
        mentions.sort(null);
        entities.add(new Entity("e" + (entities.size() + 1), name, type, kind, code, country, role, lat, lon, mentions, null));
        return this;
    }

    Analysis build() {
        return new Analysis(new Article(url, null, text, date, url, null), entities, quotes, List.of(), List.of());
    }
}
