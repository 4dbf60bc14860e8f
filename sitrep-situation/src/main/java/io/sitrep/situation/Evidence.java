package io.sitrep.situation;

import io.sitrep.model.Modality;

import java.time.LocalDate;

/**
 * One piece of evidence for a presence fact: the sentence it was read from, the article, who said it.
 *
 * @param article    the article's identifier (URL, else its name or title)
 * @param date       the article's publication date, or null
 * @param speaker    canonical name of the speaker when the sentence is someone's statement, else null
 * @param text       the sentence
 * @param modality   asserted, reported, hedged, conditional, negated, proposed, denied
 * @param status     the status this evidence speaks for
 * @param cue        the words that gave the status
 * @param start      the sentence's offset in the article text
 * @param end        its end
 * @param since      an explicit start date in the sentence ("since 2015"), or null
 */
public record Evidence(String article, LocalDate date, String speaker, String text, Modality modality,
                       PresenceStatus status, String cue, int start, int end, String since) {
}
