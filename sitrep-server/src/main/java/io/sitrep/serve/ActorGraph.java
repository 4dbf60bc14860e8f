package io.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.StoredEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who acts on whom: events with a known source and target summed per (source, target) pair. An edge
 * carries its event count and the QuadClass most of its events have.
 */
final class ActorGraph {
    static final int DEFAULT_MAX_EDGES = 300;

    private record Node(String name, String code, String country) {
    }

    private static final class Edge {
        final String source;
        final String target;
        int count;
        final int[] quads = new int[5];

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        int mainQuad() {
            int best = 0;
            for (int q = 1; q < quads.length; q++) {
                if (quads[q] > quads[best]) {
                    best = q;
                }
            }
            return best;
        }
    }

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Edge> edges = new HashMap<>();
    private long events;

    void add(StoredEvent e) {
        if (e.sourceName() == null || e.targetName() == null || e.sourceName().equals(e.targetName())) {
            return;
        }
        events++;
        nodes.putIfAbsent(e.sourceName(), new Node(e.sourceName(), e.sourceCode(), e.sourceCountry()));
        nodes.putIfAbsent(e.targetName(), new Node(e.targetName(), e.targetCode(), e.targetCountry()));
        Edge edge = edges.computeIfAbsent(e.sourceName() + '\u0000' + e.targetName(), k -> new Edge(e.sourceName(), e.targetName()));
        edge.count++;
        edge.quads[e.quadClass() >= 1 && e.quadClass() <= 4 ? e.quadClass() : 0]++;
    }

    /** The heaviest {@code maxEdges} edges and the actors they join; node ids are the actors' canonical names. */
    ObjectNode toJson(int maxEdges) {
        List<Edge> kept = new ArrayList<>(edges.values());
        kept.sort(Comparator.comparingInt((Edge x) -> -x.count).thenComparing(x -> x.source).thenComparing(x -> x.target));
        if (kept.size() > maxEdges) {
            kept = kept.subList(0, maxEdges);
        }
        Set<String> used = new LinkedHashSet<>();
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        ArrayNode es = o.putArray("edges");
        for (Edge e : kept) {
            used.add(e.source);
            used.add(e.target);
            ObjectNode j = es.addObject();
            j.put("source", e.source);
            j.put("target", e.target);
            j.put("count", e.count);
            j.put("quad_class", e.mainQuad());
        }
        ArrayNode ns = o.putArray("nodes");
        for (String name : used) {
            Node n = nodes.get(name);
            ObjectNode j = ns.addObject();
            j.put("id", n.name());
            j.put("name", n.name());
            j.put("code", n.code());
            j.put("country", n.country());
        }
        o.put("events", events);
        o.put("truncated", edges.size() > kept.size());
        return o;
    }
}
