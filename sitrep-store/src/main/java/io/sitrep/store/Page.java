package io.sitrep.store;

import java.util.List;

/**
 * One page of query results.
 *
 * @param items  the rows of this page
 * @param offset the offset asked for
 * @param limit  the page size asked for
 * @param more   whether rows follow this page
 */
public record Page<T>(List<T> items, int offset, int limit, boolean more) {
    public Page {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    /** The offset of the next page, or -1 when this is the last. */
    public int nextOffset() {
        return more ? offset + items.size() : -1;
    }
}
