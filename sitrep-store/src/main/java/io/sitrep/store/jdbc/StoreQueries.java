package io.sitrep.store.jdbc;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.store.EntitySummary;
import io.sitrep.store.Filter;
import io.sitrep.store.Page;
import io.sitrep.store.Story;
import io.sitrep.store.StoredArticle;
import io.sitrep.store.StoredClaim;
import io.sitrep.store.StoredEvent;
import io.sitrep.store.StoredQuote;
import io.sitrep.store.TimelineEntry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The read side of {@link JdbcStore}: every query, with the same SQL on both databases. */
final class StoreQueries {
    /** An actor code: upper-case letters and digits ("SYR", "SYRGOVMIL", "IGOUNO"). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}");
    private static final Pattern CAMEO = Pattern.compile("\\d{1,4}");
    private static final int COUNT_CHUNK = 500;

    static final String EVENT_COLUMNS = "e.id, e.article_id, e.story_id, e.day, e.event_date, e.date_rule, e.cameo,"
            + " e.plover, e.quad_class, e.goldstein, e.modality, e.source, e.source_name, e.source_code,"
            + " e.source_country, e.target, e.target_name, e.target_code, e.target_country, e.place, e.place_name,"
            + " e.place_kind, e.place_country, e.place_ref, e.lat, e.lon, e.start_offset, e.end_offset, e.lead, e.text,"
            + " e.verb, a.url, a.title, a.source, a.published, a.ingested_at";
    /** Events in date order; undated last on both databases. */
    private static final String EVENT_ORDER = "(e.day IS NULL), e.day, e.id";
    /** What makes events of one story "the same event" for GDELT's counts. */
    private static final String GROUP_KEY = "e.story_id, COALESCE(e.source_code, e.source_key, ''),"
            + " COALESCE(e.target_code, e.target_key, ''), e.cameo";

    private final DataSource ds;
    private final Dialect dialect;

    StoreQueries(DataSource ds, Dialect dialect) {
        this.ds = ds;
        this.dialect = dialect;
    }

    // ---- events ----

