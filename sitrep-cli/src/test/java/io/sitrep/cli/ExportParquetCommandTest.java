package io.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.sitrep.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ExportParquetCommandTest {
    @Test
    void parquetExportWritesTheEventsToTheGivenFileAndNeedsOne(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, "--date", "2025-02-03", "../examples/syria-bases.txt").code()).isZero();
        Path out = dir.resolve("x/events.parquet");
        AnalyzeCommandTest.Run r = run("export", "--store", store, "--format", "parquet", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).containsPattern("exported [1-9][0-9]* events to ");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1"); // Parquet magic
        AnalyzeCommandTest.Run noOut = run("export", "--store", store, "--format", "parquet");
        assertThat(noOut.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noOut.err()).contains("--out");
    }
}
