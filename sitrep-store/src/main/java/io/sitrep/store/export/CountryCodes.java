package io.sitrep.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Country codes in the systems that exports need: FIPS 10-4 (GDELT's geographic fields) and CAMEO (GDELT's
 * actor country fields) from ISO 3166-1 alpha-3, and English names. Data: GeoNames countryInfo (CC BY 4.0).
 */
public final class CountryCodes {
    private static final Map<String, String> FIPS = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        try (InputStream in = CountryCodes.class.getResourceAsStream("iso3-fips.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!f[1].isEmpty()) {
                    FIPS.put(f[0], f[1]);
                }
                NAMES.put(f[0], f[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FIPS.put("KSV", "KV");
        NAMES.put("KSV", "Kosovo");
    }

    private CountryCodes() {
    }

    /** FIPS 10-4 code of an ISO alpha-3 (or CAMEO) country code, or null. */
    public static String fips(String iso3) {
        return iso3 == null ? null : FIPS.get(iso3);
    }

    /**
     * The CAMEO country code of an ISO alpha-3 code: the same letters, except Kosovo (CAMEO KSV for ISO's
     * user-assigned XKX and PLOVER's KOS). Null when the code is not a country's.
     */
    public static String cameo(String iso3) {
        if (iso3 == null) {
            return null;
        }
        if (iso3.equals("XKX") || iso3.equals("KOS") || iso3.equals("KSV")) {
            return "KSV";
        }
        return NAMES.containsKey(iso3) ? iso3 : null;
    }

    /** English short name of a country, or null. */
    public static String name(String iso3) {
        return iso3 == null ? null : NAMES.get(iso3.equals("XKX") || iso3.equals("KOS") ? "KSV" : iso3);
    }
}
