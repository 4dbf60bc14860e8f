package io.sitrep.situation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SituationBuilderTest {
    private final SituationBuilder builder = new SituationBuilder();

    private static Presence row(Situation s, String actor, String siteOrArea) {
        return s.presence().stream()
                .filter(p -> p.actor().name().equals(actor))
                .filter(p -> siteOrArea == null ? p.site() == null && p.area() == null
                        : p.site() != null && p.site().name().equals(siteOrArea) || siteOrArea.equals(p.area()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + actor + " @ " + siteOrArea + " in " + s.presence()));
    }

    @Test
    void cityAfterAnInstallationNounIsTheNearbyFacilityAndConditionalTalkMakesItNegotiating() {
        var a = Fixture.article("a1", "2025-02-01",
                        "Russia was in talks to retain its two bases in Syria, a naval facility in Tartous, and the Hmeimim airbase near Latakia.\n"
                                + "Syria is considering Moscow's demands to retain its naval base in Tartus and airbase in Latakia.\n"
                                + "The minister said Russia could be allowed to keep these facilities if Syria benefits.")
                .country("Syria", "SYR", "Syria")
                .country("Russia", "RUS", "Russia", "Moscow")
                .place("Tartus naval facility", "facility", "SYR", 34.91, 35.87, "naval facility in Tartous")
                .place("Hmeimim Air Base", "facility", "SYR", 35.40, 35.95, "Hmeimim airbase")
                .place("Tartus", "city", "SYR", 34.89, 35.89, "Tartous", "Tartus")
                .place("Latakia", "city", "SYR", 35.52, 35.79, "Latakia")
                .build();
        Situation s = builder.build("SYR", List.of(a), null);
        assertThat(s.presence()).extracting(p -> p.actor().name()).containsOnly("Russia");
        Presence tartus = row(s, "Russia", "Tartus naval facility");
        Presence hmeimim = row(s, "Russia", "Hmeimim Air Base");
        assertThat(tartus.status()).isEqualTo(PresenceStatus.NEGOTIATING);
        assertThat(hmeimim.status()).isEqualTo(PresenceStatus.NEGOTIATING);
        assertThat(hmeimim.site().lat()).isEqualTo(35.40);
        // the actor-level conditional statement is evidence for both sites
        assertThat(tartus.evidence()).anyMatch(e -> e.text().contains("if Syria benefits") && e.modality().json().equals("conditional"));
        assertThat(hmeimim.evidence()).anyMatch(e -> e.text().contains("if Syria benefits"));
        assertThat(s.presence()).noneMatch(p -> p.site() != null && p.site().name().equals("Latakia"));
    }

    @Test
    void directionalAreaAndSinceDate() {
        var a = Fixture.article("a2", "2025-02-01",
                        "US forces, stationed in northeastern Syria since 2015 to combat the Islamic State, maintain control over key areas.")
                .country("Syria", "SYR", "Syria")
                .country("United States", "USA", "US")
                .build();
        Situation s = builder.build("SYR", List.of(a), null);
        Presence us = row(s, "United States", "northeastern Syria");
        assertThat(us.status()).isEqualTo(PresenceStatus.PRESENT);
        assertThat(us.since()).isEqualTo("2015");
        assertThat(us.updated()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void laterWithdrawalChangesStatusAndKeepsHistoryAndAsOfShowsThePast() {
        var deploy = Fixture.article("d1", "2024-01-10", "French troops are stationed at the air base in Niamey, in Niger.")
                .country("Niger", "NER", "Niger").country("France", "FRA", "French")
                .place("Niamey", "city", "NER", 13.51, 2.11, "Niamey").build();
        var talks = Fixture.article("d2", "2024-02-10", "France is in talks with Niger about the future of its troops in Niamey.")
                .country("Niger", "NER", "Niger").country("France", "FRA", "France")
                .place("Niamey", "city", "NER", 13.51, 2.11, "Niamey").build();
        var out = Fixture.article("d3", "2024-03-10", "The last French troops have withdrawn from the base in Niamey, Niger's army said.")
                .country("Niger", "NER", "Niger").country("France", "FRA", "French")
                .place("Niamey", "city", "NER", 13.51, 2.11, "Niamey").build();
        List<io.sitrep.model.Analysis> all = List.of(out, deploy, talks);

        Presence now = row(builder.build("NER", all, null), "France", "Niamey");
        assertThat(now.status()).isEqualTo(PresenceStatus.WITHDRAWN);
        assertThat(now.history()).extracting(Presence.StatusChange::status)
                .containsExactly(PresenceStatus.PRESENT, PresenceStatus.NEGOTIATING, PresenceStatus.WITHDRAWN);
        assertThat(now.since()).isEqualTo("2024-01-10");
        assertThat(now.updated()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(now.evidence()).hasSize(3);

        Presence feb = row(builder.build("NER", all, LocalDate.of(2024, 2, 28)), "France", "Niamey");
        assertThat(feb.status()).isEqualTo(PresenceStatus.NEGOTIATING);
        assertThat(feb.evidence()).hasSize(2);
        assertThat(builder.build("NER", all, LocalDate.of(2023, 12, 31)).presence()).isEmpty();
    }

    @Test
    void contradictingSpeakersAreADisagreementNotAMerge() {
        var a = Fixture.article("c1", "2024-03-25",
                        "\"Our troops in Niger are not withdrawing from the base near Agadez,\" said Daniel Harker.\n"
                                + "\"US troops are withdrawing from the base near Agadez,\" said Moussa Abdoulaye.")
                .country("Niger", "NER", "Niger").country("United States", "USA", "US")
                .place("Agadez", "city", "NER", 16.97, 7.99, "Agadez")
                .person("Daniel Harker", "USA", "Daniel Harker").person("Moussa Abdoulaye", "NER", "Moussa Abdoulaye")
                .quote("Our troops in Niger are not withdrawing from the base near Agadez,", "Daniel Harker")
                .quote("US troops are withdrawing from the base near Agadez,", "Moussa Abdoulaye")
                .build();
        Situation s = builder.build("NER", List.of(a), null);
        assertThat(s.disagreements()).hasSize(1);
        assertThat(s.disagreements().get(0).claims()).extracting(Evidence::speaker)
                .containsExactlyInAnyOrder("Daniel Harker", "Moussa Abdoulaye");
        assertThat(s.disagreements().get(0).claims()).extracting(Evidence::status)
                .containsExactlyInAnyOrder(PresenceStatus.DENIED, PresenceStatus.WITHDRAWING);
        assertThat(s.statements()).extracting(Statement::speaker).contains("Daniel Harker", "Moussa Abdoulaye");
    }

    @Test
    void aThirdCountryNamedInPassingIsNotAnActor() {
        var a = Fixture.article("p1", "2023-10-05",
                        "The first convoy of French soldiers is heading to Chad under escort from Niamey, in Niger, the army added.")
                .country("Niger", "NER", "Niger").country("France", "FRA", "French").country("Chad", "TCD", "Chad")
                .place("Niamey", "city", "NER", 13.51, 2.11, "Niamey").build();
        Situation s = builder.build("NER", List.of(a), null);
        assertThat(s.presence()).extracting(p -> p.actor().name()).doesNotContain("Chad");
    }

    @Test
    void jsonHasTheContractShape() {
        var a = Fixture.article("j1", "2025-02-01", "Russia's naval base in Tartus, Syria, is still operating.")
                .country("Syria", "SYR", "Syria").country("Russia", "RUS", "Russia")
                .place("Tartus", "city", "SYR", 34.89, 35.89, "Tartus").build();
        String json = SituationJson.toJson(builder.build("SYR", List.of(a), null));
        assertThat(json).contains("\"country\":\"SYR\"", "\"presence\":[", "\"actor\":{\"name\":\"Russia\",\"code\":\"RUS\"}",
                "\"site\":{\"name\":\"Tartus\",\"kind\":\"city\"", "\"status\":\"present\"", "\"statements\":[", "\"disagreements\":[",
                "\"evidence\":[{\"article\":\"j1\",\"date\":\"2025-02-01\"");
        assertThat(SituationText.render(builder.build("SYR", List.of(a), null))).contains("Russia", "Tartus (city): present");
    }
}