    Page<StoredEvent> events(Filter f) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = eventWhere(c, f);
            // page over event ids first (indexes only), then fetch the page's rows with their articles
            String ids = f.perStory()
                    ? "SELECT MIN(e.id) FROM event e" + w.sql() + " GROUP BY " + GROUP_KEY
                    : "SELECT e.id FROM event e" + w.sql() + " ORDER BY " + EVENT_ORDER + " LIMIT ? OFFSET ?";
            String sql = "SELECT " + EVENT_COLUMNS + " FROM event e JOIN article a ON a.id = e.article_id"
                    + " WHERE e.id IN (" + ids + ") ORDER BY " + EVENT_ORDER + (f.perStory() ? " LIMIT ? OFFSET ?" : "");
            List<StoredEvent> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = w.bind(ps, 1);
                ps.setInt(i, f.limit() + 1);
                ps.setInt(i + 1, f.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(event(rs));
                    }
                }
            }
            return page(withCounts(c, rows), f);
        }
    }

    void forEachEvent(Filter f, Consumer<StoredEvent> sink) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = eventWhere(c, f);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(eventSelect(w, f.perStory()) + " ORDER BY e.id")) {
                ps.setFetchSize(1000);
                w.bind(ps, 1);
                List<StoredEvent> chunk = new ArrayList<>(COUNT_CHUNK);
                try (Connection counts = ds.getConnection(); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(event(rs));
                        if (chunk.size() == COUNT_CHUNK) {
                            withCounts(counts, chunk).forEach(sink);
                            chunk.clear();
                        }
                    }
                    withCounts(counts, chunk).forEach(sink);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        }
    }

    private static String eventSelect(Where w, boolean perStory) {
        String from = " FROM event e JOIN article a ON a.id = e.article_id";
        if (!perStory) {
            return "SELECT " + EVENT_COLUMNS + from + w.sql();
        }
        return "SELECT " + EVENT_COLUMNS + from + " WHERE e.id IN (SELECT MIN(e.id)" + from + w.sql()
                + " GROUP BY " + GROUP_KEY + ")";
    }

    private Where eventWhere(Connection c, Filter f) throws SQLException {
        Where w = new Where();
        if (f.actor() != null) {
            actorClause(c, w, f.actor(), "e.source", "e.target");
        }
        if (f.country() != null) {
            String cc = f.country().toUpperCase(Locale.ROOT);
            w.add("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)", cc, cc, cc);
        }
        if (f.code() != null) {
            if (CAMEO.matcher(f.code()).matches()) {
                w.add("e.cameo >= ? AND e.cameo < ?", f.code(), Where.prefixEnd(f.code()));
            } else {
                w.add("e.plover = ?", f.code().toUpperCase(Locale.ROOT));
            }
        }
        dayRange(w, "e.day", f.since(), f.until());
        if (f.text() != null) {
            w.add("e.text " + dialect.ilike() + " ?", "%" + f.text() + "%");
        }
        return w;
    }

    /** An actor is a code prefix of the source or target code, or a canonical name (or its last words). */
    private void actorClause(Connection c, Where w, String actor, String source, String target) throws SQLException {
        List<String> names = names(c, actor);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        if (CODE.matcher(actor).matches()) {
            String end = Where.prefixEnd(actor);
            sql.append("(").append(source).append("_code >= ? AND ").append(source).append("_code < ?) OR (")
                    .append(target).append("_code >= ? AND ").append(target).append("_code < ?)");
            params.addAll(List.of(actor, end, actor, end));
        }
        if (!names.isEmpty()) {
            if (!params.isEmpty()) {
                sql.append(" OR ");
            }
            sql.append(Where.in(source + "_key", names.size())).append(" OR ").append(Where.in(target + "_key", names.size()));
            params.addAll(names);
            params.addAll(names);
        }
        if (params.isEmpty()) {
            sql.append("1 = 0");
        }
        w.addIn(sql.append(")").toString(), params);
    }

    /**
     * The stored name keys a user's name stands for: the name itself, or names that end with it as whole words
     * ("abu qasra" finds "murhaf abu qasra").
     */
    List<String> names(Connection c, String name) throws SQLException {
        String key = ArticleWriter.key(name);
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name_key FROM known_name WHERE name_key = ? OR name_key LIKE ? ORDER BY name_key LIMIT 1000")) {
            ps.setString(1, key);
            ps.setString(2, "% " + key.replace("%", "").replace("_", "\\_"));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Fills GDELT's NumMentions, NumSources and NumArticles for each event from its story group. */
    private List<StoredEvent> withCounts(Connection c, List<StoredEvent> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> stories = rows.stream().map(StoredEvent::storyId).distinct().toList();
        Map<String, int[]> counts = new HashMap<>();
        String sql = "SELECT " + GROUP_KEY + ", COUNT(*), COUNT(DISTINCT a.source_key), COUNT(DISTINCT e.article_id)"
                + " FROM event e JOIN article a ON a.id = e.article_id WHERE " + Where.in("e.story_id", stories.size())
                + " GROUP BY " + GROUP_KEY;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < stories.size(); i++) {
                ps.setLong(i + 1, stories.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3) + "\t" + rs.getString(4),
                            new int[] {rs.getInt(5), rs.getInt(6), rs.getInt(7)});
                }
            }
        }
        List<StoredEvent> out = new ArrayList<>(rows.size());
        for (StoredEvent e : rows) {
            int[] n = counts.getOrDefault(groupKey(e), new int[] {1, 1, 1});
            out.add(e.withCounts(n[0], n[1], n[2]));
        }
        return out;
    }

    private static String groupKey(StoredEvent e) {
        String s = e.sourceCode() != null ? e.sourceCode() : e.sourceName() != null ? ArticleWriter.key(e.sourceName()) : "";
        String t = e.targetCode() != null ? e.targetCode() : e.targetName() != null ? ArticleWriter.key(e.targetName()) : "";
        return e.storyId() + "\t" + s + "\t" + t + "\t" + e.cameo();
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getDouble(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21),
                rs.getString(22), rs.getString(23), rs.getString(24), doubleOrNull(rs, 25), doubleOrNull(rs, 26),
                rs.getInt(27), rs.getInt(28), rs.getInt(29) != 0, rs.getString(30), rs.getString(31), rs.getString(32),
                rs.getString(33), rs.getString(34), rs.getString(35), rs.getString(36), 1, 1, 1);
    }

    // ---- quotes and claims ----

    Page<StoredQuote> quotes(Filter f) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = speechWhere(c, f, "q");
            String sql = "SELECT q.article_id, q.ord, q.published, q.speaker, q.speaker_name, q.cue, q.text,"
                    + " q.start_offset, q.end_offset, a.url, a.title FROM quote q JOIN article a ON a.id = q.article_id"
                    + w.sql() + " ORDER BY (q.published IS NULL), q.published, q.article_id, q.ord LIMIT ? OFFSET ?";
            List<StoredQuote> rows = new ArrayList<>();
            try (PreparedStatement ps = paged(c, sql, w, f); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredQuote(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                            rs.getString(10), rs.getString(11)));
                }
            }
            return page(rows, f);
        }
    }

    Page<StoredClaim> claims(Filter f) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = speechWhere(c, f, "q");
            String sql = "SELECT q.article_id, q.ord, q.published, q.speaker, q.speaker_name, q.cue, q.modality, q.text,"
                    + " q.start_offset, q.end_offset, a.url, a.title FROM claim q JOIN article a ON a.id = q.article_id"
                    + w.sql() + " ORDER BY (q.published IS NULL), q.published, q.article_id, q.ord LIMIT ? OFFSET ?";
            List<StoredClaim> rows = new ArrayList<>();
            try (PreparedStatement ps = paged(c, sql, w, f); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredClaim(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getInt(10), rs.getString(11), rs.getString(12)));
                }
            }
            return page(rows, f);
        }
    }

    private Where speechWhere(Connection c, Filter f, String t) throws SQLException {
        Where w = new Where();
        String who = f.speaker() != null ? f.speaker() : f.actor();
        if (who != null) {
            List<String> names = names(c, who);
            w.addIn(Where.in(t + ".speaker_key", names.size()), names);
        }
        if (f.country() != null) {
            w.add("EXISTS (SELECT 1 FROM entity en WHERE en.article_id = " + t + ".article_id AND en.local_id = " + t
                    + ".speaker AND en.country = ?)", f.country().toUpperCase(Locale.ROOT));
        }
        dayRange(w, t + ".published", f.since(), f.until());
        if (f.text() != null) {
            w.add(t + ".text " + dialect.ilike() + " ?", "%" + f.text() + "%");
        }
        return w;
    }

    // ---- entities ----

    Page<EntitySummary> entities(Filter f) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = new Where();
            if (f.actor() != null) {
                List<String> names = names(c, f.actor());
                List<Object> params = new ArrayList<>(names);
                String sql = Where.in("n.name_key", names.size());
                if (CODE.matcher(f.actor()).matches()) {
                    sql = "(" + sql + " OR (n.code >= ? AND n.code < ?))";
                    params.add(f.actor());
                    params.add(Where.prefixEnd(f.actor()));
                }
                w.addIn(sql, params);
            }
            if (f.speaker() != null) {
                List<String> names = names(c, f.speaker());
                w.addIn(Where.in("n.name_key", names.size()), names);
            }
            if (f.country() != null) {
                w.add("n.country = ?", f.country().toUpperCase(Locale.ROOT));
            }
            if (f.type() != null) {
                w.add("n.type = ?", f.type().toUpperCase(Locale.ROOT));
            }
            if (f.text() != null) {
                w.add("n.name " + dialect.ilike() + " ?", "%" + f.text() + "%");
            }
            dayRange(w, "n.published", f.since(), f.until());
            String sql = "SELECT MIN(n.name), n.type, MIN(n.kind), MAX(n.code), MAX(n.country), AVG(n.lat), AVG(n.lon),"
                    + " COUNT(DISTINCT n.article_id), SUM(n.n_mentions), MIN(n.published), MAX(n.published)"
                    + " FROM entity n" + w.sql() + " GROUP BY n.name_key, n.type"
                    + " ORDER BY SUM(n.n_mentions) DESC, n.name_key, n.type LIMIT ? OFFSET ?";
            List<EntitySummary> rows = new ArrayList<>();
            try (PreparedStatement ps = paged(c, sql, w, f); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), doubleOrNull(rs, 6), doubleOrNull(rs, 7), rs.getInt(8), rs.getInt(9),
                            rs.getString(10), rs.getString(11)));
                }
            }
            return page(rows, f);
        }
    }

    // ---- timeline ----

    Page<TimelineEntry> timeline(String entity, Filter f) throws SQLException {
        int need = f.offset() + f.limit() + 1;
        List<TimelineEntry> all = new ArrayList<>();
        Filter events = f.actor(entity).speaker(null).perStory(false).offset(0).limit(Math.min(need, Filter.MAX_LIMIT));
        List<String> names;
        try (Connection c = ds.getConnection()) {
            names = names(c, entity);
        }
        for (StoredEvent e : events(events).items()) {
            boolean isSource = matches(entity, names, e.sourceCode(), e.sourceName());
            all.add(new TimelineEntry(e.day(), "event", isSource ? "source" : "target", e.articleId(), e.cameo(),
                    e.plover(), e.modality(), isSource ? e.targetName() : e.sourceName(), e.text(), e.start(), e.end(),
                    e.url()));
        }
        Filter speech = f.speaker(entity).actor(null).offset(0).limit(Math.min(need, Filter.MAX_LIMIT));
        for (StoredQuote q : quotes(speech).items()) {
            all.add(new TimelineEntry(q.day(), "quote", "speaker", q.articleId(), null, null, null, null, q.text(),
                    q.start(), q.end(), q.url()));
        }
        for (StoredClaim q : claims(speech).items()) {
            all.add(new TimelineEntry(q.day(), "claim", "speaker", q.articleId(), null, null, q.modality(), null,
                    q.text(), q.start(), q.end(), q.url()));
        }
        all.sort(Comparator.comparing(TimelineEntry::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(TimelineEntry::articleId).thenComparingInt(TimelineEntry::start));
        int from = Math.min(f.offset(), all.size());
        int to = Math.min(all.size(), f.offset() + f.limit());
        return new Page<>(all.subList(from, to), f.offset(), f.limit(), all.size() > to);
    }

    private static boolean matches(String entity, List<String> names, String code, String name) {
        if (code != null && CODE.matcher(entity).matches() && code.startsWith(entity)) {
            return true;
        }
        return name != null && names.contains(ArticleWriter.key(name));
    }

    // ---- stories ----

    Page<Story> stories(Filter f) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Where w = new Where();
            dayRange(w, "s.last_published", f.since(), null);
            dayRange(w, "s.first_published", null, f.until());
            if (f.text() != null) {
                w.add("s.title " + dialect.ilike() + " ?", "%" + f.text() + "%");
            }
            String sql = "SELECT s.id, s.title, s.first_published, s.last_published, s.article_count, s.source_count"
                    + " FROM story s" + w.sql() + " ORDER BY s.article_count DESC, s.last_published DESC, s.id"
                    + " LIMIT ? OFFSET ?";
            List<Story> rows = new ArrayList<>();
            try (PreparedStatement ps = paged(c, sql, w, f); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(story(c, rs));
                }
            }
            return page(rows, f);
        }
    }

    Optional<Story> story(long id) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT s.id, s.title, s.first_published, s.last_published, s.article_count, s.source_count"
                        + " FROM story s WHERE s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(story(c, rs)) : Optional.empty();
            }
        }
    }

    private static Story story(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE story_id = ? ORDER BY id LIMIT 1000")) {
            ps.setLong(1, id);
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) {
                    ids.add(a.getLong(1));
                }
            }
        }
        return new Story(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), ids);
    }

    // ---- articles ----

    Optional<StoredArticle> article(long id) throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<StoredArticle> found = articles(c, "WHERE id = ?", id, 1);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    void forEachArticle(Consumer<StoredArticle> sink) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long after = 0;
            while (true) {
                List<StoredArticle> batch = articles(c, "WHERE id > ?", after, 200);
                batch.forEach(sink);
                if (batch.size() < 200) {
                    return;
                }
                after = batch.get(batch.size() - 1).id();
            }
        }
    }

    private static List<StoredArticle> articles(Connection c, String where, long param, int limit) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, story_id, content_hash, engine_version, dictionaries,"
                + " ingested_at, name, title, text, published, url, source FROM article " + where
                + " ORDER BY id LIMIT " + limit)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(10);
                    Article art = new Article(rs.getString(7), rs.getString(8), rs.getString(9),
                            published == null ? null : LocalDate.parse(published), rs.getString(11), rs.getString(12));
                    long id = rs.getLong(1);
                    out.add(new StoredArticle(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), new Analysis(art, List.of(), List.of(), List.of(), List.of())));
                }
            }
        }
        List<StoredArticle> full = new ArrayList<>(out.size());
        for (StoredArticle a : out) {
            full.add(new StoredArticle(a.id(), a.storyId(), a.contentHash(), a.engineVersion(), a.dictionaries(),
                    a.ingestedAt(), analysis(c, a.id(), a.analysis().article())));
        }
        return full;
    }

    /** Rebuilds the analysis of a stored article from its rows. */
    private static Analysis analysis(Connection c, long id, Article art) throws SQLException {
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_ord, start_offset, end_offset, text, rule FROM mention"
                + " WHERE article_id = ? ORDER BY entity_ord, ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new Mention(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        Map<Integer, Entity> entities = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ord, local_id, name, type, kind, code, country, role, lat,"
                + " lon, ref FROM entity WHERE article_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int ord = rs.getInt(1);
                    entities.put(ord, new Entity(rs.getString(2), rs.getString(3), EntityType.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), doubleOrNull(rs, 9),
                            doubleOrNull(rs, 10), mentions.getOrDefault(ord, List.of()), rs.getString(11)));
                }
            }
        }
        List<Quote> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text, start_offset, end_offset, speaker, speaker_name, cue,"
                + " rule FROM quote WHERE article_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    quotes.add(new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT speaker, speaker_name, start_offset, end_offset, text, cue,"
                + " modality, rule FROM claim WHERE article_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), Modality.parse(rs.getString(7)), rs.getString(8)));
                }
            }
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, target, cameo, plover, event_date, date_rule, place,"
                + " modality, start_offset, end_offset, source_code, target_code, quad_class, goldstein, verb FROM event"
                + " WHERE article_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), Modality.parse(rs.getString(8)),
                            rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12), rs.getInt(13),
                            rs.getDouble(14), rs.getString(15)));
                }
            }
        }
        return new Analysis(art, new ArrayList<>(entities.values()), quotes, claims, events);
    }

    // ---- helpers ----

    private static void dayRange(Where w, String column, LocalDate since, LocalDate until) {
        if (since != null) {
            w.add(column + " >= ?", since.toString());
        }
        if (until != null) {
            w.add(column + " <= ?", until.toString());
        }
    }

    private static PreparedStatement paged(Connection c, String sql, Where w, Filter f) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        int i = w.bind(ps, 1);
        ps.setInt(i, f.limit() + 1);
        ps.setInt(i + 1, f.offset());
        return ps;
    }

    private static <T> Page<T> page(List<T> rows, Filter f) {
        boolean more = rows.size() > f.limit();
        return new Page<>(more ? rows.subList(0, f.limit()) : rows, f.offset(), f.limit(), more);
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
