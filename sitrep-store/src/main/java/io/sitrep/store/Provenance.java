package io.sitrep.store;

import io.sitrep.Version;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What produced the stored facts: the engine version and the versions of the dictionaries it used.
 *
 * <p>{@link #current()} reads the engine version from the build and merges every
 * {@value #DICTIONARIES_RESOURCE} on the class path: a module that ships a dictionary adds a line
 * {@code name=version} (for example {@code petrarch2=676801cd}) to that resource in its own jar.
 */
public record Provenance(String engineVersion, Map<String, String> dictionaries) {
    public static final String DICTIONARIES_RESOURCE = "META-INF/sitrep/dictionaries.properties";

    public Provenance {
        dictionaries = Map.copyOf(dictionaries);
    }

    public static Provenance current() {
        Map<String, String> dicts = new TreeMap<>();
        try {
            Enumeration<URL> urls = Provenance.class.getClassLoader().getResources(DICTIONARIES_RESOURCE);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    Properties p = new Properties();
                    p.load(in);
                    p.forEach((k, v) -> dicts.put(k.toString(), v.toString()));
                }
            }
        } catch (IOException e) {
            // unreadable resource: record what could be read
        }
        return new Provenance(Version.get(), dicts);
    }

    /** "name=version,name=version", sorted by name, or null when there is none. */
    public String dictionariesText() {
        if (dictionaries.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(dictionaries).forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }
}
