package io.sitrep.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.model.Analysis;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an {@link Analysis} as the JSON object of the analysis contract (shared/CONTRACT.md): fields in
 * the contract's order, one object per line when several are written.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    private AnalysisJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Analysis a) {
        try {
            return MAPPER.writeValueAsString(toTree(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", a.article().title());
        root.put("published", a.article().published() == null ? null : a.article().published().toString());
        root.put("text", a.article().text());
        if (a.article().url() != null) {
            root.put("url", a.article().url());
        }
        ArrayNode ents = root.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode o = ents.addObject();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            o.put("kind", e.kind());
            o.put("code", e.code());
            o.put("country", e.country());
            o.put("role", e.role());
            o.put("lat", e.lat());
            o.put("lon", e.lon());
            ArrayNode ms = o.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mo = ms.addObject();
                mo.put("start", m.start());
                mo.put("end", m.end());
                mo.put("text", m.text());
                mo.put("rule", m.rule());
            }
            if (e.ref() != null) {
                o.put("ref", e.ref());
            }
        }
        ArrayNode qs = root.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode o = qs.addObject();
            o.put("text", q.text());
            o.put("start", q.start());
            o.put("end", q.end());
            o.put("speaker", q.speaker());
            o.put("speaker_name", q.speakerName());
            o.put("cue", q.cue());
            o.put("rule", q.rule());
        }
        ArrayNode evs = root.putArray("events");
        for (Event e : a.events()) {
            ObjectNode o = evs.addObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("cameo", e.cameo());
            o.put("plover", e.plover());
            o.put("plover_mode", e.ploverMode());
            o.put("date", e.date());
            o.put("place", e.place());
            o.put("modality", e.modality().json());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("source_code", e.sourceCode());
            o.put("target_code", e.targetCode());
            o.put("quad_class", e.quadClass());
            o.put("goldstein", e.goldstein());
            o.put("date_rule", e.dateRule());
            o.put("verb", e.verb());
        }
        ArrayNode cs = root.putArray("claims");
        for (Claim c : a.claims()) {
            ObjectNode o = cs.addObject();
            o.put("speaker", c.speaker());
            o.put("speaker_name", c.speakerName());
            o.put("start", c.start());
            o.put("end", c.end());
            o.put("text", c.text());
            o.put("cue", c.cue());
            o.put("modality", c.modality().json());
            o.put("rule", c.rule());
        }
        return root;
    }
}
