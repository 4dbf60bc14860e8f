package io.sitrep.model;

/**
 * One token of the text.
 *
 * @param index position of the token in the document's token list
 * @param start first char offset
 * @param end   char offset after the token
 * @param text  the token's characters ({@code text.substring(start, end)})
 * @param tag   universal part-of-speech tag (UPOS: NOUN, PROPN, VERB, ...), or null before tagging
 */
public record Token(int index, int start, int end, String text, String tag) {
    public Token withTag(String newTag) {
        return new Token(index, start, end, text, newTag);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String tagName) {
        return tagName.equals(tag);
    }
}
