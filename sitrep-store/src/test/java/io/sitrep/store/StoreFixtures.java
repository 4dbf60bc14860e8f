package io.sitrep.store;

import java.time.LocalDate;

/** Stores filled with the synthetic analyses of {@link Fixtures}, for tests outside this package. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** The wire story from two outlets (one story, 3 events each) and an unrelated UN statement. */
    public static void twoOutletsOneStory(Store store) {
        LocalDate d = LocalDate.of(2025, 2, 11);
        store.put(Fixtures.wire("https://a.example/1", "Agency A", d));
        store.put(Fixtures.wire("Moscow and Damascus talk bases", Fixtures.edited(), "https://b.example/x", "Daily B", d));
    }
}
