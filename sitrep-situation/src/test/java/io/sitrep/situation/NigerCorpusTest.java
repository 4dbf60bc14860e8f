package io.sitrep.situation;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time-ordered corpus of nine short articles written for this test (src/test/resources/situation-corpus,
 * dated by file name) about foreign forces in Niger: a deployment, talks, a withdrawal, a denial against a
 * local report, and a new arrival. Runs the real pipeline end to end.
 */
class NigerCorpusTest {
    private static final List<Analysis> CORPUS = new ArrayList<>();
    private final SituationBuilder builder = new SituationBuilder();

    @BeforeAll
    static void analyse() throws Exception {
        Analyzer analyzer = Analyzer.standard();
        ArticleReader reader = new ArticleReader();
        Path dir = Path.of("src/test/resources/situation-corpus");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                LocalDate date = LocalDate.parse(name.substring(3, 13));
                Article a = reader.read(f);
                CORPUS.add(analyzer.analyze(new Article(name, a.title(), a.text(), date, name, "test")));
            }
        }
        assertThat(CORPUS).hasSize(9);
    }

    private Situation asOf(String date) {
        return builder.build("NER", CORPUS, date == null ? null : LocalDate.parse(date));
    }

    /** Where the test articles place things: a site counts as the town or any facility within 30 km of it. */
    private static final java.util.Map<String, double[]> TOWNS = java.util.Map.of(
            "Agadez", new double[] {16.97, 7.99}, "Niamey", new double[] {13.51, 2.11});

    private static boolean at(Site site, String town) {
        if (site == null) {
            return false;
        }
        if (site.name().contains(town)) {
            return true;
        }
        double[] c = TOWNS.get(town);
        return site.lat() != null && Geo.km(site.lat(), site.lon(), c[0], c[1]) <= 30;
    }

    private static Presence row(Situation s, String actorCode, String siteName) {
        return s.presence().stream()
                .filter(p -> actorCode.equals(p.actor().code()))
                .filter(p -> at(p.site(), siteName))
                .findFirst().orElseThrow(() -> new AssertionError("no " + actorCode + " @ " + siteName + " in "
                        + SituationText.render(s)));
    }

    @Test
    void afterTheCoupUsTroopsArePresentAtAgadezAndNobodyElseYet() {
        Situation s = asOf("2023-08-31");
        assertThat(row(s, "USA", "Agadez").status()).isEqualTo(PresenceStatus.PRESENT);
        assertThat(s.presence()).allMatch(p -> "USA".equals(p.actor().code()));
    }

    @Test
    void frenchPresenceGoesFromTalksToWithdrawingToWithdrawnKeepingItsHistory() {
        assertThat(row(asOf("2023-09-30"), "FRA", "Niamey").status()).isEqualTo(PresenceStatus.NEGOTIATING);
        assertThat(row(asOf("2023-10-31"), "FRA", "Niamey").status()).isEqualTo(PresenceStatus.WITHDRAWING);
        Presence end = row(asOf("2023-12-31"), "FRA", "Niamey");
        assertThat(end.status()).isEqualTo(PresenceStatus.WITHDRAWN);
        assertThat(end.history()).extracting(Presence.StatusChange::status)
                .containsSubsequence(PresenceStatus.NEGOTIATING, PresenceStatus.WITHDRAWING, PresenceStatus.WITHDRAWN);
        assertThat(end.since()).isEqualTo("2013");
        assertThat(end.updated()).isEqualTo(LocalDate.of(2023, 12, 22));
    }

    @Test
    void usPresenceIsContestedThenWithdrawnAndTheDisagreementIsListed() {
        Situation march = asOf("2024-03-26");
        Presence us = row(march, "USA", "Agadez");
        assertThat(us.status()).isIn(PresenceStatus.DENIED, PresenceStatus.NEGOTIATING);
        assertThat(march.disagreements()).anySatisfy(d -> {
            assertThat(d.topic()).contains("United States");
            assertThat(d.claims()).extracting(Evidence::status).contains(PresenceStatus.WITHDRAWING);
            assertThat(d.claims()).extracting(Evidence::speaker).contains("Moussa Abdoulaye");
        });
        Presence end = row(asOf(null), "USA", "Agadez");
        assertThat(end.status()).isEqualTo(PresenceStatus.WITHDRAWN);
        assertThat(end.updated()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(end.history().get(0).status()).isEqualTo(PresenceStatus.PRESENT);
        assertThat(end.evidence().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void russianInstructorsArriveAfterTheFrenchLeft() {
        assertThat(asOf("2024-04-01").presence()).noneMatch(p -> "RUS".equals(p.actor().code()));
        assertThat(row(asOf(null), "RUS", "Niamey").status()).isEqualTo(PresenceStatus.PRESENT);
    }
}
