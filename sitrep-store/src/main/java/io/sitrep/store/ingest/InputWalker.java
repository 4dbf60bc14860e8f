package io.sitrep.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths given to {@code sitrep ingest} into inputs: folders recursively (in name order; hidden files and
 * files whose extension is not one of {@link #FOLDER_EXTENSIONS} skipped, such as {@code .json} or images), JSON Lines ({@code .jsonl}, {@code .ndjson}), RSS/Atom feeds ({@code .rss}, {@code .atom}, or
 * {@code .xml} whose root is a feed), WARC ({@code .warc}, {@code .warc.gz}), and any other file as one text or
 * HTML article. A path that does not exist becomes a failed input.
 */
public final class InputWalker {
    private InputWalker() {
    }

    public static void walk(List<Path> paths, Consumer<Input> sink) {
        for (Path p : paths) {
            walk(p, sink);
        }
    }

    static void walk(Path path, Consumer<Input> sink) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> !hidden(path, f) && readableInFolder(f))
                        .sorted()
                        .forEach(f -> file(f, sink));
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.accept(Input.failed(path.toString(), "cannot list the folder: " + e.getMessage()));
            }
        } else if (Files.exists(path)) {
            file(path, sink);
        } else {
            sink.accept(Input.failed(path.toString(), "no such file or folder"));
        }
    }

    static void file(Path f, Consumer<Input> sink) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                JsonLinesReader.read(f.toString(), r, sink);
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.accept(Input.failed(f.toString(), "cannot read: " + e.getMessage()));
            }
        } else if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml") && isFeed(f)) {
            FeedReader.read(f, sink);
        } else if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            WarcReader.read(f, sink);
        } else {
            sink.accept(new FileInput(f));
        }
    }

    /** Whether an XML file's root element is an RSS, RDF or Atom feed (from its first 4 KiB). */
    static boolean isFeed(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return head.contains("<rss") || head.contains("<rdf:rdf") || head.contains("<feed");
        } catch (IOException e) {
            return false;
        }
    }

    /** Extensions taken from folders (files named on the command line are always taken); no extension is taken too. */
    public static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml", "md", "jsonl",
            "ndjson", "rss", "atom", "xml", "warc", "gz");

    static boolean readableInFolder(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String ext = n.substring(dot + 1);
        return FOLDER_EXTENSIONS.contains(ext) && (!ext.equals("gz") || n.endsWith(".warc.gz"));
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
