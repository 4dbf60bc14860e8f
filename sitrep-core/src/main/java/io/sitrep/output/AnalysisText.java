package io.sitrep.output;

import io.sitrep.model.Analysis;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Quote;

import java.util.List;

/** A readable summary of an analysis for people: entities by type, quotes with speakers and why, events. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String render(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.article().title() == null ? a.article().name() : a.article().title()).append('\n');
        if (a.article().published() != null) {
            sb.append("published ").append(a.article().published()).append('\n');
        }
        for (EntityType t : EntityType.values()) {
            List<Entity> es = a.entities().stream().filter(e -> e.type() == t).toList();
            if (es.isEmpty()) {
                continue;
            }
            sb.append('\n').append(t).append('\n');
            for (Entity e : es) {
                sb.append("  ").append(e.name());
                StringBuilder info = new StringBuilder();
                append(info, e.role());
                append(info, e.code());
                append(info, e.kind());
                if (e.country() != null && !e.country().equals(e.code())) {
                    append(info, "country " + e.country());
                }
                if (e.lat() != null) {
                    append(info, String.format("%.3f, %.3f", e.lat(), e.lon()));
                }
                if (info.length() > 0) {
                    sb.append(" (").append(info).append(')');
                }
                sb.append(" ×").append(e.mentions().size()).append('\n');
            }
        }
        if (!a.quotes().isEmpty()) {
            sb.append("\nQUOTES\n");
            for (Quote q : a.quotes()) {
                sb.append("  \u201C").append(q.text()).append("\u201D\n    \u2014 ")
                        .append(q.speakerName() == null ? "(unknown speaker)" : q.speakerName());
                if (q.cue() != null) {
                    sb.append(", cue \"").append(q.cue()).append('"');
                }
                if (q.rule() != null) {
                    sb.append(" [").append(q.rule()).append(']');
                }
                sb.append('\n');
            }
        }
        if (!a.claims().isEmpty()) {
            sb.append("\nCLAIMS\n");
            for (Claim c : a.claims()) {
                sb.append("  ").append(c.speakerName() == null ? "(unknown)" : c.speakerName()).append(' ')
                        .append(c.cue()).append(" [").append(c.modality().json()).append("]: ").append(c.text()).append('\n');
            }
        }
        if (!a.events().isEmpty()) {
            sb.append("\nEVENTS\n");
            for (Event e : a.events()) {
                sb.append("  ").append(e.cameo()).append(e.plover() == null ? "" : " " + e.plover()).append("  ")
                        .append(name(a, e.source())).append(" -> ").append(name(a, e.target()))
                        .append(e.date() == null ? "" : "  " + e.date())
                        .append(e.place() == null ? "" : "  at " + name(a, e.place()))
                        .append("  [").append(e.modality().json()).append("]\n");
            }
        }
        return sb.toString();
    }

    private static String name(Analysis a, String id) {
        Entity e = a.entity(id);
        return e == null ? "-" : e.name();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s);
        }
    }
}
