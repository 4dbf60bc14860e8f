package io.sitrep.store.jdbc;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;
import io.sitrep.store.ContentHash;
import io.sitrep.store.Provenance;
import io.sitrep.store.PutResult;
import io.sitrep.store.dedup.MinHash;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes analyses inside one transaction of its connection: the article row, its story cluster and all its
 * facts. Facts are sent in JDBC batches that {@link #flush()} executes; the caller commits.
 */
final class ArticleWriter implements AutoCloseable {
    /** Stored articles compared with a new one to find its story (those sharing the most MinHash bands). */
    private static final int CANDIDATES = 8;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Connection c;
    private final Provenance provenance;
    private final PreparedStatement findExisting;
    private final PreparedStatement insertArticle;
    private final PreparedStatement ownStory;
    private final PreparedStatement findBands;
    private final PreparedStatement insertBand;
    private final PreparedStatement insertStory;
    private final PreparedStatement growStory;
    private final PreparedStatement insertEntity;
    private final PreparedStatement insertName;
    /** Names of this batch's entities by key, sorted: written at {@link #flush()}. */
    private final java.util.TreeMap<String, String> knownNames =
            new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    private final PreparedStatement insertMention;
    private final PreparedStatement insertQuote;
    private final PreparedStatement insertClaim;
    private final PreparedStatement insertEvent;

    ArticleWriter(Connection c, Provenance provenance) throws SQLException {
        this.c = c;
        this.provenance = provenance;
        findExisting = c.prepareStatement("SELECT id, story_id FROM article WHERE content_hash = ? OR url = ?");
        insertArticle = c.prepareStatement("INSERT INTO article (content_hash, url, name, title, text, published, source,"
                + " source_key, story_id, minhash, engine_version, dictionaries, ingested_at, n_entities, n_mentions,"
                + " n_quotes, n_claims, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING RETURNING id");
        ownStory = c.prepareStatement("UPDATE article SET story_id = id WHERE id = ?");
        // the articles sharing most bands are the likeliest near-duplicates: compare with a few of them only, so
        // that the cost stays flat however many copies of a story are stored
        findBands = c.prepareStatement("SELECT a.id, a.story_id, a.minhash FROM article a JOIN (SELECT b.article_id,"
                + " COUNT(*) AS shared FROM story_band b WHERE " + Where.in("b.band_key", MinHash.BANDS)
                + " GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT " + CANDIDATES + ") c"
                + " ON c.article_id = a.id");
        insertBand = c.prepareStatement("INSERT INTO story_band (band_key, article_id) VALUES (?, ?)");
        insertStory = c.prepareStatement("INSERT INTO story (id, title, first_published, last_published, article_count,"
                + " source_count) VALUES (?, ?, ?, ?, 1, 1)");
        growStory = c.prepareStatement("UPDATE story SET article_count = article_count + 1,"
                + " source_count = (SELECT COUNT(DISTINCT source_key) FROM article WHERE story_id = ?),"
                + " first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? ELSE first_published END,"
                + " last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? ELSE last_published END"
                + " WHERE id = ?");
        insertEntity = c.prepareStatement("INSERT INTO entity (article_id, ord, local_id, name, name_key, type, kind, code,"
                + " country, role, lat, lon, ref, n_mentions, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertName = c.prepareStatement("INSERT INTO known_name (name_key, name) VALUES (?, ?) ON CONFLICT DO NOTHING");
        insertMention = c.prepareStatement("INSERT INTO mention (article_id, entity_ord, ord, start_offset, end_offset, text,"
                + " rule) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insertQuote = c.prepareStatement("INSERT INTO quote (article_id, ord, text, start_offset, end_offset, speaker,"
                + " speaker_name, speaker_key, cue, rule, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertClaim = c.prepareStatement("INSERT INTO claim (article_id, ord, text, start_offset, end_offset, speaker,"
                + " speaker_name, speaker_key, cue, modality, rule, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertEvent = c.prepareStatement("INSERT INTO event (article_id, ord, story_id, day, event_date, date_rule, cameo,"
                + " plover, quad_class, goldstein, modality, source, source_name, source_key, source_code, source_country,"
                + " target, target_name, target_key, target_code, target_country, place, place_name, place_kind,"
                + " place_country, place_ref, lat, lon, start_offset, end_offset, lead, text, verb)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    PutResult write(Analysis a) throws SQLException {
        Article art = a.article();
        String hash = ContentHash.of(art.text());
        String url = blankToNull(art.url());
        PutResult existing = existing(hash, url);
        if (existing != null) {
            return existing;
        }
        String published = art.published() == null ? null : art.published().toString();
        String sourceKey = sourceKey(art, hash);
        long[] sig = MinHash.signature(art.text());
        long story = sig == null ? 0 : similarStory(sig);
        long id = insertArticle(a, hash, url, published, sourceKey, story, sig);
        if (id < 0) {
            return new PutResult(-1, -1, false); // a concurrent writer stored it first
        }
        if (story == 0) {
            story = id;
            ownStory.setLong(1, id);
            ownStory.executeUpdate();
            insertStory.setLong(1, id);
            insertStory.setString(2, art.title());
            insertStory.setString(3, published);
            insertStory.setString(4, published);
            insertStory.executeUpdate();
        } else {
            growStory.setLong(1, story);
            growStory.setString(2, published);
            growStory.setString(3, published);
            growStory.setString(4, published);
            growStory.setString(5, published);
            growStory.setLong(6, story);
            growStory.executeUpdate();
        }
        if (sig != null) {
            for (long key : MinHash.bandKeys(sig)) {
                insertBand.setLong(1, key);
                insertBand.setLong(2, id);
                insertBand.addBatch();
            }
            insertBand.executeBatch(); // later articles of this batch must see these bands
        }
        addFacts(a, id, story, published);
        return new PutResult(id, story, true);
    }

    void flush() throws SQLException {
        insertEntity.executeBatch();
        // in key order, so that two writers adding the same names lock them in the same order (no deadlock)
        for (Map.Entry<String, String> n : knownNames.entrySet()) {
            insertName.setString(1, n.getKey());
            insertName.setString(2, n.getValue());
            insertName.addBatch();
        }
        knownNames.clear();
        insertName.executeBatch();
        insertMention.executeBatch();
        insertQuote.executeBatch();
        insertClaim.executeBatch();
        insertEvent.executeBatch();
    }

    private PutResult existing(String hash, String url) throws SQLException {
        findExisting.setString(1, hash);
        findExisting.setString(2, url);
        try (ResultSet rs = findExisting.executeQuery()) {
            return rs.next() ? new PutResult(rs.getLong(1), rs.getLong(2), false) : null;
        }
    }

    /** The story of the most similar stored article, if similar enough; else 0. */
    private long similarStory(long[] sig) throws SQLException {
        long[] keys = MinHash.bandKeys(sig);
        for (int i = 0; i < keys.length; i++) {
            findBands.setLong(i + 1, keys[i]);
        }
        long best = 0;
        double bestSim = MinHash.SAME_STORY;
        try (ResultSet rs = findBands.executeQuery()) {
            while (rs.next()) {
                double sim = MinHash.similarity(sig, MinHash.decode(rs.getString(3)));
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = rs.getLong(2);
                }
            }
        }
        return best;
    }

    private long insertArticle(Analysis a, String hash, String url, String published, String sourceKey, long story,
                               long[] sig) throws SQLException {
        Article art = a.article();
        int mentions = a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        PreparedStatement p = insertArticle;
        p.setString(1, hash);
        p.setString(2, url);
        p.setString(3, art.name());
        p.setString(4, art.title());
        p.setString(5, art.text());
        p.setString(6, published);
        p.setString(7, art.source());
        p.setString(8, sourceKey);
        p.setLong(9, story);
        p.setString(10, MinHash.encode(sig));
        p.setString(11, provenance.engineVersion());
        p.setString(12, provenance.dictionariesText());
        p.setString(13, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        p.setInt(14, a.entities().size());
        p.setInt(15, mentions);
        p.setInt(16, a.quotes().size());
        p.setInt(17, a.claims().size());
        p.setInt(18, a.events().size());
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private void addFacts(Analysis a, long id, long story, String published) throws SQLException {
        String text = a.article().text();
        int ord = 0;
        for (Entity e : a.entities()) {
            PreparedStatement p = insertEntity;
            p.setLong(1, id);
            p.setInt(2, ord);
            p.setString(3, e.id());
            p.setString(4, e.name());
            p.setString(5, key(e.name()));
            p.setString(6, e.type().name());
            p.setString(7, e.kind());
            p.setString(8, e.code());
            p.setString(9, countryOf(e));
            p.setString(10, e.role());
            setDouble(p, 11, e.lat());
            setDouble(p, 12, e.lon());
            p.setString(13, e.ref());
            p.setInt(14, e.mentions().size());
            p.setString(15, published);
            p.addBatch();
            knownNames.putIfAbsent(key(e.name()), e.name());
            int m = 0;
            for (Mention mention : e.mentions()) {
                insertMention.setLong(1, id);
                insertMention.setInt(2, ord);
                insertMention.setInt(3, m++);
                insertMention.setInt(4, mention.start());
                insertMention.setInt(5, mention.end());
                insertMention.setString(6, mention.text());
                insertMention.setString(7, mention.rule());
                insertMention.addBatch();
            }
            ord++;
        }
        ord = 0;
        for (Quote q : a.quotes()) {
            PreparedStatement p = insertQuote;
            p.setLong(1, id);
            p.setInt(2, ord++);
            p.setString(3, q.text());
            p.setInt(4, q.start());
            p.setInt(5, q.end());
            p.setString(6, q.speaker());
            p.setString(7, q.speakerName());
            p.setString(8, key(q.speakerName()));
            p.setString(9, q.cue());
            p.setString(10, q.rule());
            p.setString(11, published);
            p.addBatch();
        }
        ord = 0;
        for (Claim cl : a.claims()) {
            PreparedStatement p = insertClaim;
            p.setLong(1, id);
            p.setInt(2, ord++);
            p.setString(3, cl.text());
            p.setInt(4, cl.start());
            p.setInt(5, cl.end());
            p.setString(6, cl.speaker());
            p.setString(7, cl.speakerName());
            p.setString(8, key(cl.speakerName()));
            p.setString(9, cl.cue());
            p.setString(10, cl.modality().json());
            p.setString(11, cl.rule());
            p.setString(12, published);
            p.addBatch();
        }
        int leadEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        ord = 0;
        for (Event ev : a.events()) {
            Entity src = a.entity(ev.source());
            Entity tgt = a.entity(ev.target());
            Entity place = a.entity(ev.place());
            PreparedStatement p = insertEvent;
            p.setLong(1, id);
            p.setInt(2, ord++);
            p.setLong(3, story);
            p.setString(4, ev.date() != null && FULL_DATE.matcher(ev.date()).matches() ? ev.date() : published);
            p.setString(5, ev.date());
            p.setString(6, ev.dateRule());
            p.setString(7, ev.cameo());
            p.setString(8, ev.plover());
            p.setInt(9, ev.quadClass());
            p.setDouble(10, ev.goldstein());
            p.setString(11, ev.modality().json());
            setActor(p, 12, ev.source(), src, ev.sourceCode());
            setActor(p, 17, ev.target(), tgt, ev.targetCode());
            p.setString(22, ev.place());
            p.setString(23, place == null ? null : place.name());
            p.setString(24, place == null ? null : place.kind() != null ? place.kind()
                    : place.type() == EntityType.COUNTRY ? "country" : null);
            p.setString(25, place == null ? null : countryOf(place));
            p.setString(26, place == null ? null : place.ref());
            setDouble(p, 27, place == null ? null : place.lat());
            setDouble(p, 28, place == null ? null : place.lon());
            p.setInt(29, ev.start());
            p.setInt(30, ev.end());
            p.setInt(31, ev.start() < leadEnd ? 1 : 0);
            p.setString(32, slice(text, ev.start(), ev.end()));
            p.setString(33, ev.verb());
            p.addBatch();
        }
    }

    private static void setActor(PreparedStatement p, int at, String id, Entity e, String code) throws SQLException {
        p.setString(at, id);
        p.setString(at + 1, e == null ? null : e.name());
        p.setString(at + 2, e == null ? null : key(e.name()));
        p.setString(at + 3, code != null ? code : e == null ? null : e.code());
        p.setString(at + 4, e == null ? null : countryOf(e));
    }

    /** ISO alpha-3 of the state an entity belongs to; a COUNTRY belongs to itself. */
    static String countryOf(Entity e) {
        if (e.country() != null) {
            return e.country();
        }
        return e.type() == EntityType.COUNTRY ? e.code() : null;
    }

    /** The lower-case key under which names are matched. */
    static String key(String name) {
        return name == null ? null : ContentHash.normalise(name);
    }

    /** The outlet that counts for NumSources: the source name, else the URL's host, else the article itself. */
    static String sourceKey(Article a, String hash) {
        if (a.source() != null && !a.source().isBlank()) {
            return key(a.source());
        }
        if (a.url() != null) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through
            }
        }
        return "article:" + hash.substring(0, 16);
    }

    private static String slice(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e);
    }

    private static void setDouble(PreparedStatement p, int at, Double v) throws SQLException {
        if (v == null) {
            p.setNull(at, Types.DOUBLE);
        } else {
            p.setDouble(at, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() throws SQLException {
        List<PreparedStatement> all = new ArrayList<>(List.of(findExisting, insertArticle, ownStory, findBands,
                insertBand, insertStory, growStory, insertEntity, insertName, insertMention, insertQuote, insertClaim,
                insertEvent));
        SQLException first = null;
        for (PreparedStatement p : all) {
            try {
                p.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
