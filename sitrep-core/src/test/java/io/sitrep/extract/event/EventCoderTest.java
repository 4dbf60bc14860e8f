package io.sitrep.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCoderTest {
    private static final CoderFixture ANALYSIS = new CoderFixture(EventCoder.Options.analysis());

    private static CodedEvent only(List<CodedEvent> events, String root) {
        List<CodedEvent> hits = events.stream().filter(e -> e.code().startsWith(root)).toList();
        assertThat(hits).as("events with root %s in %s", root, events.stream().map(CoderFixture::describe).toList())
                .hasSize(1);
        return hits.get(0);
    }

    @Test
    void activeVoiceSubjectActsOnObject() {
        CodedEvent e = only(ANALYSIS.code("Russia attacked Ukraine on Sunday."), "19");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("UKR");
        assertThat(e.negated()).isFalse();
        assertThat(e.mood()).isEqualTo(CodedEvent.Mood.ASSERTED);
    }

    @Test
    void passiveVoiceTakesTheByAgentAsSource() {
        CodedEvent e = only(ANALYSIS.code("Ukraine was attacked by Russia."), "19");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("UKR");
    }

    @Test
    void negationIsKeptOnTheEvent() {
        CodedEvent e = only(ANALYSIS.code("Russia did not attack Ukraine."), "19");
        assertThat(e.negated()).isTrue();
        assertThat(e.source().code()).isEqualTo("RUS");
    }

    @Test
    void nestedSpeechCodesTheInnerEventAndAStatement() {
        List<CodedEvent> events = ANALYSIS.code("Ukraine said that Russia attacked Poland.");
        CodedEvent inner = only(events, "19");
        assertThat(inner.source().code()).isEqualTo("RUS");
        assertThat(inner.target().code()).isEqualTo("POL");
        assertThat(inner.reported()).isTrue();
        CodedEvent statement = only(events, "01");
        assertThat(statement.source().code()).isEqualTo("UKR");
    }

    @Test
    void trailingAttributionMarksTheEventReported() {
        CodedEvent e = only(ANALYSIS.code("Russia attacked Ukraine, Poland said."), "19");
        assertThat(e.reported()).isTrue();
        assertThat(e.source().code()).isEqualTo("RUS");
    }

    @Test
    void conditionalAndHedgedClausesAreMarked() {
        CodedEvent cond = only(ANALYSIS.code("If Russia attacks Poland, the alliance will respond."), "19");
        assertThat(cond.mood()).isEqualTo(CodedEvent.Mood.CONDITIONAL);
        CodedEvent hedged = only(ANALYSIS.code("Russia might attack Poland."), "19");
        assertThat(hedged.mood()).isEqualTo(CodedEvent.Mood.HEDGED);
    }

    @Test
    void coordinatedVerbsShareTheSubject() {
        List<CodedEvent> events = ANALYSIS.code("Turkey condemned the attack and asked Russia to stop.");
        CodedEvent appeal = only(events, "02");
        assertThat(appeal.source().code()).isEqualTo("TUR");
        assertThat(appeal.target().code()).isEqualTo("RUS");
    }

    @Test
    void compoundSubjectsThatMeetCodeEachPair() {
        List<CodedEvent> events = ANALYSIS.code("Russia and Turkey met on Sunday.");
        assertThat(events.stream().map(CoderFixture::describe)).contains("RUS TUR 040", "TUR RUS 040");
    }

    @Test
    void agentNounsExtendTheCountryCode() {
        CodedEvent e = only(ANALYSIS.code("Turkish troops shelled Syrian positions."), "19");
        assertThat(e.source().code()).isEqualTo("TURMIL");
    }

    @Test
    void aSentenceWithoutACodableVerbYieldsNothing() {
        assertThat(ANALYSIS.code("Russia and Ukraine are large countries.")).isEmpty();
        assertThat(ANALYSIS.code("The weather in Poland was mild.")).isEmpty();
    }

    @Test
    void petrarchModeAppliesTransformationsToNestedSpeech() {
        CoderFixture petrarch = new CoderFixture(EventCoder.Options.petrarch());
        List<CodedEvent> events = petrarch.code("The United States claimed that Russia had attacked Iraq.");
        assertThat(events.stream().map(CoderFixture::describe)).containsExactly("USA RUS 112");
    }

    @Test
    void intentVerbsTurnCooperationIntoIntent() {
        CodedEvent e = only(ANALYSIS.code("Russia wants to meet Turkey."), "03");
        assertThat(e.code()).isEqualTo("036");
        assertThat(e.target().code()).isEqualTo("TUR");
    }
}
