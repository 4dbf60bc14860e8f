package io.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;

/**
 * JSON for the store's result records ({@link StoredEvent}, {@link StoredQuote}, {@link EntitySummary}, ...): field
 * names in snake_case ({@code source_code}, {@code num_mentions}), as in the analysis contract.
 */
public final class StoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private StoreJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object row) {
        try {
            return MAPPER.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
