package io.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a corpus into {@link RawArticle}s. Three layouts:
 * <ul>
 * <li>{@link Format#FILES}: one article per file (text or HTML); a folder, a file or a Hadoop glob such as
 *     {@code corpus/*.txt}; folders are read recursively.</li>
 * <li>{@link Format#JSONL}: one JSON object per line with {@code text} (first line the headline, as in a
 *     text file) or {@code html}, and optionally {@code id}, {@code title}, {@code url}, {@code published}.</li>
 * <li>{@link Format#WARC}: web archives ({@code .warc}, {@code .warc.gz}); every HTTP 200 response and every
 *     resource record of type HTML or plain text is one article; the capture date stands in for the
 *     publication date when the page names none.</li>
 * </ul>
 */
public final class CorpusReader {
    public enum Format {
        FILES, JSONL, WARC;

        /** Decides from the path's name: *.jsonl / *.ndjson / *.json → JSONL, *.warc[.gz] → WARC, else FILES. */
        public static Format guess(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json") || p.endsWith(".jsonl.gz")) {
                return JSONL;
            }
            if (p.endsWith(".warc") || p.endsWith(".warc.gz")) {
                return WARC;
            }
            return FILES;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {
    }

    public static JavaRDD<RawArticle> read(JavaSparkContext sc, String path, Format format) {
        sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        return switch (format) {
            case FILES -> sc.binaryFiles(path).map(CorpusReader::fromFile);
            case JSONL -> sc.textFile(path).zipWithIndex().filter(t -> !t._1().isBlank())
                    .map(t -> fromJsonLine(t._1(), t._2()));
            case WARC -> sc.binaryFiles(path).flatMap(CorpusReader::fromWarc);
        };
    }

    static RawArticle fromFile(Tuple2<String, PortableDataStream> file) {
        return new RawArticle(file._1(), file._2().toArray(), null, null, null);
    }

    static RawArticle fromJsonLine(String line, long index) throws IOException {
        JsonNode o = JSON.readTree(line);
        String url = text(o, "url");
        String id = text(o, "id");
        if (id == null) {
            id = url != null ? url : "line:" + (index + 1);
        }
        String published = text(o, "published");
        String html = text(o, "html");
        if (html != null) {
            return new RawArticle(id, html.getBytes(StandardCharsets.UTF_8), "text/html", url, published);
        }
        String body = text(o, "text");
        String title = text(o, "title");
        String raw = title == null ? (body == null ? "" : body) : title + "\n" + (body == null ? "" : body);
        return new RawArticle(id, raw.getBytes(StandardCharsets.UTF_8), "text/plain", url, published);
    }

    static Iterator<RawArticle> fromWarc(Tuple2<String, PortableDataStream> file) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        try (InputStream in = file._2().open(); WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                RawArticle a = fromWarcRecord(record);
                if (a != null) {
                    out.add(a);
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException(file._1() + ": " + e.getMessage(), e);
        }
        return out.iterator();
    }

    private static RawArticle fromWarcRecord(WarcRecord record) throws IOException {
        String url;
        MediaType type;
        byte[] body;
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return null;
            }
            url = response.target();
            type = http.contentType();
            body = http.body().stream().readAllBytes();
        } else if (record instanceof WarcResource resource) {
            url = resource.target();
            type = resource.payload().map(p -> p.type()).orElse(MediaType.OCTET_STREAM);
            body = resource.body().stream().readAllBytes();
        } else {
            return null;
        }
        String base = type.base().toString();
        String contentType = base.equals("text/html") || base.equals("application/xhtml+xml") ? "text/html"
                : base.equals("text/plain") ? "text/plain" : null;
        if (contentType == null || body.length == 0) {
            return null;
        }
        String captured = record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new RawArticle(url + " " + record.id(), body, contentType, url, captured);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
