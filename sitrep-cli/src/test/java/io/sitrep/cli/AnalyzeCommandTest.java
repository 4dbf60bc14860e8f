package io.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = SitrepCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exampleArticleGivesOneContractObjectWithExactOffsets() throws Exception {
        Run r = run("analyze", "--format", "json", "--date", "2025-02-03", "../examples/syria-bases.txt");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(lines[0]);
        assertThat(o.get("title").asText()).isEqualTo("Russia could keep Syria military bases says defence minister");
        assertThat(o.get("published").asText()).isEqualTo("2025-02-03");
        String text = o.get("text").asText();
        assertThat(text).startsWith("Syria’s Defence Minister Murhaf Abu Qasra said").doesNotContain("Breadcrumb");
        for (String field : new String[] {"entities", "quotes", "events"}) {
            assertThat(o.get(field).isArray()).as(field).isTrue();
        }
        for (JsonNode e : o.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        for (JsonNode q : o.get("quotes")) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
    }

    @Test
    void badInputsAreNamedOnStderrAndGoodOnesStillProcessed(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Headline\nTurkey proposed a coalition on Sunday.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
        Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {1, 2, 0, 3, 4, 5});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Headline\nCaf\u00e9 talks in Paris.".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Run r = run("analyze", empty.toString(), good.toString(), binary.toString(), blank.toString(), latin1.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out().strip().split("\n")).hasSize(1);
        assertThat(r.out()).contains("Turkey proposed a coalition");
        assertThat(r.err()).contains(empty + ": empty input")
                .contains(binary + ": binary data")
                .contains(blank + ": empty input")
                .contains(latin1 + ": not valid UTF-8")
                .contains(missing + ": no such file");
        Run withEncoding = run("analyze", "--encoding", "ISO-8859-1", latin1.toString());
        assertThat(withEncoding.code()).isZero();
        assertThat(withEncoding.out()).contains("Caf\u00e9 talks");
    }

    @Test
    void textFormatIsReadable() {
        Run r = run("analyze", "--format", "text", "../examples/syria-bases.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("== Russia could keep Syria military bases says defence minister");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("analyze", "--nope", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }
}
