-- Sitrep store schema: one migration set for SQLite and PostgreSQL.
-- Placeholders (set by io.sitrep.store.jdbc.Dialect): ${id_pk} is an auto-generated 64-bit primary key,
-- ${float} a double-precision column type.
-- Dates are ISO strings (YYYY-MM-DD, or partial YYYY / YYYY-MM where the text gives only that) so that both
-- databases compare and sort them the same way.

CREATE TABLE article (
    id              ${id_pk},
    content_hash    TEXT NOT NULL UNIQUE,
    url             TEXT UNIQUE,
    name            TEXT,
    title           TEXT,
    text            TEXT NOT NULL,
    published       TEXT,
    source          TEXT,
    source_key      TEXT,
    story_id        BIGINT NOT NULL,
    minhash         TEXT,
    engine_version  TEXT NOT NULL,
    dictionaries    TEXT,
    ingested_at     TEXT NOT NULL,
    n_entities      INTEGER NOT NULL,
    n_mentions      INTEGER NOT NULL,
    n_quotes        INTEGER NOT NULL,
    n_claims        INTEGER NOT NULL,
    n_events        INTEGER NOT NULL
);
CREATE INDEX article_story ON article (story_id);
CREATE INDEX article_published ON article (published);

CREATE TABLE story (
    id              BIGINT PRIMARY KEY,
    title           TEXT,
    first_published TEXT,
    last_published  TEXT,
    article_count   INTEGER NOT NULL,
    source_count    INTEGER NOT NULL
);
CREATE INDEX story_last ON story (last_published);

-- MinHash LSH buckets: an article is listed under each of its band keys.
CREATE TABLE story_band (
    band_key        BIGINT NOT NULL,
    article_id      BIGINT NOT NULL
);
CREATE INDEX story_band_key ON story_band (band_key);

CREATE TABLE entity (
    article_id      BIGINT NOT NULL,
    ord             INTEGER NOT NULL,
    local_id        TEXT NOT NULL,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL,
    type            TEXT NOT NULL,
    kind            TEXT,
    code            TEXT,
    country         TEXT,
    role            TEXT,
    lat             ${float},
    lon             ${float},
    ref             TEXT,
    n_mentions      INTEGER NOT NULL,
    published       TEXT,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX entity_name ON entity (name_key);
CREATE INDEX entity_code ON entity (code);
CREATE INDEX entity_country ON entity (country);

-- Distinct canonical names (lower case) of entities, to resolve "Abu Qasra" to "murhaf abu qasra".
CREATE TABLE known_name (
    name_key        TEXT PRIMARY KEY,
    name            TEXT NOT NULL
);

CREATE TABLE mention (
    article_id      BIGINT NOT NULL,
    entity_ord      INTEGER NOT NULL,
    ord             INTEGER NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    rule            TEXT,
    PRIMARY KEY (article_id, entity_ord, ord)
);

CREATE TABLE quote (
    article_id      BIGINT NOT NULL,
    ord             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker         TEXT,
    speaker_name    TEXT,
    speaker_key     TEXT,
    cue             TEXT,
    rule            TEXT,
    published       TEXT,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX quote_speaker ON quote (speaker_key, published);
CREATE INDEX quote_published ON quote (published);

CREATE TABLE claim (
    article_id      BIGINT NOT NULL,
    ord             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker         TEXT,
    speaker_name    TEXT,
    speaker_key     TEXT,
    cue             TEXT,
    modality        TEXT NOT NULL,
    rule            TEXT,
    published       TEXT,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX claim_speaker ON claim (speaker_key, published);

CREATE TABLE event (
    id              ${id_pk},
    article_id      BIGINT NOT NULL,
    ord             INTEGER NOT NULL,
    story_id        BIGINT NOT NULL,
    day             TEXT,
    event_date      TEXT,
    date_rule       TEXT,
    cameo           TEXT NOT NULL,
    plover          TEXT,
    quad_class      INTEGER NOT NULL,
    goldstein       ${float} NOT NULL,
    modality        TEXT NOT NULL,
    source          TEXT,
    source_name     TEXT,
    source_key      TEXT,
    source_code     TEXT,
    source_country  TEXT,
    target          TEXT,
    target_name     TEXT,
    target_key      TEXT,
    target_code     TEXT,
    target_country  TEXT,
    place           TEXT,
    place_name      TEXT,
    place_kind      TEXT,
    place_country   TEXT,
    place_ref       TEXT,
    lat             ${float},
    lon             ${float},
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    lead            INTEGER NOT NULL,
    text            TEXT,
    verb            TEXT,
    UNIQUE (article_id, ord)
);
CREATE INDEX event_source_code ON event (source_code, day);
CREATE INDEX event_target_code ON event (target_code, day);
CREATE INDEX event_source_key ON event (source_key, day);
CREATE INDEX event_target_key ON event (target_key, day);
CREATE INDEX event_cameo ON event (cameo, day);
CREATE INDEX event_plover ON event (plover, day);
CREATE INDEX event_day ON event (day);
CREATE INDEX event_story ON event (story_id, cameo);
