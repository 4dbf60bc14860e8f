package io.sitrep.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * PLOVER JSON Lines: one event per line with the field names of the PLOVER manual (version 2.0, chapter 6,
 * tables 6.1 to 6.6; multi-word names joined by '_'): {@code id}, {@code date}, {@code actor}, {@code recipient},
 * {@code event}, {@code event_loc}, {@code event_text}, {@code quad_code}, {@code event_scale}, {@code mode},
 * {@code context}, {@code link} (the story), {@code text_info}, {@code cite_info}, {@code coder},
 * {@code coded_date}. Fields beyond the manual's ({@code modality}, {@code cameo}) are ours, as the manual allows.
 */
public final class PloverExporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CAMEO sector codes that PLOVER keeps as sectors (manual table 5.2); others become null. */
    private static final Set<String> SECTORS = Set.of("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY",
            "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC");

    private final Writer out;
    private final String coder;

    public PloverExporter(Writer out, String engineVersion) {
        this.out = out;
        this.coder = "sitrep " + engineVersion;
    }

    public void write(StoredEvent e) {
        try {
            out.write(JSON.writeValueAsString(record(e)));
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public ObjectNode record(StoredEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "sitrep-" + e.id());
        o.put("has_event", true);
        o.put("date", e.day());
        ArrayNode actor = o.putArray("actor");
        entity(actor, e.sourceName(), e.sourceCode(), e.sourceCountry(), e.sourceId());
        ArrayNode recipient = o.putArray("recipient");
        entity(recipient, e.targetName(), e.targetCode(), e.targetCountry(), e.targetId());
        o.putArray("event").add(e.plover() != null ? e.plover() : "");
        if (e.placeName() != null) {
            ObjectNode loc = o.putObject("event_loc");
            loc.put("extracted_place", e.placeName());
            loc.put("resolved_place", e.placeName());
            if (e.placeRef() != null && e.placeRef().startsWith("geonames:")) {
                try {
                    loc.put("geonameid", Long.parseLong(e.placeRef().substring(9)));
                } catch (NumberFormatException ignored) {
                    // not a numeric GeoNames id
                }
            }
            loc.put("lat", e.lat());
            loc.put("lon", e.lon());
            loc.put("country", CountryCodes.name(e.placeCountry()));
            loc.put("country_code", e.placeCountry());
            loc.put("resolution", resolution(e.placeKind()));
        } else {
            o.putNull("event_loc");
        }
        o.putArray("event_text").add(e.text());
        if (e.quadClass() > 0) {
            o.put("quad_code", e.quadClass());
        } else {
            o.putNull("quad_code");
        }
        o.put("event_scale", e.goldstein());
        o.putArray("mode");
        o.putArray("context");
        o.put("link", "story-" + e.storyId());
        ObjectNode textInfo = o.putObject("text_info");
        textInfo.put("start", e.start());
        textInfo.put("end", e.end());
        ObjectNode cite = o.putObject("cite_info");
        cite.put("url", e.url());
        cite.put("title", e.title());
        cite.put("language", "en");
        cite.put("publication", e.outlet());
        cite.put("coder", coder);
        cite.put("codebook", "CAMEO 1.1b3 mapped to PLOVER 2.0");
        o.put("coder", coder);
        o.put("coded_date", e.ingestedAt() == null ? null : e.ingestedAt().substring(0, Math.min(10, e.ingestedAt().length())));
        o.put("modality", e.modality());
        o.put("cameo", e.cameo());
        return o;
    }

    private static void entity(ArrayNode list, String name, String code, String country, String localId) {
        if (name == null && code == null) {
            return;
        }
        ObjectNode a = list.addObject();
        String c = country != null ? country : code != null && code.length() >= 3 && CountryCodes.cameo(code.substring(0, 3)) != null
                ? code.substring(0, 3) : null;
        a.put("code", c);
        a.put("sector", sector(code, c));
        a.put("entity_text", name);
        a.put("identifier_id", localId);
        a.put("identifier_text", name);
    }

    /** The first PLOVER sector among the 3-letter parts of a CAMEO actor code after the country. */
    private static String sector(String code, String country) {
        if (code == null) {
            return null;
        }
        int from = country != null && code.startsWith(country) ? 3 : 0;
        for (int i = from; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3).toUpperCase(Locale.ROOT);
            if (SECTORS.contains(part)) {
                return part;
            }
        }
        return null;
    }

    /** The manual's resolution: 5 sub-city, 4 city, 3 district, 2 province, 1 country. */
    private static Integer resolution(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "country" -> 1;
            case "region" -> 2;
            case "city" -> 4;
            case "facility" -> 5;
            default -> null;
        };
    }
}
