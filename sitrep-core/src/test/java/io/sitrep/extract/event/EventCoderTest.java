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

    private static final CoderFixture PETRARCH = new CoderFixture(EventCoder.Options.petrarch());

    private static List<String> petrarch(String sentence) {
        return PETRARCH.code(sentence).stream().map(CoderFixture::describe).toList();
    }

    @Test
    void aPassiveOnlyPatternCodeMakesThePrepositionalActorTheSource() {
        // RECEIVE * ASSURANCE [:030]: the giver of the assurances acts on the subject
        assertThat(petrarch("Ukrainian demonstrators received assurances from the Russian government."))
                .containsExactly("RUSGOV UKROPP 030");
        // FACE * PRESSURE [:100]; the infinitive belongs to the pressure and codes nothing of its own
        assertThat(petrarch("Russia faces pressure from Poland to help Ukraine.")).containsExactly("POL RUS 100");
    }

    @Test
    void aPassiveWithItsAgentKeepsTheEventAndConsumesItsComplement() {
        assertThat(petrarch("Russia was pressured by Poland to help Ukraine.")).containsExactly("POL RUS 170");
    }

    @Test
    void anActorModifyingANounIsNotFollowedByAVerb() {
        List<String> events = petrarch("The Russian building was demolished by a Ukrainian protester.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("UKR").contains(" RUS 17");
    }

    @Test
    void aReducedRelativeParticipleLeavesTheObjectToTheMainVerb() {
        assertThat(petrarch("Poland has issued arrest warrants for two Russian soldiers sought in the killing of "
                + "a Ukrainian family.")).containsExactly("POL RUSMIL 173");
        assertThat(petrarch("A report released Tuesday in Poland alleged that Russia was aware of the plot."))
                .containsExactly("POL RUS 110");
    }

    @Test
    void aPlacePhraseAfterTheSubjectDoesNotReplaceIt() {
        List<String> events = petrarch("The Russian military in Syria attacked Turkey.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("RUSMIL TUR 19");
    }

    @Test
    void aRoleBetweenACountryAndANameComposesWithTheCountry() {
        ActorPhraseMatcher m = new ActorPhraseMatcher(actorsOf("RUSSIA [RUS]", "+RUSSIAN", "PUTIN [RUS]"),
                AgentDictionary.phoenix());
        String[] words = {"RUSSIAN", "PRESIDENT", "PUTIN", "MET", "TURKEY"};
        String[] tags = {"ADJ", "PROPN", "PROPN", "VERB", "PROPN"};
        List<ActorMention> found = m.find(words, tags, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo("RUSGOV");
        assertThat(found.get(0).end()).isEqualTo(3);
    }

    @Test
    void discardPhrasesMatchWholeWordsFollowedByAWord() {
        DiscardList d = new DiscardList();
        d.parse(List.of("YEARS_AGO"));
        assertThat(d.discards("IT HAPPENED YEARS AGO IN POLAND".split(" "))).isTrue();
        // PETRARCH splits on spaces: "ago," is not "ago", and the last word has the full stop attached
        assertThat(d.discards("IT HAPPENED YEARS AGO , SHE SAID".split(" "))).isFalse();
        assertThat(d.discards("IT HAPPENED YEARS AGO .".split(" "))).isFalse();
    }

    private static ActorDictionary actorsOf(String... lines) {
        ActorDictionary d = new ActorDictionary();
        d.parse(List.of(lines));
        return d;
    }

    private static final CoderFixture SITREP = new CoderFixture(VerbDictionary.analysis(), EventCoder.Options.analysis());

    @Test
    void proposingACoalitionIsAnOfferToCooperate() {
        assertThat(SITREP.code("Turkey proposed a regional coalition with Syria and Iraq.").stream()
                .map(CoderFixture::describe)).containsExactly("TUR SYR 030", "TUR IRQ 030");
        // the PETRARCH dictionary alone reads PROPOSE as an appeal (SUGGEST [020])
        assertThat(ANALYSIS.code("Turkey proposed a regional coalition with Syria and Iraq.").stream()
                .map(CodedEvent::code)).noneMatch(c -> c.startsWith("03"));
    }

    @Test
    void airAndGroundSupportIsMilitaryAid() {
        assertThat(SITREP.code("Russia intervened in Syria, providing air and ground support to the army.").stream()
                .map(CoderFixture::describe)).contains("RUS ---MIL 072");
    }

    @Test
    void aHedgedAgentlessPassiveInReportedSpeechIsTheSpeakersOffer() {
        CodedEvent e = only(SITREP.code("Poland said Russia might be allowed to keep its bases if it pays."), "03");
        assertThat(e.code()).isEqualTo("035");
        assertThat(e.source().code()).isEqualTo("POL");
        assertThat(e.target().code()).isEqualTo("RUS");
        assertThat(e.mood()).isEqualTo(CodedEvent.Mood.HEDGED);
        // asserted, it is not an offer of the speaker
        assertThat(SITREP.code("Poland said Russia was allowed to keep its bases.").stream().map(CodedEvent::code))
                .noneMatch(c -> c.startsWith("03"));
    }

    private static List<String> described(String sentence) {
        return ANALYSIS.code(sentence).stream().map(CoderFixture::describe).toList();
    }

    @Test
    void aPronounOpeningAComplementClauseIsTheVerbsSubject() {
        assertThat(described("Russia indicated it would attack Ukraine.")).containsExactly("RUS UKR 190");
    }

    @Test
    void modifiersAfterTheConjunctionKeepTheCoordination() {
        assertThat(described("Russia and the evil awful Ukraine attacked Poland."))
                .containsExactlyInAnyOrder("RUS POL 190", "UKR POL 190");
    }

    @Test
    void anAdjectiveAfterADegreeAdverbIsNotAVerb() {
        assertThat(described("Russian troops marched very close to the border with Ukraine."))
                .containsExactly("RUSMIL UKR 140");
    }

    @Test
    void aCopularThatClauseIsTheVerbsObject() {
        assertThat(described("Russia warned that Ukraine is a threat.")).containsExactly("RUS UKR 130");
        assertThat(described("Russia allowed that Ukraine is a pleasant place to visit.")).containsExactly("RUS UKR 080");
    }

    @Test
    void aGerundClauseAfterACommaIsAnEventInAnalysisButNotForPetrarch() {
        String sentence = "Russia attacked Ukraine, threatening Poland.";
        assertThat(described(sentence)).contains("RUS UKR 190", "RUS POL 130");
        assertThat(new CoderFixture(EventCoder.Options.petrarch()).code(sentence).stream().map(CoderFixture::describe))
                .containsExactly("RUS UKR 190");
    }

    @Test
    void aRefusedCooperationCodesAsTheRejectionOfIt() {
        CodedEvent e = only(ANALYSIS.code("Turkey would not provide support to Ukraine."), "12");
        assertThat(e.code()).isEqualTo("121");
        assertThat(e.source().code()).isEqualTo("TUR");
        assertThat(e.target().code()).isEqualTo("UKR");
        assertThat(e.negated()).as("the rejection itself is what happened").isFalse();
        CodedEvent released = only(ANALYSIS.code("Syria did not release the prisoners to Lebanon."), "12");
        assertThat(released.code()).startsWith("124");
        // a negated attack is no CAMEO rejection: it keeps its code and its negation
        assertThat(only(ANALYSIS.code("Russia did not attack Ukraine."), "19").negated()).isTrue();
    }

    @Test
    void anAppealWhoseComplementSaysForWhatCombinesTheTwo() {
        CodedEvent e = only(ANALYSIS.code("Ukraine is asking Poland to help Lebanon."), "02");
        assertThat(e.code()).isEqualTo("023");
        assertThat(e.source().code()).isEqualTo("UKR");
        assertThat(e.target().code()).isEqualTo("POL");
    }

    @Test
    void aGerundAfterForIsTheReasonNotAnEvent() {
        List<CodedEvent> events = ANALYSIS.code("A Turkish court jailed Syria's envoy for helping rebels attack Iraq.");
        assertThat(events).extracting(CoderFixture::describe).noneMatch(d -> d.endsWith(" 190"));
        assertThat(only(events, "17").source().code()).startsWith("TUR");
    }

    @Test
    void anInfinitiveAfterAPlacePhraseIsThePurposeOfTheVerb() {
        List<String> analysis = ANALYSIS.code("Russia and Turkey will meet in Iraq to discuss the war.").stream()
                .map(CoderFixture::describe).toList();
        assertThat(analysis).contains("RUS IRQ 040", "TUR IRQ 040");
        assertThat(PETRARCH.code("Russia and Turkey will meet in Iraq to discuss the war.").stream()
                .map(CoderFixture::describe)).containsExactlyInAnyOrder("RUS IRQ 040", "TUR IRQ 040");
    }

    @Test
    void aReducedRelativeAfterACommonNounLeavesTheNounAsSubject() {
        CodedEvent e = only(ANALYSIS.code("The civilians imprisoned for acting against Moscow were released by Turkey."), "08");
        assertThat(e.source().code()).isEqualTo("TUR");
        assertThat(e.target().code()).as("the civilians, not Moscow").doesNotStartWith("RUS");
    }

    @Test
    void aCaretInAPatternMatchesANounPhrase() {
        // "- * SUMMIT (IN ^) (ON) [042:043]" outranks "- * SUMMIT [044]"
        assertThat(ANALYSIS.code("Putin will attend a summit in Turkey on the crisis in Syria.").stream()
                .map(CoderFixture::describe)).contains("RUS TUR 042").noneMatch(d -> d.endsWith(" 044"));
    }

    @Test
    void anExistentialParticipleIsPassive() {
        // no agent: analysis codes nothing rather than the soldiers as attackers; PETRARCH takes "in Ukraine"
        assertThat(ANALYSIS.code("There were 10 Russian soldiers killed in Ukraine today.")).isEmpty();
        assertThat(PETRARCH.code("There were 10 Russian soldiers killed in Ukraine today.").stream()
                .map(CoderFixture::describe)).containsExactly("UKR RUSMIL 190");
    }

    @Test
    void aNegatedPermissionRejectsAndConsumesItsInfinitive() {
        assertThat(PETRARCH.code("Russia said it would not give permission to Turkey to help Israel.").stream()
                .map(CoderFixture::describe)).containsExactly("RUS TUR 124");
    }

    @Test
    void leavingSomethingInAStateIsNoDeparture() {
        assertThat(ANALYSIS.code("Russia said nothing had changed, leaving the future of Syria uncertain.").stream()
                .map(CoderFixture::describe)).noneMatch(d -> d.contains(" 08"));
        assertThat(ANALYSIS.code("Russian troops left Syria on Sunday.").stream().map(CoderFixture::describe))
                .anyMatch(d -> d.startsWith("RUS") && d.contains("SYR"));
    }

    @Test
    void aClaimWhoseClauseCodesNothingIsAStatementNotAnAccusation() {
        assertThat(ANALYSIS.code("Syria claimed Russia's attitude has improved significantly.").stream()
                .map(CoderFixture::describe)).noneMatch(d -> d.endsWith(" 110") || d.endsWith(" 112"))
                .anyMatch(d -> d.startsWith("SYR") && d.endsWith(" 010"));
        assertThat(ANALYSIS.code("Syria alleged that Russia was aware of the plot.").stream()
                .map(CoderFixture::describe)).anyMatch(d -> d.startsWith("SYR RUS 11"));
    }
}
