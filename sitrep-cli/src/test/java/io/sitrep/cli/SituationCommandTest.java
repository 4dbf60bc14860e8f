package io.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.sitrep.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class SituationCommandTest {
    @Test
    void exampleArticleAloneGivesRussiaAtTartusAndHmeimimAndTheUsInTheNortheast(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, "--date", "2025-02-03", "../examples/syria-bases.txt").code()).isZero();
        AnalyzeCommandTest.Run r = run("situation", "--store", store, "SYR", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("country").asText()).isEqualTo("SYR");
        List<JsonNode> russia = new ArrayList<>();
        JsonNode us = null;
        for (JsonNode p : s.get("presence")) {
            if (p.get("actor").get("code").asText().equals("RUS")) {
                russia.add(p);
            }
            if (p.get("actor").get("code").asText().equals("USA") && p.path("area").asText().equals("northeastern Syria")) {
                us = p;
            }
        }
        assertThat(russia).extracting(p -> p.get("site").get("name").asText())
                .anyMatch(n -> n.contains("Tartus")).anyMatch(n -> n.contains("Hmeimim"));
        for (JsonNode p : russia) {
            assertThat(p.get("status").asText()).isEqualTo("negotiating");
            assertThat(p.get("site").get("kind").asText()).isEqualTo("facility");
            assertThat(p.get("evidence").findValuesAsText("text")).anyMatch(t -> t.contains("If we get benefits for Syria out of this, yes"));
            assertThat(p.get("evidence").findValuesAsText("modality")).contains("conditional");
        }
        JsonNode hmeimim = russia.stream().filter(p -> p.get("site").get("name").asText().contains("Hmeimim")).findFirst().orElseThrow();
        assertThat(hmeimim.get("site").get("lat").asDouble()).isBetween(35.3, 35.5);
        assertThat(us).as("US in northeastern Syria").isNotNull();
        assertThat(us.get("status").asText()).isEqualTo("negotiating");
        assertThat(us.get("since").asText()).isEqualTo("2015");
        assertThat(us.get("updated").asText()).isEqualTo("2025-02-03");
        for (JsonNode p : s.get("presence")) {
            assertThat(p.get("actor").get("code").asText()).isNotEqualTo("SYR");
        }
    }

    @Test
    void badCountryCodeIsAUsageError(@TempDir Path dir) {
        AnalyzeCommandTest.Run r = run("situation", "--store", dir.toString(), "Syria");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("ISO 3166-1 alpha-3");
    }
}
