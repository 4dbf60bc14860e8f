package io.sitrep.resolve;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sitrep.resolve.Snippets.byMention;
import static io.sitrep.resolve.Snippets.entities;
import static org.assertj.core.api.Assertions.assertThat;

/** The government of a state in transition, named by what it is: literal snippets through the whole pipeline. */
class InterimGovernmentRecognizerTest {

    @Test
    void aTransitionalGovernmentIsTheArticlesStatesOneOrganisation() {
        List<Entity> es = entities("Syria is redefining its alliances. Russia has held talks with Syria on its bases. "
                + "As the transitional government moves ahead, the interim administration said talks with Russia went on.");
        Entity gov = byMention(es, "transitional government").orElseThrow();
        assertThat(gov.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(gov.name()).isEqualTo("Syrian transitional government");
        assertThat(gov.code()).isEqualTo("SYRGOV");
        assertThat(gov.country()).isEqualTo("SYR");
        assertThat(byMention(es, "interim administration")).contains(gov);
    }

    @Test
    void theStateWrittenBeforeThePhraseWins() {
        // France is the article's main state, but the phrase names Mali's (as a state body, "Mali's ...")
        List<Entity> es = entities("France and France again: officials in Paris met Mali's transitional authorities on "
                + "Monday. The transitional authorities said France had left.");
        Entity first = byMention(es, "Mali's transitional authorities").orElseThrow();
        assertThat(first.country()).isEqualTo("MLI");
        assertThat(first.type()).isEqualTo(EntityType.ORGANIZATION);
        Entity later = byMention(es, "transitional authorities").orElseThrow();
        assertThat(later.country()).as("the bare phrase: the body named before, not the most named state").isEqualTo("MLI");
        assertThat(later.name()).isEqualTo(first.name());
    }

    @Test
    void withoutAStateInTheArticleNothingIsMade() {
        assertThat(entities("The interim government said the talks would resume next week."))
                .noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }
}
