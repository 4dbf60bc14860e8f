package io.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A store folder that cannot be created, a read-only file system and a full disk: each gives one clear
 * line on stderr naming the store and the reason, exit 1, and no stack trace. The file-system cases mount
 * a small tmpfs (root only; skipped elsewhere): as root, permission bits alone would not stop a write.
 */
class StoreDiskFaultsTest {
    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            run("umount", m.toString());
        }
    }

    @Test
    void aStoreFolderThatCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path article = article();
        CliRun r = CliRun.of("ingest", "--store", file.resolve("store").toString(), article.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("sitrep: cannot create the store folder " + file.resolve("store") + ": ");
    }

    @Test
    void aReadOnlyFileSystem() throws Exception {
        Path mount = tmpfs("ro", "1m");
        Path article = article();
        assertThat(CliRun.of("ingest", "--store", mount.resolve("store").toString(), article.toString()).exit()).isZero();
        assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();

        for (String store : List.of("store", "new-store")) {
            CliRun r = CliRun.of("ingest", "--store", mount.resolve(store).toString(), article.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().toList()).as(store).singleElement().asString()
                    .matches("sitrep: cannot (open the store|create the store folder) " + mount.resolve(store) + ": .*")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aFullDisk() throws Exception {
        Path mount = tmpfs("full", "600k");
        Path input = CrashRecoveryTest.bigInput(dir, 200);
        CliRun r = CliRun.of("ingest", "--store", mount.resolve("store").toString(), "--batch", "8", input.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).last().asString()
                .startsWith("sitrep: cannot write to the store " + mount.resolve("store") + ": ")
                .contains("database or disk is full");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("article.txt"), "Talks resume in Geneva\nThe foreign minister said the talks would resume.\n");
    }

    private Path tmpfs(String name, String size) throws Exception {
        Path m = Files.createDirectories(dir.resolve(name));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", m.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root)");
        mounts.add(0, m);
        return m;
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
