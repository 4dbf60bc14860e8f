package io.sitrep.ingest;

import io.sitrep.clean.HtmlExtractor;
import io.sitrep.clean.PlainTextCleaner;
import io.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads one article from a file, stdin or bytes: decodes it, decides between HTML and plain text, and
 * hands it to the matching cleaner. Every failure is an {@link InvalidInputException} that names the input.
 */
public final class ArticleReader {
    /** Inputs larger than this are refused (the default is generous: 64 MiB). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final TextDecoder decoder;
    private final long maxBytes;
    private final PlainTextCleaner plain = new PlainTextCleaner();
    private final HtmlExtractor html = new HtmlExtractor();

    public ArticleReader(Charset charset, long maxBytes) {
        this.decoder = new TextDecoder(charset);
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(null, DEFAULT_MAX_BYTES);
    }

    public Article read(Path path) throws InvalidInputException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(name, "is a directory, not a file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InvalidInputException(name, "too large (" + size + " bytes, limit " + maxBytes + ")");
            }
            return read(name, Files.readAllBytes(path), null);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name, "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    public Article read(String name, InputStream in) throws InvalidInputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException(name, "too large (over " + maxBytes + " bytes)");
            }
            return read(name, bytes, null);
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param contentType "text/html", "text/plain" or null to decide from the content and the name
     */
    public Article read(String name, byte[] bytes, String contentType) throws InvalidInputException {
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(name, "too large (" + bytes.length + " bytes, limit " + maxBytes + ")");
        }
        String text = decoder.decode(name, bytes);
        return fromText(name, text, contentType);
    }

    /** Cleans already-decoded text or HTML into an article. */
    public Article fromText(String name, String text, String contentType) throws InvalidInputException {
        boolean isHtml = contentType != null ? contentType.toLowerCase(Locale.ROOT).contains("html") : looksLikeHtml(name, text);
        Article a = isHtml ? html.extract(name, text) : plain.clean(name, text);
        if (a.text().isBlank()) {
            throw new InvalidInputException(name, isHtml ? "no article text found in the HTML" : "empty input (no text after cleaning)");
        }
        return a;
    }

    public static Article withDate(Article a, LocalDate date) {
        return date == null ? a : a.withPublished(date);
    }

    static boolean looksLikeHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        int n = Math.min(text.length(), 2048);
        String head = text.substring(0, n).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<article")
                || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div") || head.contains("<p ")));
    }
}
