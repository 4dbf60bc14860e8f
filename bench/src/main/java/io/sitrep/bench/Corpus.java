package io.sitrep.bench;

import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The benchmark corpus: the articles of a folder (*.txt, *.html), read as the CLI reads them, repeated to N. */
public final class Corpus {
    private Corpus() {
    }

    public static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".txt") || n.endsWith(".html");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no *.txt or *.html articles in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Article> load(Path dir) {
        ArticleReader reader = new ArticleReader();
        List<Article> out = new ArrayList<>();
        for (Path f : files(dir)) {
            try {
                out.add(reader.read(f));
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(e.oneLine(), e);
            }
        }
        return out;
    }

    /** The first {@code n} items of the list repeated end to end. */
    public static <T> List<T> repeat(List<T> items, int n) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(items.get(i % items.size()));
        }
        return out;
    }

    /**
     * Writes the folder's articles repeated to N as JSON Lines ({@code id}, {@code text}), the input of the
     * Spark scaling run: {@code Corpus --dir DIR --n N --jsonl OUT}.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> o = Throughput.options(args);
        List<Path> files = files(Path.of(o.getOrDefault("dir", "../shared/examples/dev")));
        int n = Integer.parseInt(o.getOrDefault("n", String.valueOf(files.size())));
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(o.get("jsonl")))) {
            for (int i = 0; i < n; i++) {
                Path f = files.get(i % files.size());
                w.write(json.writeValueAsString(Map.of("id", i + ":" + f.getFileName(), "text", Files.readString(f))));
                w.write('\n');
            }
        }
    }

    public static long chars(List<Article> articles) {
        long c = 0;
        for (Article a : articles) {
            c += a.text().length();
        }
        return c;
    }
}
