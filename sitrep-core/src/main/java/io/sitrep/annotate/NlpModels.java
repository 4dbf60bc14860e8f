package io.sitrep.annotate;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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

    /**
     * Width of the part-of-speech tagger's beam search. The model ships with 3; greedy decoding (1) gave the
     * same tag for all 14,340 tokens of the dev articles and tags about 1.8 times as fast (the tagger was the
     * hottest part of the pipeline in a JFR profile).
     */
    public static final int POS_BEAM_SIZE = 1;

    private static final class PosHolder {
        static final POSModel MODEL = load(POS, in -> new POSModel(withManifestProperty(in, "BeamSize",
                Integer.toString(POS_BEAM_SIZE))));
    }

    public static SentenceModel sentence() {
        return SentenceHolder.MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    /**
     * The model package (a zip) with one property of its manifest set, read into memory: OpenNLP takes the
     * beam width of a sequence model from its manifest and offers no other way to set it.
     */
    static InputStream withManifestProperty(InputStream model, String name, String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        try (ZipInputStream zin = new ZipInputStream(model); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(zin);
                    p.setProperty(name, value);
                    p.store(zout, null);
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static final String MANIFEST = "manifest.properties";

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
