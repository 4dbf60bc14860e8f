package io.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP on the same corpus, for the side-by-side figures.
 * {@code CoreNlpRun --annotators tokenize,ssplit,pos,lemma,ner [--name corenlp-ner] [--dir DIR] [--n N]
 * [--threads T] [--warmup W]}; prints one {@link RunResult} JSON line. CoreNLP's own defaults otherwise
 * (English models, statistical coreference, quote attribution on).
 */
public final class CoreNlpRun {
    public static final String NER = "tokenize,ssplit,pos,lemma,ner";
    /** Quote attribution needs NER mentions and coreference chains; coreference needs a parse. */
    public static final String FULL = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote";

    private CoreNlpRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Throughput.options(args);
        String annotators = o.getOrDefault("annotators", NER);
        String name = o.getOrDefault("name", annotators.equals(NER) ? "corenlp-ner" : "corenlp-full");
        RunResult r = Throughput.run(name, annotators, () -> {
            Properties p = new Properties();
            p.setProperty("annotators", annotators);
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            StanfordCoreNLP nlp = new StanfordCoreNLP(p);
            return article -> {
                Annotation doc = new Annotation(article.text());
                nlp.annotate(doc);
                return doc.get(CoreAnnotations.TokensAnnotation.class).size();
            };
        }, o);
        System.out.println(r.json());
    }
}
