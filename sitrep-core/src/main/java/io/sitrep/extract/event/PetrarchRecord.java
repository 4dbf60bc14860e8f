package io.sitrep.extract.event;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH validation record: its text, date and the codings it expects.
 *
 * @param expected the expected (source, target, code) triples; empty when it expects no event
 */
public record PetrarchRecord(String id, LocalDate date, String text, List<Coding> expected) {
    /** One event as PETRARCH writes it. */
    public record Coding(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }
}
