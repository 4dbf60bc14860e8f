package io.sitrep.store.export;

import io.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GDELT 2.0 event rows: 61 tab-separated columns in the order of the GDELT Event Codebook V2.0, one line per
 * event (no header unless asked). Actor country fields hold CAMEO country codes, geographic country fields FIPS
 * 10-4 codes, as the codebook has it. Fields the engine does not produce (ethnic and religion codes, AvgTone, the
 * actors' own locations) are left empty, as GDELT leaves unknown fields.
 */
public final class GdeltExporter {
    /** The columns of the GDELT 2.0 event table, in order. */
    public static final List<String> COLUMNS = List.of(
            "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** CAMEO actor type codes (role and sector) that may follow the country in an actor code. */
    private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY",
            "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
            "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET");
    private static final Set<String> KNOWN_GROUPS = Set.of("UNO", "NATO", "EEC", "EUR", "AFR", "ARL", "ASN", "OAS",
            "OPC", "WBK", "IMF", "ICC", "IRC", "AMN", "HRW", "MSF", "WHO", "WTO", "UNHCR");

    private final Writer out;

    public GdeltExporter(Writer out) {
        this.out = out;
    }

    public void header() {
        line(COLUMNS);
    }

    public void write(StoredEvent e) {
        line(row(e));
    }

    /** The 61 fields of one event. */
    public static List<String> row(StoredEvent e) {
        List<String> f = new ArrayList<>(COLUMNS.size());
        LocalDate day = day(e.day());
        f.add(Long.toString(e.id()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
        actor(f, e.sourceCode(), e.sourceName(), e.sourceCountry());
        actor(f, e.targetCode(), e.targetName(), e.targetCountry());
        f.add(e.root() ? "1" : "0");
        String cameo = e.cameo() == null ? "" : e.cameo();
        f.add(cameo);
        f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        f.add(cameo.length() > 2 ? cameo.substring(0, 2) : cameo);
        f.add(e.quadClass() == 0 ? "" : Integer.toString(e.quadClass()));
        f.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
        f.add(Integer.toString(e.numMentions()));
        f.add(Integer.toString(e.numSources()));
        f.add(Integer.toString(e.numArticles()));
        f.add(""); // AvgTone: no tone model
        emptyGeo(f); // Actor1Geo: the engine does not locate actors themselves
        emptyGeo(f); // Actor2Geo
        actionGeo(f, e);
        f.add(dateAdded(e.ingestedAt()));
        f.add(e.url() != null ? e.url() : "");
        return f;
    }

    private static void actor(List<String> f, String code, String name, String country) {
        String c = code == null ? "" : code;
        String countryCode = c.length() >= 3 && CountryCodes.cameo(c.substring(0, 3)) != null
                ? CountryCodes.cameo(c.substring(0, 3)) : CountryCodes.cameo(country);
        List<String> parts = new ArrayList<>();
        for (int i = countryCode != null && c.startsWith(countryCode) ? 3 : 0; i + 3 <= c.length(); i += 3) {
            parts.add(c.substring(i, i + 3));
        }
        String known = parts.stream().filter(KNOWN_GROUPS::contains).findFirst().orElse("");
        List<String> types = parts.stream().filter(TYPES::contains).limit(3).toList();
        f.add(c);
        f.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
        f.add(countryCode == null ? "" : countryCode);
        f.add(known);
        f.add(""); // EthnicCode
        f.add(""); // Religion1Code
        f.add(""); // Religion2Code
        for (int i = 0; i < 3; i++) {
            f.add(i < types.size() ? types.get(i) : "");
        }
    }

    private static void emptyGeo(List<String> f) {
        f.add("0");
        for (int i = 0; i < 7; i++) {
            f.add("");
        }
    }

    /** ActionGeo: GDELT's geographic resolution (1 country, 3 US city, 4 world city, 2 US state, 5 world state). */
    private static void actionGeo(List<String> f, StoredEvent e) {
        if (e.placeName() == null) {
            emptyGeo(f);
            return;
        }
        String fips = CountryCodes.fips(e.placeCountry());
        boolean us = "USA".equals(e.placeCountry());
        String kind = e.placeKind() == null ? "" : e.placeKind();
        int type = switch (kind) {
            case "country" -> 1;
            case "region" -> us ? 2 : 5;
            default -> us ? 3 : 4;
        };
        String country = CountryCodes.name(e.placeCountry());
        String full = type == 1 || country == null || e.placeName().equals(country) ? e.placeName()
                : e.placeName() + ", " + country;
        f.add(Integer.toString(type));
        f.add(full);
        f.add(fips == null ? "" : fips);
        f.add(fips == null ? "" : fips); // ADM1Code: the country part only (no ADM1 gazetteer)
        f.add(""); // ADM2Code
        f.add(e.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lat()));
        f.add(e.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lon()));
        String ref = e.placeRef();
        f.add(ref != null && ref.startsWith("geonames:") ? ref.substring("geonames:".length()) : fips != null && type == 1 ? fips : "");
    }

    private static LocalDate day(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** YYYYMMDDHHMMSS from an ISO instant. */
    private static String dateAdded(String instant) {
        if (instant == null) {
            return "";
        }
        String digits = instant.replaceAll("[^0-9]", "");
        return digits.length() >= 14 ? digits.substring(0, 14) : digits;
    }

    private void line(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(fields.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
