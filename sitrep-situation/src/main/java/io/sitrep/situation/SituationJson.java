package io.sitrep.situation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The situation picture as the JSON of the contract (shared/CONTRACT.md, "The situation picture"). */
public final class SituationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SituationJson() {
    }

    public static String toJson(Situation s) {
        return toTree(s).toString();
    }

    public static ObjectNode toTree(Situation s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("country", s.country());
        root.put("as_of", s.asOf() == null ? null : s.asOf().toString());
        ArrayNode presence = root.putArray("presence");
        for (Presence p : s.presence()) {
            ObjectNode o = presence.addObject();
            ObjectNode actor = o.putObject("actor");
            actor.put("name", p.actor().name());
            actor.put("code", p.actor().code());
            if (p.site() == null) {
                o.putNull("site");
            } else {
                ObjectNode site = o.putObject("site");
                site.put("name", p.site().name());
                site.put("kind", p.site().kind());
                site.put("lat", p.site().lat());
                site.put("lon", p.site().lon());
            }
            o.put("area", p.area());
            o.put("status", p.status().json());
            o.put("since", p.since());
            o.put("updated", p.updated() == null ? null : p.updated().toString());
            ArrayNode ev = o.putArray("evidence");
            p.evidence().forEach(e -> evidence(ev.addObject(), e));
            ArrayNode hist = o.putArray("history");
            for (Presence.StatusChange c : p.history()) {
                ObjectNode h = hist.addObject();
                h.put("date", c.date().toString());
                h.put("status", c.status().json());
                h.put("article", c.article());
            }
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement st : s.statements()) {
            ObjectNode o = statements.addObject();
            o.put("speaker", st.speaker());
            o.put("date", st.date() == null ? null : st.date().toString());
            o.put("text", st.text());
            ArrayNode about = o.putArray("about");
            st.about().forEach(about::add);
            o.put("modality", st.modality().json());
            o.put("article", st.article());
            o.put("kind", st.kind());
        }
        ArrayNode dis = root.putArray("disagreements");
        for (Disagreement d : s.disagreements()) {
            ObjectNode o = dis.addObject();
            o.put("topic", d.topic());
            ArrayNode claims = o.putArray("claims");
            d.claims().forEach(e -> evidence(claims.addObject(), e));
        }
        return root;
    }

    private static void evidence(ObjectNode o, Evidence e) {
        o.put("article", e.article());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("speaker", e.speaker());
        o.put("text", e.text());
        o.put("modality", e.modality().json());
        o.put("status", e.status().json());
        o.put("cue", e.cue());
        o.put("start", e.start());
        o.put("end", e.end());
    }
}
