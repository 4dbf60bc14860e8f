package io.sitrep.extract.time;

/**
 * A time expression found in text and its normalised value.
 *
 * @param value ISO date or partial date ("2015", "2015-03", "2015-03-08")
 * @param rule  how it was read, e.g. "explicit: in 2015", "relative: yesterday"
 * @param start char offset of the expression in the searched text
 * @param end   char offset after it
 */
public record TimeExpression(String value, String rule, int start, int end) {
}
