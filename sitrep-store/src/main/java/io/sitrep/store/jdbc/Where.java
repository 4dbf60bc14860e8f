package io.sitrep.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A WHERE clause built from optional conditions, with its parameters in order. */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column IN (?, ?, ...)}; an empty set matches nothing. */
    static String in(String column, int n) {
        if (n == 0) {
            return "1 = 0";
        }
        return column + " IN (" + "?, ".repeat(n - 1) + "?)";
    }

    Where addIn(String clause, Collection<?> values) {
        clauses.add(clause);
        params.addAll(values);
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    List<Object> params() {
        return params;
    }

    int bind(PreparedStatement ps, int from) throws SQLException {
        int i = from;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    /** The upper bound of a prefix range: "SYR" becomes "SYS", so that {@code v >= "SYR" AND v < "SYS"}. */
    static String prefixEnd(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
