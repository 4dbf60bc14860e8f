package io.sitrep.resolve;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on the mission's example article (issue 2): the entities it must find, with exact offsets. */
class ExampleArticleTest {
    private static final Path EXAMPLE = Path.of("../examples/syria-bases.txt");

    @Test
    void findsThePersonsCountriesAndPlacesOfTheExample() throws Exception {
        String raw = Files.readString(EXAMPLE);
        io.sitrep.model.Analysis a = io.sitrep.Analyzer.standard().analyzeText(raw);
        String text = a.article().text();
        List<Entity> es = a.entities();
        for (Entity e : es) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).as("offsets of %s", e.name()).isEqualTo(m.text());
            }
        }
        Map<EntityType, List<String>> names = es.stream().collect(Collectors.groupingBy(Entity::type,
                Collectors.mapping(Entity::name, Collectors.toList())));
        assertThat(names.get(EntityType.PERSON)).contains("Murhaf Abu Qasra", "Mikhail Bogdanov", "Hakan Fidan",
                "Bashar al-Assad", "Vladimir Putin");
        assertThat(es.stream().filter(e -> e.type() == EntityType.COUNTRY).map(Entity::code))
                .contains("RUS", "SYR", "TUR", "USA", "IRQ", "JOR");
        assertThat(names.get(EntityType.PLACE)).contains("Tartus", "Latakia", "Mediterranean Sea", "Hmeimim Air Base");

        Entity russia = es.stream().filter(e -> "RUS".equals(e.code()) && e.type() == EntityType.COUNTRY).findFirst().orElseThrow();
        assertThat(russia.mentions()).extracting(Mention::text).contains("Moscow", "Kremlin");
        Entity tartus = es.stream().filter(e -> e.name().equals("Tartus")).findFirst().orElseThrow();
        assertThat(tartus.mentions()).extracting(Mention::text).contains("Tartus", "Tartous");
        assertThat(es).noneMatch(e -> e.type() == EntityType.PLACE && e.name().equals("Moscow"));

        Entity qasra = es.stream().filter(e -> e.name().equals("Murhaf Abu Qasra")).findFirst().orElseThrow();
        assertThat(qasra.role()).isEqualTo("Defence Minister");
        assertThat(qasra.country()).isEqualTo("SYR");
        assertThat(qasra.mentions()).hasSizeGreaterThanOrEqualTo(5);
        Entity sdf = es.stream().filter(e -> e.name().equals("Syrian Democratic Forces")).findFirst().orElseThrow();
        assertThat(sdf.mentions()).extracting(Mention::text).contains("SDF");
        assertThat(es.get(0).id()).isEqualTo("e1");
    }
}
