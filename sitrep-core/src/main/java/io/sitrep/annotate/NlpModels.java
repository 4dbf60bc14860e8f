package io.sitrep.annotate;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP models (UD English, Apache-2.0, from Maven Central), loaded once per JVM on first use.
 */
public final class NlpModels {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private NlpModels() {
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    public static SentenceModel sentence() {
        return SentenceHolder.MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
