package io.sitrep.store.ingest;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param read            inputs seen
 * @param stored          articles stored
 * @param duplicates      inputs already in the store (or twice in this run)
 * @param failed          inputs that could not be read or analysed; {@code failures} says why
 * @param seconds         wall-clock time
 * @param analysisSeconds time spent reading, cleaning and analysing, summed over the worker threads
 * @param storeSeconds    time spent writing to the store (one writer)
 */
public record IngestSummary(long read, long stored, long duplicates, long failed, List<Failure> failures,
                            double seconds, double analysisSeconds, double storeSeconds) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** One input that failed, and why. */
    public record Failure(String input, String reason) {
        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }

    /** Stored articles per second of wall-clock time. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : stored / seconds;
    }

    /** The store's share of the work: store time over analysis plus store time. */
    public double storeShare() {
        double total = analysisSeconds + storeSeconds;
        return total <= 0 ? 0 : storeSeconds / total;
    }

    /** "read 20, stored 16, duplicates 3, failed 1 in 4.2 s (3.8 articles/s; store 6% of the work)". */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "read %d, stored %d, duplicates %d, failed %d in %.1f s (%.1f articles/s; store %.0f%% of the work)",
                read, stored, duplicates, failed, seconds, articlesPerSecond(), 100 * storeShare());
    }
}
