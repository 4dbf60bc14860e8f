package io.sitrep.resolve.coref;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.extract.quote.QuoteFinder;
import io.sitrep.model.Article;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoreferenceTest {
    private static final Pipeline ANNOTATE = Pipeline.builder().add(new ParagraphSplitter()).add(new Tokenizer())
            .add(new SentenceSplitter()).add(new PosTagger()).add(new QuoteFinder()).build();

    /** Entities: {name, TYPE, role} each mentioned wherever its name (or last word for persons) occurs. */
    private static List<Entity> resolve(String text, String[]... specs) {
        Document doc = ANNOTATE.run(new Document(Article.of("-", text)));
        List<Entity> es = new ArrayList<>();
        for (String[] s : specs) {
            List<Mention> ms = new ArrayList<>();
            for (String form : new String[] {s[0], s[0].substring(s[0].lastIndexOf(' ') + 1)}) {
                for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                    int at = i;
                    if (ms.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                        ms.add(new Mention(i, i + form.length(), form, "test"));
                    }
                }
            }
            ms.sort(null);
            es.add(new Entity("e" + (es.size() + 1), s[0], EntityType.valueOf(s[1]), null, null, null, s.length > 2 ? s[2] : null,
                    null, null, ms, null));
        }
        doc.put(Keys.ENTITIES, es);
        new Coreference().process(doc);
        assertThat(doc.get(Keys.COREF)).isTrue();
        return doc.get(Keys.ENTITIES);
    }

    private static List<String> added(List<Entity> es, String name, String rule) {
        return es.stream().filter(e -> e.name().equals(name)).flatMap(e -> e.mentions().stream())
                .filter(m -> m.rule().equals(rule)).map(Mention::text).toList();
    }

    @Test
    void pronounsByGenderAndPreviousSubject() {
        List<Entity> es = resolve("Maria Costa met Peter Novak in Rome. She said the meeting went well. He declined to comment.",
                new String[] {"Maria Costa", "PERSON"}, new String[] {"Peter Novak", "PERSON"});
        assertThat(added(es, "Maria Costa", "pronoun")).containsExactly("She");
        assertThat(added(es, "Peter Novak", "pronoun")).containsExactly("He");
    }

    @Test
    void subjectOfThePreviousSentenceBeatsThePersonLastNamed() {
        List<Entity> es = resolve("Alan Reid said that Victor Hale understands the region. He added that talks would resume.",
                new String[] {"Alan Reid", "PERSON"}, new String[] {"Victor Hale", "PERSON"});
        assertThat(added(es, "Alan Reid", "pronoun")).containsExactly("He");
    }

    @Test
    void pronounLaterInTheSentenceGoesToItsSubject() {
        List<Entity> es = resolve("Donald Brown said on Monday as he signed the order that steel matters.",
                new String[] {"Donald Brown", "PERSON"});
        assertThat(added(es, "Donald Brown", "pronoun")).containsExactly("he");
    }

    @Test
    void titlesGiveGender() {
        List<Entity> es = resolve("Ms Okafor and Mr Lindqvist arrived. She spoke first.",
                new String[] {"Ms Okafor", "PERSON"}, new String[] {"Mr Lindqvist", "PERSON"});
        assertThat(added(es, "Ms Okafor", "pronoun")).containsExactly("She");
    }

    @Test
    void itBeforeASpeechVerbGoesToAnOrganisation() {
        List<Entity> es = resolve("The Prosecution Authority closed the case. It said the evidence had weakened.",
                new String[] {"Prosecution Authority", "ORGANIZATION"});
        assertThat(added(es, "Prosecution Authority", "pronoun")).containsExactly("It");
    }

    @Test
    void roleNounsMatchRolesAndTitles() {
        List<Entity> es = resolve("Defence Minister Karim Nasser met Foreign Minister Alan Price. The defence minister said little.",
                new String[] {"Karim Nasser", "PERSON", "Defence Minister"}, new String[] {"Alan Price", "PERSON", "Foreign Minister"});
        assertThat(added(es, "Karim Nasser", "nominal")).containsExactly("The defence minister");
    }

    @Test
    void roleNounWithAStateModifier() {
        List<Entity> es = ANNOTATED_WITH_COUNTRY();
        assertThat(added(es, "Joe Carter", "nominal")).containsExactly("the US President");
    }

    private static List<Entity> ANNOTATED_WITH_COUNTRY() {
        String text = "US President Joe Carter met Canadian Prime Minister Ann Leclerc. Later, the US President said nothing.";
        Document doc = ANNOTATE.run(new Document(Article.of("-", text)));
        List<Entity> es = new ArrayList<>();
        es.add(new Entity("e1", "United States", EntityType.COUNTRY, null, "USA", "USA", null, null, null,
                List.of(new Mention(0, 2, "US", "test"), new Mention(text.lastIndexOf("US"), text.lastIndexOf("US") + 2, "US", "test")), null));
        es.add(new Entity("e2", "Joe Carter", EntityType.PERSON, null, null, "USA", "President", null, null,
                List.of(new Mention(13, 23, "Joe Carter", "test")), null));
        int ann = text.indexOf("Ann Leclerc");
        es.add(new Entity("e3", "Ann Leclerc", EntityType.PERSON, null, null, "CAN", "Prime Minister", null, null,
                List.of(new Mention(ann, ann + 11, "Ann Leclerc", "test")), null));
        doc.put(Keys.ENTITIES, es);
        new Coreference().process(doc);
        return doc.get(Keys.ENTITIES);
    }

    @Test
    void organisationNounsGoToTheNearestMatchingOrganisation() {
        List<Entity> es = resolve("The Health Ministry and the National Army disagreed. The army said it was ready. The ministry said no.",
                new String[] {"Health Ministry", "ORGANIZATION"}, new String[] {"National Army", "ORGANIZATION"});
        assertThat(added(es, "National Army", "nominal")).containsExactly("The army");
        assertThat(added(es, "Health Ministry", "nominal")).containsExactly("The ministry");
    }

    @Test
    void genericNounTakesTheLastOrganisation() {
        List<Entity> es = resolve("Goldman Sachs raised its forecast. The bank said demand was strong.",
                new String[] {"Goldman Sachs", "ORGANIZATION"});
        assertThat(added(es, "Goldman Sachs", "nominal")).containsExactly("The bank");
    }

    @Test
    void pronounsInsideQuotesAreLeftAlone() {
        List<Entity> es = resolve("Lisa Moor said: \"He will never win.\"", new String[] {"Lisa Moor", "PERSON"});
        assertThat(added(es, "Lisa Moor", "pronoun")).isEmpty();
    }
}
