package io.sitrep.store.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as containers give them: ISO dates or date-times, or java.util.Date. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    /** The date at the start of an ISO date or date-time string; null when there is none. */
    static LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            throw new IllegalArgumentException("not an ISO date: " + s);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    static LocalDate of(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
