package io.sitrep.annotate;

import io.sitrep.model.Paragraph;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentences inside each paragraph with OpenNLP's sentence detector, then snaps each sentence to
 * whole tokens so that every token belongs to exactly one sentence.
 */
public final class SentenceSplitter implements Stage {
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(NlpModels.sentence()));

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.PARAGRAPHS, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.SENTENCES);
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<Sentence> out = new ArrayList<>();
        int t = 0;
        SentenceDetectorME sd = detector.get();
        for (Paragraph p : doc.get(Keys.PARAGRAPHS)) {
            String para = text.substring(p.start(), p.end());
            Span[] spans = para.length() > 20_000 ? chunk(para) : sd.sentPosDetect(para);
            if (spans.length == 0) {
                spans = new Span[] {new Span(0, para.length())};
            }
            for (int s = 0; s < spans.length; s++) {
                int end = s + 1 < spans.length ? p.start() + spans[s + 1].getStart() : p.end();
                int first = t;
                while (t < tokens.size() && tokens.get(t).start() < end) {
                    t++;
                }
                if (t > first) {
                    out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(t - 1).end(), first, t, p.index()));
                }
            }
        }
        doc.put(Keys.SENTENCES, List.copyOf(out));
    }

    /** Very long paragraphs (no punctuation to speak of) are cut into bounded pieces to keep time linear. */
    private static Span[] chunk(String para) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < para.length()) {
            int end = Math.min(para.length(), start + 2_000);
            if (end < para.length()) {
                int space = para.lastIndexOf(' ', end);
                if (space > start) {
                    end = space + 1;
                }
            }
            spans.add(new Span(start, end));
            start = end;
        }
        return spans.toArray(new Span[0]);
    }
}
