package io.sitrep.extract.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeNormalizerTest {
    /** A Monday. */
    private static final LocalDate PUB = LocalDate.of(2025, 2, 10);

    private static String value(String text) {
        TimeExpression t = TimeNormalizer.first(text, PUB);
        return t == null ? null : t.value();
    }

    @Test
    void explicitYearsMonthsAndDays() {
        assertThat(value("Putin intervened in Syria in 2015.")).isEqualTo("2015");
        assertThat(value("US forces, stationed there since 2015, stay.")).isEqualTo("2015");
        assertThat(value("The talks began in March 2024.")).isEqualTo("2024-03");
        assertThat(value("He arrived on 3 March 2023.")).isEqualTo("2023-03-03");
        assertThat(value("He arrived on March 3, 2023.")).isEqualTo("2023-03-03");
    }

    @Test
    void daysWithoutYearTakeThePublicationYearUnlessThatIsInTheFuture() {
        assertThat(value("The attack on Oct. 7 killed many.")).isEqualTo("2024-10-07");
        assertThat(value("They met on 3 February.")).isEqualTo("2025-02-03");
        assertThat(value("They met on February 3.")).isEqualTo("2025-02-03");
    }

    @Test
    void weekdaysAreTheLatestOnOrBeforePublication() {
        assertThat(value("On Sunday, the minister proposed a coalition.")).isEqualTo("2025-02-09");
        assertThat(value("The minister spoke on Monday.")).isEqualTo("2025-02-10");
        assertThat(value("The minister spoke on Tuesday.")).isEqualTo("2025-02-04");
    }

    @Test
    void relativeExpressions() {
        assertThat(value("Troops withdrew yesterday.")).isEqualTo("2025-02-09");
        assertThat(value("Troops withdrew last week.")).isEqualTo("2025-02-03");
        assertThat(value("Talks resumed earlier this month.")).isEqualTo("2025-02");
        assertThat(value("Talks stalled last month.")).isEqualTo("2025-01");
        assertThat(value("Talks stalled last year.")).isEqualTo("2024");
        assertThat(value("Talks stalled three days ago.")).isEqualTo("2025-02-07");
    }

    @Test
    void rulesSayHowTheDateWasRead() {
        TimeExpression t = TimeNormalizer.first("Troops withdrew yesterday.", PUB);
        assertThat(t.rule()).isEqualTo("relative: yesterday");
        assertThat("Troops withdrew yesterday.".substring(t.start(), t.end())).isEqualTo("yesterday");
    }

    @Test
    void modalMayAndBareMonthNamesAreNotDates() {
        assertThat(value("Russia may keep its bases.")).isNull();
        assertThat(TimeNormalizer.first("Troops withdrew yesterday.", null)).isNull();
    }

    @Test
    void theQuickTestNeverHidesAnExpressionThePatternFinds() throws Exception {
        int sentencesWithTimes = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../../shared/examples/dev"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : java.nio.file.Files.readString(f).split("(?<=[.!?])\\s+")) {
                    if (!TimeNormalizer.find(sentence, PUB).isEmpty()) {
                        sentencesWithTimes++;
                        String[] tokens = sentence.toLowerCase(java.util.Locale.ROOT).split("[\\s,;:()\"\u201c\u201d]+");
                        assertThat(TimeNormalizer.mayHold(tokens)).as(sentence).isTrue();
                    }
                }
            }
        }
        assertThat(sentencesWithTimes).isGreaterThan(50);
        assertThat(TimeNormalizer.mayHold(new String[] {"russia", "may", "keep", "its", "bases"})).isTrue();
        assertThat(TimeNormalizer.mayHold(new String[] {"in", "mid-march"})).isTrue();
        assertThat(TimeNormalizer.mayHold(new String[] {"the", "minister", "said", "."})).isFalse();
    }
}
