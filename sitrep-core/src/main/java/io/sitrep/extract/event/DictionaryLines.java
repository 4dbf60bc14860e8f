package io.sitrep.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a PETRARCH/TABARI dictionary file: drops {@code #} comments, XML-style {@code <!-- -->}
 * comment lines and blank lines, keeps leading whitespace (continuation lines of the actor format start
 * with a tab).
 */
final class DictionaryLines {
    private DictionaryLines() {
    }

    static List<String> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    static List<String> resource(String name) {
        try (InputStream in = DictionaryLines.class.getResourceAsStream("/io/sitrep/cameo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/sitrep/cameo/" + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    static List<String> read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        boolean inComment = false;
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.strip();
            if (inComment) {
                if (t.contains("-->")) {
                    inComment = false;
                }
                continue;
            }
            if (t.startsWith("<!")) {
                inComment = t.startsWith("<!--") && !t.contains("-->");
                continue;
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (!line.isBlank()) {
                out.add(line.stripTrailing());
            }
        }
        return out;
    }

    /** Regular English plural of an upper-case noun, as PETRARCH forms it. */
    static String plural(String noun) {
        if (noun.endsWith("Y") && noun.length() > 1 && "AEIOU".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (noun.endsWith("S") || noun.endsWith("X") || noun.endsWith("Z") || noun.endsWith("CH") || noun.endsWith("SH")) {
            return noun + "ES";
        }
        return noun + "S";
    }
}
