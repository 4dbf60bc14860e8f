package io.sitrep.extract.quote;

import io.sitrep.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sitrep.extract.quote.Snippet.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Every cue construction on a short literal snippet, with entities given by hand. */
class SpeakerAttributionTest {
    @Test
    void nameSaidAfterTheQuote() {
        List<Quote> qs = Snippet.of("\"We will stay,\" Jane Holt said.").person("Jane Holt", null).quotes();
        assertThat(speakerOf(qs, "We will stay")).isEqualTo("Jane Holt");
        assertThat(qs.get(0).cue()).isEqualTo("said");
        assertThat(qs.get(0).rule()).startsWith("cue-after");
    }

    @Test
    void saidNameInverted() {
        List<Quote> qs = Snippet.of("\"It is over,\" said Peter Lund, a senior analyst at the Nordic Institute.")
                .person("Peter Lund", null).org("Nordic Institute").quotes();
        assertThat(speakerOf(qs, "It is over")).isEqualTo("Peter Lund");
    }

    @Test
    void nameSaysBeforeTheQuote() {
        List<Quote> qs = Snippet.of("Carla Mendes says the plan \"cannot work\".").person("Carla Mendes", null).quotes();
        assertThat(speakerOf(qs, "cannot work")).isEqualTo("Carla Mendes");
    }

    @Test
    void accordingTo() {
        List<Quote> qs = Snippet.of("The talks were \"in a deep crisis\", according to the Red Crescent.")
                .org("Red Crescent").quotes();
        assertThat(speakerOf(qs, "in a deep crisis")).isEqualTo("Red Crescent");
    }

    @Test
    void toldReportersAndToldAnOutlet() {
        List<Quote> qs = Snippet.of("\"We are not leaving,\" Omar Haddad told reporters. "
                        + "\"Nothing changed,\" Lena Berg told Reuters.")
                .person("Omar Haddad", null).person("Lena Berg", null).org("Reuters").quotes();
        assertThat(speakerOf(qs, "We are not leaving")).isEqualTo("Omar Haddad");
        assertThat(qs.get(0).cue()).isEqualTo("told reporters");
        assertThat(speakerOf(qs, "Nothing changed")).isEqualTo("Lena Berg");
    }

    @Test
    void saidInAStatementThenTheStatementSaid() {
        List<Quote> qs = Snippet.of("Two soldiers died, the Interior Ministry said in a statement on Monday.\n"
                        + "\"The cause is under investigation,\" the statement said.")
                .org("Interior Ministry").quotes();
        assertThat(speakerOf(qs, "The cause")).isEqualTo("Interior Ministry");
    }

    @Test
    void wroteOnTelegramAndOtherVerbsOfTheList() {
        List<Quote> qs = Snippet.of("Anna Kovac wrote on Telegram that the attack was \"a crime\". "
                        + "Ivan Petrov warned of \"grave consequences\". Ivan Petrov insisted the army had \"no choice\".")
                .person("Anna Kovac", null).person("Ivan Petrov", null).quotes();
        assertThat(speakerOf(qs, "a crime")).isEqualTo("Anna Kovac");
        assertThat(speakerOf(qs, "grave consequences")).isEqualTo("Ivan Petrov");
        assertThat(speakerOf(qs, "no choice")).isEqualTo("Ivan Petrov");
    }

    @Test
    void addedAfterASplitQuoteKeepsOneSpeakerForBothPieces() {
        List<Quote> qs = Snippet.of("\"We will not leave,\" Sara Okafor added, \"until it is done.\"")
                .person("Sara Okafor", null).quotes();
        assertThat(qs).hasSize(2);
        assertThat(speakerOf(qs, "We will not leave")).isEqualTo("Sara Okafor");
        assertThat(speakerOf(qs, "until it is done")).isEqualTo("Sara Okafor");
    }

    @Test
    void colonAfterAName() {
        List<Quote> qs = Snippet.of("Hans Weber: \"The border stays closed.\"").person("Hans Weber", null).quotes();
        assertThat(speakerOf(qs, "The border")).isEqualTo("Hans Weber");
    }

