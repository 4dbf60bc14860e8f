package io.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in news text and normalises them against the publication date: "in 2015",
 * "March 2015", "on 3 March", "March 3", "Oct. 7", "on Sunday" (the latest Sunday on or before
 * publication), "yesterday", "last week", "earlier this month", "last year", "three days ago". One
 * precompiled pattern, linear scan; stateless and thread-safe.
 */
public final class TimeNormalizer {
    private static final String MONTH = "(?<mon>jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
            + "june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final String MONTH2 = MONTH.replace("?<mon>", "?<mon2>");
    private static final String MONTH3 = MONTH.replace("?<mon>", "?<mon3>");
    private static final String WEEKDAY = "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NUMBER = "(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Pattern EXPR = Pattern.compile(
            "\\b(?:"
                    // 3 March 2015 / 3 March
                    + "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?"
                    // March 3, 2015 / Oct. 7
                    + "|" + MONTH2 + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?"
                    // March 2015 / in March
                    + "|(?<pm>in\\s+(?:early\\s+|late\\s+|mid-?)?)?" + MONTH3 + "(?:\\s+(?<y3>(?:19|20)\\d\\d))?"
                    // in 2015, since 2015
                    + "|(?<yp>in|since|during|by|until|from|of|throughout|before|after)\\s+(?:early\\s+|late\\s+|mid-?)?(?<y4>(?:19|20)\\d\\d)\\b"
                    + "|" + WEEKDAY
                    + "|(?<rel>yesterday|today|tonight|tomorrow|last\\s+night|this\\s+morning|this\\s+week|last\\s+week|next\\s+week"
                    + "|(?:earlier\\s+|later\\s+)?this\\s+month|last\\s+month|next\\s+month|(?:earlier\\s+|later\\s+)?this\\s+year"
                    + "|last\\s+year|next\\s+year)"
                    + "|" + NUMBER + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago"
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private TimeNormalizer() {
    }

    /** Words one of which every time expression contains (besides digits): a cheap test before the pattern. */
    private static final java.util.Set<String> TRIGGERS = java.util.Set.of("january", "jan", "february", "feb", "march",
            "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept",
            "october", "oct", "november", "nov", "december", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "ago");

    /**
     * Whether a sentence with these lower-case tokens can hold a time expression at all: one of them has a digit
     * or is a month, a weekday or a relative word ("yesterday", "last", "ago"). False means {@link #find} finds
     * nothing, so it need not run.
     */
    public static boolean mayHold(String[] lowerTokens) {
        for (String w : lowerTokens) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
            // the letters the token starts with ("oct." "monday's"), and those after a hyphen ("mid-march")
            int end = 0;
            while (end < w.length() && Character.isLetter(w.charAt(end))) {
                end++;
            }
            int hyphen = w.lastIndexOf('-');
            if (TRIGGERS.contains(end == w.length() ? w : w.substring(0, end))
                    || (hyphen >= 0 && TRIGGERS.contains(w.substring(hyphen + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Every time expression of {@code text}, in order; relative ones need {@code published} (else skipped). */
    public static List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        Matcher m = EXPR.matcher(text);
        while (m.find()) {
            TimeExpression t = normalize(m, published);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The first time expression of {@code text}, or null. */
    public static TimeExpression first(String text, LocalDate published) {
        Matcher m = EXPR.matcher(text);
        while (m.find()) {
            TimeExpression t = normalize(m, published);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static TimeExpression normalize(Matcher m, LocalDate pub) {
        String found = m.group().trim();
        int s = m.start();
        int e = m.end();
        try {
            if (m.group("d1") != null || m.group("d2") != null) {
                int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
                int mon = month(m.group("d1") != null ? m.group("mon") : m.group("mon2"));
                String y = m.group("d1") != null ? m.group("y1") : m.group("y2");
                if (mon < 1 || day < 1 || day > 31) {
                    return null;
                }
                if (y != null) {
                    return new TimeExpression(LocalDate.of(Integer.parseInt(y), mon, day).toString(), "explicit: " + found, s, e);
                }
                if (pub == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(pub.getYear(), mon, Math.min(day, YearMonth.of(pub.getYear(), mon).lengthOfMonth()));
                if (d.isAfter(pub.plusDays(31))) {
                    d = d.minusYears(1);
                }
                return new TimeExpression(d.toString(), "day and month, year of publication: " + found, s, e);
            }
            if (m.group("mon3") != null) {
                int mon = month(m.group("mon3"));
                String y = m.group("y3");
                if (y != null) {
                    return new TimeExpression(YearMonth.of(Integer.parseInt(y), mon).toString(), "explicit: " + found, s, e);
                }
                // a bare "may" or "march" is a month only after "in"
                if (m.group("pm") == null || pub == null) {
                    return null;
                }
                YearMonth ym = YearMonth.of(pub.getYear(), mon);
                if (ym.isAfter(YearMonth.from(pub))) {
                    ym = ym.minusYears(1);
                }
                return new TimeExpression(ym.toString(), "month, year of publication: " + found, s, e);
            }
            if (m.group("y4") != null) {
                return new TimeExpression(m.group("y4"), "explicit: " + found, s, e);
            }
            if (pub == null) {
                return null;
            }
            if (m.group("wd") != null) {
                DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                LocalDate d = pub.with(TemporalAdjusters.previousOrSame(wd));
                return new TimeExpression(d.toString(), "weekday on or before publication: " + found, s, e);
            }
            if (m.group("rel") != null) {
                return relative(m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), pub, found, s, e);
            }
            if (m.group("unit") != null) {
                int n = number(m.group("n"));
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                String rule = "relative: " + found;
                if (unit.startsWith("day")) {
                    return new TimeExpression(pub.minusDays(n).toString(), rule, s, e);
                }
                if (unit.startsWith("week")) {
                    return new TimeExpression(pub.minusWeeks(n).toString(), rule, s, e);
                }
                if (unit.startsWith("month")) {
                    return new TimeExpression(YearMonth.from(pub).minusMonths(n).toString(), rule, s, e);
                }
                return new TimeExpression(String.valueOf(pub.getYear() - n), rule, s, e);
            }
        } catch (RuntimeException ex) {
            return null;
        }
        return null;
    }

    private static TimeExpression relative(String rel, LocalDate pub, String found, int s, int e) {
        String rule = "relative: " + found;
        String v = switch (rel) {
            case "yesterday", "last night" -> pub.minusDays(1).toString();
            case "today", "tonight", "this morning", "this week" -> pub.toString();
            case "tomorrow" -> pub.plusDays(1).toString();
            case "last week" -> pub.minusWeeks(1).toString();
            case "next week" -> pub.plusWeeks(1).toString();
            case "last month" -> YearMonth.from(pub).minusMonths(1).toString();
            case "next month" -> YearMonth.from(pub).plusMonths(1).toString();
            case "last year" -> String.valueOf(pub.getYear() - 1);
            case "next year" -> String.valueOf(pub.getYear() + 1);
            default -> rel.endsWith("month") ? YearMonth.from(pub).toString() : String.valueOf(pub.getYear());
        };
        return new TimeExpression(v, rule, s, e);
    }

    private static int month(String m) {
        String k = m.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (k.startsWith(names[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int number(String n) {
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(n);
        };
    }
}
