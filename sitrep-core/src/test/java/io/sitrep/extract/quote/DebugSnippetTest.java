package io.sitrep.extract.quote;

import io.sitrep.model.Quote;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class DebugSnippetTest {
    @Test
    void syria() throws Exception {
        String text = Files.readString(Path.of("../../shared/examples/syria-bases.txt"));
        text = text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
        var s = Snippet.of(text)
                .person("Murhaf Abu Qasra", "Defence Minister", "Abu Qasra")
                .person("Mikhail Bogdanov", "deputy foreign minister")
                .person("Hakan Fidan", "Foreign Minister")
                .person("Bashar al-Assad", null, "Assad")
                .person("Vladimir Putin", null, "Putin")
                .country("Russia", "RUS", "Moscow", "Kremlin", "Russian")
                .country("Syria", "SYR", "Damascus", "Syrian")
                .country("Turkey", "TUR", "Turkish")
                .country("United States", "USA", "US")
                .org("Islamic State", "IS")
                .org("Syrian Democratic Forces", "SDF");
        var doc = s.run();
        for (Quote q : doc.get(io.sitrep.pipeline.Keys.QUOTES)) {
            System.out.println(q.text() + "  ->  " + q.speakerName() + " [" + q.cue() + "] " + q.rule());
        }
        doc.get(io.sitrep.pipeline.Keys.CLAIMS).forEach(System.out::println);
        doc.get(io.sitrep.pipeline.Keys.ENTITIES).forEach(e -> System.out.println(e.name() + " " + e.mentions().stream().filter(m -> !m.rule().equals("test")).map(m -> m.text() + "@" + m.start()).toList()));
    }
}