    @Test
    void appositiveBetweenNameAndVerb() {
        List<Quote> qs = Snippet.of("Maria Lopez, the mayor of the town, said: \"We need water.\"")
                .person("Maria Lopez", "mayor").quotes();
        assertThat(speakerOf(qs, "We need water")).isEqualTo("Maria Lopez");
    }

    @Test
    void standaloneQuoteParagraphContinuesThePreviousSpeaker() {
        List<Quote> qs = Snippet.of("Tom Reyes said the deal was close.\n\"We are one step away.\"")
                .person("Tom Reyes", null).quotes();
        assertThat(speakerOf(qs, "We are one step")).isEqualTo("Tom Reyes");
        assertThat(qs.get(0).rule()).isEqualTo("previous-speaker");
    }

    @Test
    void quoteOverTwoParagraphsKeepsItsSpeaker() {
        List<Quote> qs = Snippet.of("Ms Larsen said: \"The evidence has weakened.\n\"There is no reason to go on.\"")
                .person("Ingrid Larsen", null, "Larsen").quotes();
        assertThat(speakerOf(qs, "The evidence")).isEqualTo("Ingrid Larsen");
        assertThat(speakerOf(qs, "There is no reason")).isEqualTo("Ingrid Larsen");
    }

    @Test
    void heSaidGoesToThePreviousSubjectNotToThePersonTalkedAbout() {
        List<Quote> qs = Snippet.of("Daniel Kerr said that because of his past, Victor Sand \"understands the enemy\".\n"
                        + "\"He learned their language,\" he said.")
                .person("Daniel Kerr", null, "Kerr").person("Victor Sand", null, "Sand").quotes();
        assertThat(speakerOf(qs, "understands the enemy")).isEqualTo("Daniel Kerr");
        assertThat(speakerOf(qs, "He learned")).isEqualTo("Daniel Kerr");
    }

    @Test
    void sheSaidSkipsAManByGender() {
        List<Quote> qs = Snippet.of("Elena Ruiz met John Barker on Monday. \"It was useful,\" she said.")
                .person("Elena Ruiz", null).person("John Barker", null).quotes();
        assertThat(speakerOf(qs, "It was useful")).isEqualTo("Elena Ruiz");
        assertThat(qs.get(0).rule()).isEqualTo("cue-after+pronoun");
    }

    @Test
    void theMinisterIsTheMinisterLastMentioned() {
        List<Quote> qs = Snippet.of("Foreign Minister Alan Price met Defence Minister Karim Nasser. "
                        + "Later, Nasser declined to comment.\nThe minister said the army \"will stay\".")
                .person("Alan Price", "Foreign Minister", "Price").person("Karim Nasser", "Defence Minister", "Nasser").quotes();
        assertThat(speakerOf(qs, "will stay")).isEqualTo("Karim Nasser");
        assertThat(qs.get(0).rule()).isEqualTo("cue-before+nominal");
    }

    @Test
    void theDefenceMinisterMatchesTheRoleWords() {
        List<Quote> qs = Snippet.of("Defence Minister Karim Nasser and Foreign Minister Alan Price spoke. "
                        + "The defence minister called the plan \"dead\".")
                .person("Karim Nasser", "Defence Minister").person("Alan Price", "Foreign Minister").quotes();
        assertThat(speakerOf(qs, "dead")).isEqualTo("Karim Nasser");
    }

    @Test
    void theMinistryAndTheArmyGoToTheNearestMatchingOrganisation() {
        List<Quote> qs = Snippet.of("The Ministry of Health and the National Army issued figures. "
                        + "The ministry called the numbers \"final\". The army said the strikes were \"precise\".")
                .org("Ministry of Health").org("National Army").quotes();
        assertThat(speakerOf(qs, "final")).isEqualTo("Ministry of Health");
        assertThat(speakerOf(qs, "precise")).isEqualTo("National Army");
    }

    @Test
    void aSpokespersonSpeaksForTheOrganisation() {
        List<Quote> qs = Snippet.of("Northwind Oil has stayed cautious.\n\"We are monitoring developments,\" a company spokesperson said. "
                        + "\"No comment,\" a spokesman for the Red Cross said.")
                .org("Northwind Oil").org("Red Cross").quotes();
        assertThat(speakerOf(qs, "We are monitoring")).isEqualTo("Northwind Oil");
        assertThat(speakerOf(qs, "No comment")).isEqualTo("Red Cross");
    }

