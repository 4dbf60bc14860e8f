package io.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;

/** A plain aligned text table for terminals: columns padded to their widest cell, long cells cut with "...". */
final class TextTable {
    private TextTable() {
    }

    static void print(PrintWriter out, List<List<String>> rows, int maxWidth) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], Math.min(maxWidth, flat(r.get(i)).length()));
            }
        }
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = flat(r.get(i));
                if (cell.length() > maxWidth) {
                    cell = cell.substring(0, maxWidth - 3) + "...";
                }
                b.append(cell);
                if (i < cols - 1) {
                    b.append(" ".repeat(width[i] - cell.length() + 2));
                }
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }
}
