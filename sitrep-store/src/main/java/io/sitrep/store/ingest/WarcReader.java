package io.sitrep.store.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * WARC files (jwarc, plain or gzipped): one article per HTTP 200 response with an HTML body, its URL the
 * record's target URI. Other records (requests, metadata, images, redirects) are skipped.
 */
public final class WarcReader {
    private static final long MAX_BODY = 16L * 1024 * 1024;

    private WarcReader() {
    }

    public static void read(Path file, Consumer<Input> sink) {
        try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(file)) {
            int n = 0;
            for (WarcRecord record : warc) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                n++;
                String name = file + "#" + n;
                try {
                    HttpResponse http = response.http();
                    MediaType type = http.contentType();
                    if (http.status() != 200 || type == null || !type.base().toString().contains("html")) {
                        continue;
                    }
                    byte[] body = http.body().stream().readNBytes((int) MAX_BODY);
                    Charset cs = charset(type);
                    sink.accept(new RawArticle(response.target(), new String(body, cs), true, null,
                            response.target(), null, null));
                } catch (IOException | RuntimeException e) {
                    sink.accept(Input.failed(name, "unreadable WARC response: " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(Input.failed(file.toString(), "not a readable WARC file: " + e.getMessage()));
        }
    }

    private static Charset charset(MediaType type) {
        String cs = type.parameters().get("charset");
        try {
            return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
