package io.sitrep.extract.event;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Article;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs PETRARCH validation records through the event coder: each record's text is tokenised, tagged and
 * split by our own annotators (the records' parses are not used), actors come from the dictionaries the
 * file's {@code <Environment>} names (found beside the file, in {@code ../dictionaries}, or bundled), and
 * the coded (source, target, code) set must equal the expected one.
 */
public final class PetrarchValidation {
    private final EventCoder coder;
    private final ActorPhraseMatcher actors;
    private final Pipeline annotate = Pipeline.builder().add(new ParagraphSplitter()).add(new Tokenizer())
            .add(new SentenceSplitter()).add(new PosTagger()).build();

    public PetrarchValidation(VerbDictionary verbs, ActorDictionary actorDict, AgentDictionary agents, DiscardList discards) {
        this.coder = new EventCoder(verbs, discards, EventCoder.Options.petrarch());
        this.actors = new ActorPhraseMatcher(actorDict, agents);
    }

    /** The dictionaries the environment names, looked up beside {@code xml}; ours where it names none. */
    public static PetrarchValidation forEnvironment(Path xml, Map<String, String> env, Consumer<String> log) {
        Path dir = xml.toAbsolutePath().getParent();
        String verbName = env.getOrDefault("Verbfile", "CAMEO.2.0.txt");
        String actorNames = env.getOrDefault("Actorfile",
                "Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt");
        String agentName = env.getOrDefault("Agentfile", "Phoenix.agents.txt");
        String discardName = env.getOrDefault("Discardfile", "Phoenix.discards.txt");

        Path verbPath = locate(dir, verbName);
        VerbDictionary verbs = verbPath != null ? VerbDictionary.read(verbPath) : VerbDictionary.cameo();
        log.accept("verbs: " + (verbPath != null ? verbPath : "bundled CAMEO.2.0.txt") + " (" + verbs.summary() + ")");

        ActorDictionary actorDict = new ActorDictionary();
        for (String name : actorNames.split(",")) {
            String nm = name.trim();
            if (nm.isEmpty()) {
                continue;
            }
            Path p = locate(dir, nm);
            if (p != null) {
                actorDict.parse(DictionaryLines.read(p));
            } else if (bundled(nm)) {
                actorDict.parse(DictionaryLines.resource(nm));
            } else {
                log.accept("actors: " + nm + " not found, skipped");
                continue;
            }
            log.accept("actors: " + (p != null ? p : "bundled " + nm));
        }
        Path agentPath = locate(dir, agentName);
        AgentDictionary agents = agentPath != null ? AgentDictionary.read(agentPath) : AgentDictionary.phoenix();
        Path discardPath = locate(dir, discardName);
        DiscardList discards = discardPath != null ? DiscardList.read(discardPath)
                : bundled(discardName) ? DiscardList.resource(discardName) : null;
        return new PetrarchValidation(verbs, actorDict, agents, discards);
    }

    private static boolean bundled(String name) {
        return PetrarchValidation.class.getResource("/io/sitrep/cameo/" + name) != null;
    }

    private static Path locate(Path dir, String name) {
        for (Path p : new Path[] {dir.resolve(name), dir.resolveSibling("dictionaries").resolve(name),
                dir.resolve("dictionaries").resolve(name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** The outcome of one record. */
    public record Outcome(PetrarchRecord record, Set<PetrarchRecord.Coding> coded, boolean passed) {
    }

    public Outcome evaluate(PetrarchRecord r) {
        Set<PetrarchRecord.Coding> coded = code(r);
        Set<PetrarchRecord.Coding> expected = new LinkedHashSet<>(r.expected());
        return new Outcome(r, coded, expected.equals(coded));
    }

    /** Codes the record's text with the validation dictionaries. */
    public Set<PetrarchRecord.Coding> code(PetrarchRecord r) {
        return code(r, null);
    }

    /** The tokens, tags, actors and the rule behind every event, for reading a failure. */
    public String explain(PetrarchRecord r) {
        StringBuilder b = new StringBuilder();
        code(r, b);
        return b.toString();
    }

    private Set<PetrarchRecord.Coding> code(PetrarchRecord r, StringBuilder explain) {
        Set<PetrarchRecord.Coding> out = new LinkedHashSet<>();
        if (r.text().isBlank()) {
            return out;
        }
        Document doc = annotate.run(new Document(new Article(r.id(), null, r.text(), r.date(), null, null)));
        List<Token> tokens = doc.get(Keys.TOKENS);
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            SentenceTokens st = SentenceTokens.of(tokens, s);
            List<String> texts = st.texts();
            List<String> tags = st.tags();
            List<ActorMention> found = actors.find(st.upper(), st.tagArray(), r.date());
            StringBuilder trace = explain == null ? null : new StringBuilder();
            List<CodedEvent> events = coder.code(new CodingSentence(texts, tags, found), trace);
            if (explain != null) {
                explain.append("    ");
                for (int i = 0; i < texts.size(); i++) {
                    explain.append(i).append(':').append(texts.get(i)).append('/').append(tags.get(i)).append(' ');
                }
                explain.append("\n    actors:");
                for (ActorMention a : found) {
                    explain.append(' ').append(a.start()).append('-').append(a.end()).append('=').append(a.code());
                }
                explain.append('\n').append(trace);
                for (CodedEvent e : events) {
                    explain.append("    ").append(e.source() == null ? null : e.source().code()).append(' ')
                            .append(e.target() == null ? null : e.target().code()).append(' ').append(e.code())
                            .append(" <- ").append(e.verb()).append(": ").append(e.rule()).append('\n');
                }
            }
            for (CodedEvent e : events) {
                if (e.source() == null || e.target() == null || e.source().code() == null || e.target().code() == null) {
                    continue;
                }
                // a dictionary entry may stand for several actors ("FRO/BIL/SAM")
                for (String src : e.source().code().split("/")) {
                    for (String tgt : e.target().code().split("/")) {
                        out.add(new PetrarchRecord.Coding(src, tgt, e.code()));
                    }
                }
            }
        }
        return out;
    }
}
