package io.sitrep.extract.quote;

import io.sitrep.Analyzer;
import io.sitrep.model.Analysis;
import io.sitrep.model.Claim;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.sitrep.extract.quote.Snippet.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The mission's example article through the whole standard pipeline: its 7 gold quotes with their speakers. */
class ExampleArticleQuotesTest {
    private static final Path ARTICLE = Path.of("../../shared/examples/syria-bases.txt");

    @Test
    void sevenQuotesWithTheirSpeakers() throws Exception {
        Assumptions.assumeTrue(Files.exists(ARTICLE), "shared example not present");
        Analysis a = Analyzer.standard().analyzeText(Files.readString(ARTICLE));
        List<Quote> qs = a.quotes();
        assertThat(Snippet.texts(qs)).containsExactly(
                "improved significantly",
                "in politics, there are no permanent enemies",
                "If we get benefits for Syria out of this, yes",
                "So far, nothing has changed",
                "The issue of whether the United States will maintain a military presence in Syria\u2019s northeast is under negotiation",
                "The military solution will cause bloodshed on both sides",
                "According to our assessment, the solution will be peaceful. We are not inclined toward a military solution.");
        for (Quote q : qs) {
            String want = q.text().startsWith("So far") ? "Mikhail Bogdanov" : "Murhaf Abu Qasra";
            assertThat(q.speakerName()).as(q.text()).isEqualTo(want);
            assertThat(a.entity(q.speaker()).name()).isEqualTo(want);
            assertThat(q.cue()).as(q.text()).isNotNull();
        }
        // "he said" after "The minister emphasised ...": the pronoun and the description both resolved
        assertThat(speakerOf(qs, "The military solution")).isEqualTo("Murhaf Abu Qasra");
        assertThat(qs.get(5).rule()).isEqualTo("cue-after+pronoun");
        assertThat(qs.get(6).rule()).isEqualTo("previous-speaker");

        Claim bases = a.claims().get(0);
        assertThat(bases.speakerName()).isEqualTo("Murhaf Abu Qasra");
        assertThat(bases.text()).startsWith("Russia might be allowed to retain its military bases");
        assertThat(bases.modality()).isEqualTo(Modality.CONDITIONAL);
        assertThat(a.claims()).anySatisfy(c -> {
            assertThat(c.speakerName()).isEqualTo("Hakan Fidan");
            assertThat(c.modality()).isEqualTo(Modality.PROPOSED);
        });
    }
}
