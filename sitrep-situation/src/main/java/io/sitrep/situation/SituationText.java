package io.sitrep.situation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** A readable brief: a short paragraph per foreign actor with its sites, statuses and sources. */
public final class SituationText {
    private SituationText() {
    }

    public static String render(Situation s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Situation: ").append(s.country());
        if (s.asOf() != null) {
            sb.append(" as of ").append(s.asOf());
        }
        sb.append('\n');
        if (s.presence().isEmpty()) {
            sb.append("\nNo foreign presence found in the stored articles.\n");
        }
        Map<String, List<Presence>> byActor = new LinkedHashMap<>();
        for (Presence p : s.presence()) {
            byActor.computeIfAbsent(p.actor().name(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Presence>> a : byActor.entrySet()) {
            sb.append('\n').append(a.getKey()).append('\n');
            for (Presence p : a.getValue()) {
                String where = p.site() != null ? p.site().name() + (p.site().kind() == null ? "" : " (" + p.site().kind() + ")")
                        : p.area() != null ? p.area() : "in the country";
                sb.append("  ").append(where).append(": ").append(p.status().json());
                if (p.since() != null) {
                    sb.append(", since ").append(p.since());
                }
                if (p.updated() != null) {
                    sb.append(", updated ").append(p.updated());
                }
                sb.append('\n');
                for (Evidence e : p.evidence()) {
                    sb.append("    - ").append(e.speaker() == null ? "the article" : e.speaker())
                            .append(e.date() == null ? "" : " (" + e.date() + ")")
                            .append(" [").append(e.modality().json()).append(" → ").append(e.status().json()).append("]: ")
                            .append(e.text()).append("  <").append(e.article()).append(">\n");
                }
            }
        }
        if (!s.disagreements().isEmpty()) {
            sb.append("\nDisagreements\n");
            for (Disagreement d : s.disagreements()) {
                sb.append("  ").append(d.topic()).append('\n');
                for (Evidence e : d.claims()) {
                    sb.append("    - ").append(e.speaker() == null ? "the article" : e.speaker()).append(" says ")
                            .append(e.status().json()).append(": ").append(e.text()).append('\n');
                }
            }
        }
        if (!s.statements().isEmpty()) {
            sb.append("\nStatements\n");
            for (Statement st : s.statements()) {
                sb.append("  ").append(st.speaker() == null ? "(unknown)" : st.speaker())
                        .append(st.date() == null ? "" : " (" + st.date() + ")")
                        .append(" [").append(st.modality().json()).append("]: \u201C").append(st.text()).append("\u201D\n");
            }
        }
        return sb.toString();
    }
}
