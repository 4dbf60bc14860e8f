package io.sitrep.model;

/**
 * A sentence: its character span, its tokens as {@code [firstToken, endToken)} indices into the document's
 * token list, and the index of the paragraph it belongs to.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {
    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
