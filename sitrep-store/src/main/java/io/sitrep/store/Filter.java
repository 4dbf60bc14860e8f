package io.sitrep.store;

import java.time.LocalDate;

/**
 * Filters and paging shared by every query. Unset fields (null) do not filter. Build with withers:
 * {@code Filter.all().actor("SYR").since(LocalDate.parse("2025-01-01")).limit(50)}.
 *
 * @param actor    events: an actor code prefix ("SYR" matches "SYRGOVMIL") or a canonical name ("Russia") of
 *                 the source or target; entities: the code prefix or name
 * @param speaker  quotes and claims: the speaker's canonical name or its last words ("Abu Qasra"), any case
 * @param country  ISO alpha-3: events where source, target or place belongs to it; entities of that country
 * @param code     events: a CAMEO code prefix ("19", "043") or a PLOVER category ("CONSULT")
 * @param since    first day included (event day, else publication date)
 * @param until    last day included
 * @param text     words that the event sentence, quote, claim or entity name contains (case-insensitive)
 * @param type     entities: PERSON, COUNTRY, ORGANIZATION, GROUP or PLACE
 * @param perStory events: one row per story, source, target and code, with the story's counts
 * @param limit    page size (1..10000)
 * @param offset   rows to skip
 */
public record Filter(String actor, String speaker, String country, String code, LocalDate since, LocalDate until,
                     String text, String type, boolean perStory, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    public Filter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        actor = blankToNull(actor);
        speaker = blankToNull(speaker);
        country = blankToNull(country);
        code = blankToNull(code);
        text = blankToNull(text);
        type = blankToNull(type);
    }

    public static Filter all() {
        return new Filter(null, null, null, null, null, null, null, null, false, DEFAULT_LIMIT, 0);
    }

    public Filter actor(String v) {
        return new Filter(v, speaker, country, code, since, until, text, type, perStory, limit, offset);
    }

    public Filter speaker(String v) {
        return new Filter(actor, v, country, code, since, until, text, type, perStory, limit, offset);
    }

    public Filter country(String v) {
        return new Filter(actor, speaker, v, code, since, until, text, type, perStory, limit, offset);
    }

    public Filter code(String v) {
        return new Filter(actor, speaker, country, v, since, until, text, type, perStory, limit, offset);
    }

    public Filter since(LocalDate v) {
        return new Filter(actor, speaker, country, code, v, until, text, type, perStory, limit, offset);
    }

    public Filter until(LocalDate v) {
        return new Filter(actor, speaker, country, code, since, v, text, type, perStory, limit, offset);
    }

    public Filter text(String v) {
        return new Filter(actor, speaker, country, code, since, until, v, type, perStory, limit, offset);
    }

    public Filter type(String v) {
        return new Filter(actor, speaker, country, code, since, until, text, v, perStory, limit, offset);
    }

    public Filter perStory(boolean v) {
        return new Filter(actor, speaker, country, code, since, until, text, type, v, limit, offset);
    }

    public Filter limit(int v) {
        return new Filter(actor, speaker, country, code, since, until, text, type, perStory, v, offset);
    }

    public Filter offset(int v) {
        return new Filter(actor, speaker, country, code, since, until, text, type, perStory, limit, v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
