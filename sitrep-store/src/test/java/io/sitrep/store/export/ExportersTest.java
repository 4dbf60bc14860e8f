package io.sitrep.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.store.Filter;
import io.sitrep.store.Store;
import io.sitrep.store.StoreFixtures;
import io.sitrep.store.Stores;
import io.sitrep.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The export formats against their specifications: GDELT's codebook columns, the PLOVER manual's field names. */
class ExportersTest {
    /** GDELT Event Codebook V2.0, the event table's fields in order (the date field as SQLDATE). */
    static final List<String> GDELT_CODEBOOK = List.of("GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
            "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    static final Path PLOVER_MANUAL = Path.of("../../shared/data/PLOVER/PLOVER_MANUAL.derived.txt");

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Stores.openDir(dir);
        StoreFixtures.twoOutletsOneStory(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void gdeltRowsHaveTheCodebooksSixtyOneColumns() {
        assertThat(GDELT_CODEBOOK).hasSize(61);
        assertThat(GdeltExporter.COLUMNS).isEqualTo(GDELT_CODEBOOK);
        StringWriter out = new StringWriter();
        GdeltExporter g = new GdeltExporter(out);
        g.header();
        store.forEachEvent(Filter.all().perStory(true), g::write);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines[0].split("\t", -1)).containsExactlyElementsOf(GDELT_CODEBOOK);
        Map<String, String> met = null;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            assertThat(f).hasSize(61);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < 61; c++) {
                row.put(GDELT_CODEBOOK.get(c), f[c]);
            }
            if (row.get("EventCode").equals("043")) {
                met = row;
            }
        }
        assertThat(met).isNotNull();
        assertThat(met.get("SQLDATE")).isEqualTo("20250211");
        assertThat(met.get("MonthYear")).isEqualTo("202502");
        assertThat(met.get("Year")).isEqualTo("2025");
        assertThat(met.get("FractionDate")).isEqualTo("2025.1151");
        assertThat(met.get("Actor1Code")).isEqualTo("RUS");
        assertThat(met.get("Actor1Name")).isEqualTo("RUSSIA");
        assertThat(met.get("Actor1CountryCode")).isEqualTo("RUS");
        assertThat(met.get("Actor2Code")).isEqualTo("SYRGOVMIL");
        assertThat(met.get("Actor2CountryCode")).isEqualTo("SYR");
        assertThat(met.get("Actor2Type1Code")).isEqualTo("GOV");
        assertThat(met.get("Actor2Type2Code")).isEqualTo("MIL");
        assertThat(met.get("IsRootEvent")).isEqualTo("1");
        assertThat(met.get("EventBaseCode")).isEqualTo("043");
        assertThat(met.get("EventRootCode")).isEqualTo("04");
        assertThat(met.get("QuadClass")).isEqualTo("1");
        assertThat(met.get("GoldsteinScale")).isEqualTo("2.8");
        assertThat(met.get("NumMentions")).isEqualTo("2");
        assertThat(met.get("NumSources")).isEqualTo("2");
        assertThat(met.get("NumArticles")).isEqualTo("2");
        // geographic country codes are FIPS 10-4: Syria is SY (ISO SYR)
        assertThat(met.get("ActionGeo_Type")).isEqualTo("4");
        assertThat(met.get("ActionGeo_FullName")).isEqualTo("Damascus, Syria");
        assertThat(met.get("ActionGeo_CountryCode")).isEqualTo("SY");
        assertThat(met.get("ActionGeo_Lat")).isEqualTo("33.5100");
        assertThat(met.get("ActionGeo_FeatureID")).isEqualTo("170654");
        assertThat(met.get("DATEADDED")).matches("\\d{14}");
        assertThat(met.get("SOURCEURL")).isEqualTo("https://a.example/1");
    }

    @Test
    void countryCodesFollowTheCodebooksSystems() {
        assertThat(CountryCodes.fips("DEU")).isEqualTo("GM");
        assertThat(CountryCodes.fips("GBR")).isEqualTo("UK");
        assertThat(CountryCodes.fips("RUS")).isEqualTo("RS");
        assertThat(CountryCodes.cameo("XKX")).isEqualTo("KSV");
        assertThat(CountryCodes.cameo("SYR")).isEqualTo("SYR");
        assertThat(CountryCodes.cameo("GOV")).isNull();
    }

    @Test
    void ploverRecordsUseTheManualsFieldNames() throws IOException {
        Map<String, Boolean> spec = ploverFields();
        assertThat(spec).containsKeys("id", "date", "actor", "recipient", "event", "event_loc", "quad_code",
                "event_scale", "text_info", "cite_info", "coded_date");
        StringWriter out = new StringWriter();
        PloverExporter p = new PloverExporter(out, "test");
        store.forEachEvent(Filter.all(), p::write);
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            records.add(new ObjectMapper().readTree(line));
        }
        assertThat(records).hasSize(6);
        List<String> ours = List.of("modality", "cameo");
        for (JsonNode r : records) {
            spec.forEach((name, required) -> {
                if (required) {
                    assertThat(r.has(name)).as("required PLOVER field " + name).isTrue();
                }
            });
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                assertThat(spec.containsKey(f) || ours.contains(f)).as("field " + f + " is in the manual").isTrue();
            }
            for (JsonNode a : r.get("actor")) {
                for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                    assertThat(List.of("code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                            "ethnicity", "office", "gender", "age")).contains(it.next());
                }
            }
        }
        JsonNode met = records.stream().filter(r -> r.get("cameo").asText().equals("043")).findFirst().orElseThrow();
        assertThat(met.get("date").asText()).isEqualTo("2025-02-11");
        assertThat(met.get("event").get(0).asText()).isEqualTo("CONSULT");
        assertThat(met.get("actor").get(0).get("code").asText()).isEqualTo("RUS");
        assertThat(met.get("recipient").get(0).get("code").asText()).isEqualTo("SYR");
        assertThat(met.get("recipient").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(met.get("event_loc").get("country_code").asText()).isEqualTo("SYR");
        assertThat(met.get("event_loc").get("geonameid").asLong()).isEqualTo(170654L);
        assertThat(met.get("quad_code").asInt()).isEqualTo(1);
    }

    /** Table 6.1 of the PLOVER manual: field name (words joined by '_') to whether it is required. */
    static Map<String, Boolean> ploverFields() throws IOException {
        List<String> lines = Files.readAllLines(PLOVER_MANUAL);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Table 6.1: PLOVER JSON")) {
                start = i;
            }
        }
        assertThat(start).as("table 6.1 in the manual").isPositive();
        Pattern row = Pattern.compile("^\\s{4,}([a-z]+(?: [a-z]+)?)\\s{2,}.*\\s([YN])\\s*$");
        Map<String, Boolean> fields = new LinkedHashMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).strip().startsWith("Notes:"); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (m.matches()) {
                fields.put(m.group(1).replace(' ', '_'), m.group(2).equals("Y"));
            }
        }
        return fields;
    }

    @Test
    void jsonlExportIsTheContractObjectPlusStoreFields() throws IOException {
        StringWriter out = new StringWriter();
        JsonlExporter j = new JsonlExporter(out);
        store.forEachArticle(j::write);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode o = new ObjectMapper().readTree(lines[0]);
        for (String f : List.of("title", "published", "text", "entities", "quotes", "events", "id", "story",
                "content_hash", "engine_version", "ingested_at")) {
            assertThat(o.has(f)).as(f).isTrue();
        }
        assertThat(o.get("events")).hasSize(3);
        List<StoredEvent> sink = new ArrayList<>();
        store.forEachEvent(Filter.all(), sink::add);
        assertThat(sink).hasSize(6);
    }
}
