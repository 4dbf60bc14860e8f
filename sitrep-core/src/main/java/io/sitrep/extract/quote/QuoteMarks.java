package io.sitrep.extract.quote;

/**
 * Classifies quotation marks. Straight marks take their direction from the characters around them; curly
 * marks keep theirs unless the spacing says a writer used the wrong one (a closing mark glued to the word
 * after it and preceded by a space opens).
 */
final class QuoteMarks {
    enum Dir { OPEN, CLOSE, EITHER, NONE }

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201B';
    }

    static boolean isMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** Direction of the mark at {@code i}, judged inside {@code [from, to)} (its paragraph). */
    static Dir direction(String text, int i, int from, int to) {
        char c = text.charAt(i);
        boolean spaceBefore = i == from || opensAfter(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= to || closesBefore(text.charAt(i + 1));
        Dir byContext = spaceBefore && !spaceAfter ? Dir.OPEN : !spaceBefore && spaceAfter ? Dir.CLOSE
                : spaceBefore ? Dir.NONE : Dir.EITHER;
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB', '\u2018', '\u201B':
                return byContext == Dir.CLOSE ? Dir.CLOSE : Dir.OPEN;
            case '\u201D', '\u00BB', '\u2019':
                return byContext == Dir.OPEN ? Dir.OPEN : Dir.CLOSE;
            default:
                if (byContext == Dir.CLOSE && Character.isDigit(text.charAt(i - 1))) {
                    return Dir.EITHER; // 12" (inches) or the end of a quote ending in a number: the state decides
                }
                return byContext;
        }
    }

    /** Characters after which a mark reads as opening (space, brackets, dashes, a colon without space). */
    private static boolean opensAfter(char p) {
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || p == '(' || p == '[' || p == '{' || p == '\u2014'
                || p == '\u2013' || p == '-' || p == '/' || p == ':' || isDouble(p) || p == '\u2018';
    }

    /** Characters before which a mark reads as closing (space, punctuation, brackets). */
    private static boolean closesBefore(char n) {
        return Character.isWhitespace(n) || Character.isSpaceChar(n) || n == '.' || n == ',' || n == ';' || n == ':'
                || n == '!' || n == '?' || n == ')' || n == ']' || n == '}' || n == '\u2014' || n == '\u2013'
                || n == '-' || n == '\u2026' || isDouble(n) || n == '\u2019' || n == '\'';
    }
}
