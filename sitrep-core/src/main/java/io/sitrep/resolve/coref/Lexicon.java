package io.sitrep.resolve.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the small word lists the resolvers use: one entry a line, '#' comments, optional [sections]. */
public final class Lexicon {
    private Lexicon() {
    }

    /** The non-comment lines of a resource next to {@code anchor}, trimmed and lowercased. */
    public static List<String> lines(Class<?> anchor, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The entries of each [section] of a resource. */
    public static Map<String, Set<String>> sections(Class<?> anchor, String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> current = null;
        for (String line : lines(anchor, resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
