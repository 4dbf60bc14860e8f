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
    /** Inputs larger than this are refused (the default is generous: 64 MiB, room for HTML heavy with markup). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /**
     * Articles whose cleaned text is longer than this are refused: one million characters is about 150,000
     * words, twenty times a long feature. It bounds the time and memory of one analysis (the pipeline needs
     * about 100 bytes per character); a longer text is a dump of many articles and should be split.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final TextDecoder decoder;
    private final long maxBytes;
    private final int maxChars;
    private final PlainTextCleaner plain = new PlainTextCleaner();
    private final HtmlExtractor html = new HtmlExtractor();

    /**
     * @param charset  charset of inputs without a byte-order mark, null for UTF-8 (UTF-16 recognised)
     * @param maxBytes larger inputs are refused before they are decoded
     * @param maxChars articles whose text is longer are refused
     */
    public ArticleReader(Charset charset, long maxBytes, int maxChars) {
        this.decoder = new TextDecoder(charset);
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    public ArticleReader(Charset charset, long maxBytes) {
        this(charset, maxBytes, DEFAULT_MAX_CHARS);
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
        return read(name, readBytes(name, in), null);
    }

    /** Reads a whole stream, refusing more than the size limit (without holding more than limit + 1 bytes). */
    public byte[] readBytes(String name, InputStream in) throws InvalidInputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException(name, "too large (over " + maxBytes + " bytes)");
            }
            return bytes;
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
        if (!isHtml && text.length() > maxChars) {
            long visible = visibleChars(text);
            if (visible > maxChars) {
                throw tooLong(name, visible);
            }
        }
        Article a = isHtml ? html.extract(name, text) : plain.clean(name, text);
        if (a.text().isBlank()) {
            throw new InvalidInputException(name, isHtml ? "no article text found in the HTML" : "empty input (no text after cleaning)");
        }
        if (a.text().length() > maxChars) {
            throw tooLong(name, a.text().length());
        }
        return a;
    }

    private InvalidInputException tooLong(String name, long chars) {
        return new InvalidInputException(name, "text too long for one article (" + chars + " characters, limit "
                + maxChars + "; split it or raise --max-chars)");
    }

    /** Characters that cleaning keeps, counted without building the cleaned text (a cheap early refusal). */
    private static long visibleChars(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
                n++;
            }
        }
        return n;
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
