package io.sitrep.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.model.Paragraph;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the contract's offset rule on a result: every span lies inside {@code text}, does not cut a
 * surrogate pair in half, and {@code text.substring(start, end)} equals the text it claims (mentions,
 * quotes, claims, tokens). Returns the problems found, none when the result is sound.
 */
public final class OffsetAudit {
    private OffsetAudit() {
    }

    /** Audits a contract JSON object (as printed by {@code sitrep analyze --format json}). */
    public static List<String> of(JsonNode analysis) {
        List<String> problems = new ArrayList<>();
        JsonNode textNode = analysis.get("text");
        if (textNode == null || !textNode.isTextual()) {
            problems.add("no text field");
            return problems;
        }
        String text = textNode.asText();
        for (JsonNode e : analysis.path("entities")) {
            for (JsonNode m : e.path("mentions")) {
                span(problems, text, "mention of " + e.path("id").asText(), m.path("start").asInt(-1),
                        m.path("end").asInt(-1), m.path("text").asText(null));
            }
        }
        for (JsonNode q : analysis.path("quotes")) {
            span(problems, text, "quote", q.path("start").asInt(-1), q.path("end").asInt(-1), q.path("text").asText(null));
        }
        for (JsonNode c : analysis.path("claims")) {
            span(problems, text, "claim", c.path("start").asInt(-1), c.path("end").asInt(-1), null);
        }
        for (JsonNode ev : analysis.path("events")) {
            span(problems, text, "event", ev.path("start").asInt(-1), ev.path("end").asInt(-1), null);
        }
        return problems;
    }

    /** Audits the annotations of a document after the pipeline ran: paragraphs, tokens and sentences. */
    public static List<String> of(Document doc) {
        List<String> problems = new ArrayList<>();
        String text = doc.text();
        for (Paragraph p : doc.getOrDefault(Keys.PARAGRAPHS, List.of())) {
            span(problems, text, "paragraph " + p.index(), p.start(), p.end(), null);
        }
        List<Token> tokens = doc.getOrDefault(Keys.TOKENS, List.of());
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            span(problems, text, "token " + i, t.start(), t.end(), t.text());
            if (t.index() != i || t.start() < previousEnd) {
                problems.add("token " + i + " out of order");
            }
            previousEnd = t.end();
        }
        int nextToken = 0;
        for (Sentence s : doc.getOrDefault(Keys.SENTENCES, List.of())) {
            span(problems, text, "sentence " + s.index(), s.start(), s.end(), null);
            if (s.firstToken() != nextToken || s.endToken() <= s.firstToken() || s.endToken() > tokens.size()) {
                problems.add("sentence " + s.index() + " has tokens [" + s.firstToken() + "," + s.endToken() + ")");
            }
            nextToken = s.endToken();
        }
        if (doc.has(Keys.SENTENCES) && nextToken != tokens.size()) {
            problems.add("sentences cover " + nextToken + " of " + tokens.size() + " tokens");
        }
        return problems;
    }

    private static void span(List<String> problems, String text, String what, int start, int end, String expected) {
        if (start < 0 || end < start || end > text.length()) {
            problems.add(what + " [" + start + "," + end + ") is outside the text (length " + text.length() + ")");
            return;
        }
        if (cutsPair(text, start) || cutsPair(text, end)) {
            problems.add(what + " [" + start + "," + end + ") cuts a surrogate pair");
        }
        if (expected != null && !text.substring(start, end).equals(expected)) {
            problems.add(what + " [" + start + "," + end + ") is '" + text.substring(start, end) + "', not '" + expected + "'");
        }
    }

    private static boolean cutsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
    }
}
