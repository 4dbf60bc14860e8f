package io.sitrep.model;

/**
 * One occurrence of an entity in the text.
 *
 * @param rule why this span is a mention of its entity (gazetteer, title-rule, surname, pronoun, ...)
 */
public record Mention(int start, int end, String text, String rule) implements Comparable<Mention> {
    public Span span() {
        return new Span(start, end);
    }

    @Override
    public int compareTo(Mention o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
