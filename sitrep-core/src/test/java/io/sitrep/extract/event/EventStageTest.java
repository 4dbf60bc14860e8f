package io.sitrep.extract.event;

import io.sitrep.Analyzer;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Entity;
import io.sitrep.model.Event;
import io.sitrep.model.Modality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The event stage in the standard pipeline, with the real entity stages before it. */
class EventStageTest {
    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final LocalDate MONDAY = LocalDate.of(2025, 2, 10);

    private static Analysis analyze(String body) {
        return ANALYZER.analyze(new Article("test", "Headline", body, MONDAY, null, null));
    }

    private static Map<String, Entity> byId(Analysis a) {
        return a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void eventCarriesCodesDateAndPlaceFromItsSentence() {
        Analysis a = analyze("On Sunday, Russia attacked Ukraine near Kharkiv.");
        Map<String, Entity> ents = byId(a);
        Event e = a.events().stream().filter(x -> x.cameo().startsWith("19")).findFirst().orElseThrow();
        assertThat(ents.get(e.source()).name()).isEqualTo("Russia");
        assertThat(ents.get(e.target()).name()).isEqualTo("Ukraine");
        assertThat(e.plover()).isEqualTo("ASSAULT");
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.goldstein()).isNegative();
        assertThat(e.date()).isEqualTo("2025-02-09");
        assertThat(e.dateRule()).contains("Sunday");
        assertThat(e.place()).isNotNull();
        assertThat(ents.get(e.place()).name()).isEqualTo("Kharkiv");
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(a.article().text().substring(e.start(), e.end())).contains("attacked");
    }

    @Test
    void eventWithoutTimeExpressionTakesThePublicationDate() {
        Analysis a = analyze("Turkey accused Russia of lying.");
        Event e = a.events().stream().filter(x -> x.cameo().startsWith("11")).findFirst().orElseThrow();
        assertThat(e.date()).isEqualTo("2025-02-10");
        assertThat(e.dateRule()).isEqualTo("publication date");
    }

    @Test
    void negatedEventsSayTheyAreNegated() {
        Analysis a = analyze("Russia did not attack Ukraine.");
        Event e = a.events().stream().filter(x -> x.cameo().startsWith("19")).findFirst().orElseThrow();
        assertThat(e.modality()).isEqualTo(Modality.NEGATED);
        assertThat(e.ploverMode()).isEqualTo("negated");
    }

    @Test
    void sentencesWithoutCodableVerbsGiveNoEvents() {
        assertThat(analyze("Russia and Ukraine are neighbours. The weather was mild.").events()).isEmpty();
    }
}
