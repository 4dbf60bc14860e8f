package io.sitrep.annotate;

import io.sitrep.model.Paragraph;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits the cleaned text into paragraphs: one per line. */
public final class ParagraphSplitter implements Stage {
    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.ARTICLE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.PARAGRAPHS);
    }

    @Override
    public void process(Document doc) {
        doc.put(Keys.PARAGRAPHS, split(doc.text()));
    }

    public static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    out.add(new Paragraph(out.size(), start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }
}
