package io.sitrep.model;

/**
 * Reported speech: a speaker claims the clause {@code [start, end)}.
 */
public record Claim(String speaker, String speakerName, int start, int end, String text, String cue,
                    Modality modality, String rule) {
    public Span span() {
        return new Span(start, end);
    }
}
