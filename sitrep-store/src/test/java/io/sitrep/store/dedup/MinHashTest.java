package io.sitrep.store.dedup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {
    static final Path DEV = Path.of("../../shared/examples/dev");

    @Test
    void anEditedCopyOfAStoryIsSimilarAndAnotherStoryIsNot() throws IOException {
        String a = Files.readString(DEV.resolve("05.txt"));
        String edited = "A different headline for the same story\n" + a.replaceFirst("\n[^\n]*\n", "\n")
                .replace(" said ", " told reporters ") + "\nAdditional reporting by a second outlet.";
        String other = Files.readString(DEV.resolve("06.txt"));
        long[] sa = MinHash.signature(a);
        assertThat(MinHash.similarity(sa, MinHash.signature(a))).isEqualTo(1.0);
        assertThat(MinHash.similarity(sa, MinHash.signature(edited))).isGreaterThanOrEqualTo(MinHash.SAME_STORY);
        assertThat(MinHash.similarity(sa, MinHash.signature(other))).isLessThan(0.1);
        // sharing a band is what makes the candidate lookup find the copy
        long[] ka = MinHash.bandKeys(sa);
        long[] ke = MinHash.bandKeys(MinHash.signature(edited));
        int shared = 0;
        for (int i = 0; i < ka.length; i++) {
            shared += ka[i] == ke[i] ? 1 : 0;
        }
        assertThat(shared).isPositive();
    }

    @Test
    void signaturesRoundTripThroughText() {
        long[] s = MinHash.signature("Troops left the base near Tartus on Monday, officials said.");
        assertThat(MinHash.decode(MinHash.encode(s))).containsExactly(s);
        assertThat(MinHash.signature(" \n ")).isNull();
        assertThat(MinHash.signature("Short text")).hasSize(MinHash.HASHES);
    }
}
