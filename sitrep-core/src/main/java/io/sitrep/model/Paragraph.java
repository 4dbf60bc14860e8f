package io.sitrep.model;

/** A paragraph of the body text (one line of the cleaned text). */
public record Paragraph(int index, int start, int end) {
    public Span span() {
        return new Span(start, end);
    }
}
