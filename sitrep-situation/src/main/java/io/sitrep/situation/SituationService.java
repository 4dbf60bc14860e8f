package io.sitrep.situation;

import io.sitrep.model.Analysis;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The situation picture of a country from the articles in a store. Thread-safe. */
public final class SituationService {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private final Store store;
    private final SituationBuilder builder = new SituationBuilder();

    public SituationService(Store store) {
        this.store = store;
    }

    /**
     * @param country ISO 3166-1 alpha-3 code ("SYR"), any case
     * @param asOf    the date the picture should show, or null for everything stored
     * @throws IllegalArgumentException when the code is not three letters
     */
    public Situation situation(String country, LocalDate asOf) {
        String host = normalize(country);
        List<Analysis> relevant = new ArrayList<>();
        store.forEachArticle(a -> {
            if (concerns(a.analysis(), host)) {
                relevant.add(a.analysis());
            }
        });
        return builder.build(host, relevant, asOf);
    }

    public static String normalize(String country) {
        String host = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!ISO3.matcher(host).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-3 code such as SYR, got '" + country + "'");
        }
        return host;
    }

    private static boolean concerns(Analysis a, String host) {
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.COUNTRY ? host.equals(e.code()) : host.equals(e.country())) {
                return true;
            }
        }
        return false;
    }
}
