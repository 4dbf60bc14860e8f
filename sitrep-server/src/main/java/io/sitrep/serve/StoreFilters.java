package io.sitrep.serve;

import io.sitrep.model.EntityType;
import io.sitrep.store.Filter;

import java.time.LocalDate;
import java.time.YearMonth;

/** Builds store {@link Filter}s from checked query parameters (the store binds every value). */
final class StoreFilters {
    private StoreFilters() {
    }

    /** limit, offset, since, until and q: what every list endpoint accepts. */
    static Filter common(QueryParams p) {
        LocalDate since = firstDay(p.date("since"));
        LocalDate until = lastDay(p.date("until"));
        if (since != null && until != null && since.isAfter(until)) {
            throw ApiException.badRequest("since is after until");
        }
        return Filter.all().limit(p.limit()).offset(p.offset()).since(since).until(until).text(p.text("q"));
    }

    static Filter events(QueryParams p) {
        String cameo = p.cameo("cameo");
        String plover = p.plover("plover");
        if (cameo != null && plover != null) {
            throw ApiException.badRequest("give cameo or plover, not both");
        }
        return common(p).actor(p.text("actor")).country(p.country("country")).code(cameo != null ? cameo : plover)
                .perStory(Boolean.parseBoolean(p.text("per_story")));
    }

    static Filter entities(QueryParams p) {
        EntityType type = p.enumValue("type", EntityType.class);
        return common(p).actor(p.text("name")).country(p.country("country")).type(type == null ? null : type.name());
    }

    static Filter speech(QueryParams p) {
        return common(p).speaker(p.text("speaker"));
    }

    static LocalDate firstDay(String iso) {
        if (iso == null) {
            return null;
        }
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> AnalyzeEndpoint.fullDate(iso);
        };
    }

    static LocalDate lastDay(String iso) {
        if (iso == null) {
            return null;
        }
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> AnalyzeEndpoint.fullDate(iso);
        };
    }
}
