package io.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalPetrarchCommandTest {
    private static final String XML = """
            <Validation><Sentences>
            <Sentence date="20150609" id="OK"><EventCoding eventcode="190" sourcecode="USA" targetcode="RUS" />
            <Text>The United States fired anti-aircraft batteries at Russia this week.</Text></Sentence>
            <Sentence date="20150609" id="BAD"><EventCoding eventcode="040" sourcecode="USA" targetcode="RUS" />
            <Text>The United States fired anti-aircraft batteries at Russia this week.</Text></Sentence>
            </Sentences></Validation>
            """;

    @Test
    void printsFailuresAndEndsWithTheSummaryLine(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("records.xml");
        Files.writeString(xml, XML);
        CommandLine cl = SitrepCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("eval", "petrarch", xml.toString());
        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("1 passed, 1 failed");
        assertThat(out.toString()).contains("FAIL BAD").contains("expected: USA RUS 040").contains("coded:    USA RUS 190");
    }

    @Test
    void missingFileIsABadInput(@TempDir Path dir) {
        CommandLine cl = SitrepCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("eval", "petrarch", dir.resolve("none.xml").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no such file");
    }
}
