package io.sitrep.extract.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files ({@code <Environment>}, {@code <Sentence>} records with
 * {@code <EventCoding>} and {@code <Text>}). The published files are not always well-formed XML (self-closed
 * {@code <Sentence .../>} followed by {@code </Sentence>}), so this reads them leniently, record by record.
 */
public final class PetrarchRecordReader {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENV_ITEM = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    /** The file's records and its environment (element name to value, e.g. Verbfile to CAMEO.2.0.txt). */
    public record Suite(Map<String, String> environment, List<PetrarchRecord> records) {
    }

    private PetrarchRecordReader() {
    }

    public static Suite read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Suite parse(String xml) {
        String s = COMMENT.matcher(xml).replaceAll(" ");
        Map<String, String> env = new LinkedHashMap<>();
        int es = s.indexOf("<Environment>");
        int ee = s.indexOf("</Environment>");
        if (es >= 0 && ee > es) {
            Matcher m = ENV_ITEM.matcher(s.substring(es, ee));
            while (m.find()) {
                env.put(m.group(1), m.group(2).trim());
            }
        }
        List<PetrarchRecord> records = new ArrayList<>();
        Matcher m = SENTENCE.matcher(s);
        List<int[]> starts = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            attrs.add(m.group(1));
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k)[1];
            int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : s.length();
            String body = s.substring(from, to);
            Map<String, String> a = attributes(attrs.get(k));
            Matcher t = TEXT.matcher(body);
            String text = t.find() ? unescape(t.group(1)).replaceAll("\\s+", " ").trim() : "";
            if (text.isEmpty()) {
                // a record whose <Text> was left empty still has its sentence in a CoNLL-U <Parse>
                Matcher pm = PARSE.matcher(body);
                text = pm.find() ? conlluText(unescape(pm.group(1))) : "";
            }
            List<PetrarchRecord.Coding> expected = new ArrayList<>();
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> ca = attributes(c.group(1));
                if (ca.containsKey("eventcode")) {
                    expected.add(new PetrarchRecord.Coding(ca.getOrDefault("sourcecode", ""),
                            ca.getOrDefault("targetcode", ""), ca.get("eventcode")));
                }
            }
            records.add(new PetrarchRecord(a.getOrDefault("id", "record-" + (k + 1)), date(a.get("date")), text,
                    List.copyOf(expected)));
        }
        return new Suite(env, records);
    }

    /** The sentence of CoNLL-U lines (id, form, ...): forms joined by spaces, none before punctuation. */
    static String conlluText(String parse) {
        StringBuilder b = new StringBuilder();
        for (String line : parse.split("\\R")) {
            String[] cols = line.split("\t");
            if (cols.length < 4 || !cols[0].strip().chars().allMatch(Character::isDigit) || cols[0].isBlank()) {
                continue;
            }
            String form = cols[1];
            boolean punct = cols[3].equals("PUNCT") || form.startsWith("'") || form.equals("n't");
            if (b.length() > 0 && !(punct && !form.equals("(") && !form.equals("\""))) {
                b.append(' ');
            }
            b.append(form);
        }
        return b.toString();
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return out;
    }

    private static LocalDate date(String s) {
        return s == null ? null : ActorDictionary.date(s.trim());
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
