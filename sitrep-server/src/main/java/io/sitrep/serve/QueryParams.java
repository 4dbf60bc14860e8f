package io.sitrep.serve;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks query parameters: each value is validated against its expected shape and refused with 400
 * otherwise, so that nothing unchecked reaches a query (values are also bound, never concatenated).
 */
final class QueryParams {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_TEXT = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_]{1,31}");
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9]{3,30}");

    private final Context ctx;

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** Free text (a name, a search query): trimmed, null when absent or blank, 400 when absurdly long. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    String requiredText(String name) {
        String v = text(name);
        if (v == null) {
            throw ApiException.badRequest("missing query parameter " + name);
        }
        return v;
    }

    int limit() {
        return intIn("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    int offset() {
        return intIn("offset", 0, 0, 1_000_000);
    }

    int intIn(String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer");
        }
    }

    /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
    String date(String name) {
        return matching(name, DATE, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", false);
    }

    /** ISO 3166-1 alpha-3 country code, upper-cased. */
    String country(String name) {
        return matching(name, COUNTRY, "an ISO 3166-1 alpha-3 country code such as SYR", true);
    }

    String cameo(String name) {
        return matching(name, CAMEO, "a CAMEO event code of 2 to 4 digits such as 043", false);
    }

    String plover(String name) {
        return matching(name, PLOVER, "a PLOVER category such as CONSULT", true);
    }

    String actorCode(String name) {
        return matching(name, ACTOR_CODE, "a CAMEO actor code such as SYRGOV", true);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private String matching(String name, Pattern p, String what, boolean upper) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (upper) {
            v = v.toUpperCase(Locale.ROOT);
        }
        if (!p.matcher(v).matches()) {
            throw ApiException.badRequest(name + " must be " + what);
        }
        return v;
    }

    /** Checks a path parameter that names a country. */
    static String countryPath(String v) {
        String c = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(c).matches()) {
            throw ApiException.badRequest("country must be an ISO 3166-1 alpha-3 code such as SYR");
        }
        return c;
    }
}
