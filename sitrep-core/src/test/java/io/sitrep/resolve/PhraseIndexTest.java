package io.sitrep.resolve;

import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.EntityType;
import io.sitrep.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled phrase matcher on a small literal gazetteer. */
class PhraseIndexTest {
    private static final Gazetteer SMALL = Gazetteer.of(Map.of(
            "countries.tsv", "# iso3 iso2 name official lat lon aliases demonyms capitals\n"
                    + "USA\tUS\tUnited States\tUnited States of America\t38\t-97\tUS|U.S.|America\tAmerican|Americans\tWashington, D.C.\n"
                    + "CIV\tCI\tIvory Coast\tRepublic of Côte d'Ivoire\t8\t-5\tCôte d'Ivoire\tIvorian\tYamoussoukro\n",
            "organizations.tsv", "Islamic State\tIS|ISIS\tGROUP\t\tIMGMUSISI\tcurated\n",
            "agents.tsv", "minister\tGOV\ndefence minister\tMIL\nrebel\tREB\n"));

    private static PhraseIndex.Match at(String text, int token) {
        List<Token> toks = Tokenizer.tokenize(text);
        return SMALL.index().longestAt(toks, token, toks.size());
    }

    @Test
    void longestPhraseWins() {
        PhraseIndex.Match m = at("the United States of America said", 1);
        assertThat(m.end() - m.first()).isEqualTo(4);
        assertThat(m.hits().get(0).entry().code()).isEqualTo("USA");
    }

    @Test
    void accentsAndApostrophesAreFolded() {
        PhraseIndex.Match m = at("in Cote d’Ivoire today", 1);
        assertThat(m).isNotNull();
        assertThat(m.hits().get(0).entry().code()).isEqualTo("CIV");
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(at("IS fighters attacked", 0)).isNotNull();
        assertThat(at("Is it true", 0)).isNull();
        assertThat(at("US troops", 0).hits().get(0).sense()).isEqualTo(PhraseHit.Sense.ALIAS);
        assertThat(at("Us and them", 0)).isNull();
        assertThat(at("Isis fighters", 0)).isNotNull();
    }

    @Test
    void capitalsWithAbbreviationsAlsoMatchAlone() {
        PhraseIndex.Match m = at("Washington said", 0);
        assertThat(m.hits()).anyMatch(h -> h.sense() == PhraseHit.Sense.CAPITAL && h.entry().type() == EntityType.COUNTRY);
    }

    @Test
    void agentCodesUseTheLongestAgentPhrase() {
        assertThat(SMALL.agentCode("Defence Minister")).isEqualTo("MIL");
        assertThat(SMALL.agentCode("deputy foreign minister")).isEqualTo("GOV");
        assertThat(SMALL.agentCode("journalist")).isNull();
    }
}