    @Test
    void anUnnamedOfficialIsNobodyNotTheOrganisation() {
        List<Quote> qs = Snippet.of("A Nato official told the BBC that \"no rule allows expulsion\".").org("Nato").org("BBC").quotes();
        assertThat(speakerOf(qs, "no rule")).isEqualTo("-");
        assertThat(qs.get(0).rule()).isEqualTo("cue-before+unnamed");
    }

    @Test
    void aStateSpeaksThroughItsCapital() {
        List<Quote> qs = Snippet.of("Moscow said the strikes were \"a response\".").country("Russia", "RUS", "Moscow").quotes();
        assertThat(speakerOf(qs, "a response")).isEqualTo("Russia");
    }

    @Test
    void institutionsSpeak() {
        List<Quote> qs = Snippet.of("The Pentagon said the mission was \"complete\".").org("Pentagon").quotes();
        assertThat(speakerOf(qs, "complete")).isEqualTo("Pentagon");
    }

    @Test
    void theOuterReportingVerbWinsOverAVerbInsideTheReportedClause() {
        List<Quote> qs = Snippet.of("Mike Lane said that after a review Washington had concluded the plan was \"not illegal\".")
                .person("Mike Lane", null).country("United States", "USA", "Washington").quotes();
        assertThat(speakerOf(qs, "not illegal")).isEqualTo("Mike Lane");
    }

    @Test
    void participleSharesTheSubjectOfItsClause() {
        List<Quote> qs = Snippet.of("Ambassador Olga Marsh denied the charges, calling them a \"propaganda show\".")
                .person("Olga Marsh", "Ambassador").quotes();
        assertThat(speakerOf(qs, "propaganda show")).isEqualTo("Olga Marsh");
    }

    @Test
    void attributionAtTheEndOfTheSentence() {
        List<Quote> qs = Snippet.of("The prosecutor decided to \"discontinue the investigation\", the Prosecution Authority said.")
                .org("Prosecution Authority").quotes();
        assertThat(speakerOf(qs, "discontinue")).isEqualTo("Prosecution Authority");
    }

    @Test
    void relativeClauseSpeaker() {
        List<Quote> qs = Snippet.of("Li is the head of the Dialogue Group, which says it aims to \"protect rights\".")
                .org("Dialogue Group").quotes();
        assertThat(speakerOf(qs, "protect rights")).isEqualTo("Dialogue Group");
    }

    @Test
    void quoteWithoutCueContinuesTheEarlierQuoteOfItsParagraph() {
        List<Quote> qs = Snippet.of("\"Leaders took risks,\" Paul Grant said. Their chief \"came to the table\".")
                .person("Paul Grant", null).quotes();
        assertThat(speakerOf(qs, "came to the table")).isEqualTo("Paul Grant");
    }

    @Test
    void noRecoverableSpeakerIsNull() {
        List<Quote> qs = Snippet.of("Olaf Berg visited the port.\nThe decision has been seen as \"seriously weakening\" the court.")
                .person("Olaf Berg", null).quotes();
        assertThat(speakerOf(qs, "seriously weakening")).isEqualTo("-");
    }

    @Test
    void itAddedGoesToTheOrganisationThatSpoke() {
        List<Quote> qs = Snippet.of("Eva Lind took the decision, the Prosecution Authority said.\n"
                        + "\"The evidence has weakened,\" it added.")
                .person("Eva Lind", null).org("Prosecution Authority").quotes();
        assertThat(speakerOf(qs, "The evidence")).isEqualTo("Prosecution Authority");
    }

    @Test
    void reportNamedLaterIsItsAuthor() {
        List<Quote> qs = Snippet.of("A tank \"likely\" fired on the crew, according to a report published on Thursday.\n"
                        + "The crew survived.\n\"It is a likely scenario,\" the Delft Institute's report said.")
                .org("Delft Institute").quotes();
        assertThat(speakerOf(qs, "likely")).isEqualTo("Delft Institute");
        assertThat(speakerOf(qs, "It is a likely")).isEqualTo("Delft Institute");
    }
}
