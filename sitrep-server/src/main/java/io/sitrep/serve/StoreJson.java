package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.Page;

/** Store records as JSON: snake_case field names like the analysis contract, pages as {items, offset, limit, more}. */
final class StoreJson {
    private static final ObjectMapper RECORDS = AnalysisJson.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private StoreJson() {
    }

    static JsonNode tree(Object value) {
        return RECORDS.valueToTree(value);
    }

    static ObjectNode page(Page<?> page) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        ArrayNode items = o.putArray("items");
        page.items().forEach(i -> items.add(tree(i)));
        o.put("offset", page.offset());
        o.put("limit", page.limit());
        o.put("more", page.more());
        return o;
    }
}
