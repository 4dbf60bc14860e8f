package io.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchValidationTest {
    static final String SNIPPET = """
            <Validation>
            <Environment>
                <Verbfile>CAMEO.2.0.txt</Verbfile>
            </Environment>
            <Sentences>
            <Sentence category="TEST" date="20150609" id="ACTIVE" evaluate="true"/>
            <EventCoding eventcode="190" sourcecode="USA" targetcode="RUS" />
            <Text>
            The United States fired anti-aircraft batteries at Russia this week.
            </Text>
            <Parse>not read</Parse>
            </Sentence>
            <Sentence category="TEST" date="20150609" id="NOTHING" evaluate="true"/>
            <!-- a comment -->
            <EventCoding noevents="True" />
            <Text>
            The weather in Paris was mild.
            </Text>
            </Sentence>
            <Sentence category="TEST" date="20150609" id="WRONG" evaluate="true"/>
            <EventCoding eventcode="040" sourcecode="USA" targetcode="RUS" />
            <Text>
            The United States fired anti-aircraft batteries at Russia this week.
            </Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsRecordsOfTheLenientFormat() {
        PetrarchRecordReader.Suite suite = PetrarchRecordReader.parse(SNIPPET);
        assertThat(suite.environment()).containsEntry("Verbfile", "CAMEO.2.0.txt");
        assertThat(suite.records()).hasSize(3);
        PetrarchRecord r = suite.records().get(0);
        assertThat(r.id()).isEqualTo("ACTIVE");
        assertThat(r.date()).isEqualTo(LocalDate.of(2015, 6, 9));
        assertThat(r.text()).isEqualTo("The United States fired anti-aircraft batteries at Russia this week.");
        assertThat(r.expected()).containsExactly(new PetrarchRecord.Coding("USA", "RUS", "190"));
        assertThat(suite.records().get(1).expected()).isEmpty();
    }

    @Test
    void codesRecordsWithTheBundledDictionariesAndComparesExactly(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("snippet.xml");
        Files.writeString(xml, SNIPPET);
        PetrarchRecordReader.Suite suite = PetrarchRecordReader.read(xml);
        PetrarchValidation v = PetrarchValidation.forEnvironment(xml, suite.environment(), m -> { });
        assertThat(v.evaluate(suite.records().get(0)).passed()).isTrue();
        assertThat(v.evaluate(suite.records().get(1)).passed()).isTrue();
        PetrarchValidation.Outcome wrong = v.evaluate(suite.records().get(2));
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.coded()).containsExactly(new PetrarchRecord.Coding("USA", "RUS", "190"));
    }

    @Test
    void gsrValidationSuiteStaysAboveItsFloor() throws Exception {
        // measured 63/78 (80.8%) when this floor was set; raise it as the coder improves
        assertThat(passedIn("../../shared/data/UniversalPetrarch/UniversalPetrarch/data/text/PETR2_GSR_validation.xml",
                78)).isGreaterThanOrEqualTo(63);
    }

    @Test
    void petrarchUnitSuiteStaysAboveItsFloor() throws Exception {
        // measured 206/284 (72.5%) when this floor was set; raise it as the coder improves
        assertThat(passedIn("../../shared/data/petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml", 284))
                .isGreaterThanOrEqualTo(206);
    }

    private static long passedIn(String file, int records) throws Exception {
        Path xml = Path.of(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(xml), "shared data not present");
        PetrarchRecordReader.Suite suite = PetrarchRecordReader.read(xml);
        PetrarchValidation v = PetrarchValidation.forEnvironment(xml, suite.environment(), m -> { });
        assertThat(suite.records()).hasSize(records);
        return suite.records().stream().filter(r -> v.evaluate(r).passed()).count();
    }
}
