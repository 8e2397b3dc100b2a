-- parley store schema, SQLite dialect. Dates are integers YYYYMMDD (0 when
-- unknown), months YYYYMM; booleans are 0/1; offsets are bytes into the
-- document text. Keep in step with postgres/migrations.

CREATE TABLE documents (
	id          TEXT PRIMARY KEY,
	doc         TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	pub_day     INTEGER NOT NULL DEFAULT 0,
	dateline    TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	body        TEXT NOT NULL,
	title_end   INTEGER NOT NULL DEFAULT 0,
	diagnostics TEXT NOT NULL DEFAULT '',
	-- mentions holds the document's actor mentions as a JSON array of
	-- parley.Mention; num_mentions counts them.
	mentions     TEXT NOT NULL DEFAULT '',
	num_mentions INTEGER NOT NULL DEFAULT 0,
	added       TEXT NOT NULL
);
CREATE INDEX documents_doc ON documents (doc);

CREATE TABLE actors (
	doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	code     TEXT NOT NULL,
	name     TEXT NOT NULL,
	country  TEXT NOT NULL DEFAULT '',
	sector   TEXT NOT NULL DEFAULT '',
	title    TEXT NOT NULL DEFAULT '',
	type     TEXT NOT NULL DEFAULT '',
	since    INTEGER NOT NULL DEFAULT 0,
	until    INTEGER NOT NULL DEFAULT 0,
	how      TEXT NOT NULL DEFAULT '',
	mentions INTEGER NOT NULL DEFAULT 0,
	events   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (doc_id, idx)
);
CREATE INDEX actors_code ON actors (code, name);

CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	src_code      TEXT NOT NULL DEFAULT '',
	src_name      TEXT NOT NULL DEFAULT '',
	src_country   TEXT NOT NULL DEFAULT '',
	src_sector    TEXT NOT NULL DEFAULT '',
	src_text      TEXT NOT NULL DEFAULT '',
	src_start     INTEGER NOT NULL DEFAULT 0,
	src_end       INTEGER NOT NULL DEFAULT 0,
	tgt_code      TEXT NOT NULL DEFAULT '',
	tgt_name      TEXT NOT NULL DEFAULT '',
	tgt_country   TEXT NOT NULL DEFAULT '',
	tgt_sector    TEXT NOT NULL DEFAULT '',
	tgt_text      TEXT NOT NULL DEFAULT '',
	tgt_start     INTEGER NOT NULL DEFAULT 0,
	tgt_end       INTEGER NOT NULL DEFAULT 0,
	cameo         TEXT NOT NULL,
	cameo_name    TEXT NOT NULL DEFAULT '',
	quad          INTEGER NOT NULL DEFAULT 0,
	goldstein     REAL NOT NULL DEFAULT 0,
	plover_type   TEXT NOT NULL DEFAULT '',
	plover_mode   TEXT NOT NULL DEFAULT '',
	day           INTEGER NOT NULL DEFAULT 0,
	date_source   TEXT NOT NULL DEFAULT '',
	place_name    TEXT NOT NULL DEFAULT '',
	place_country TEXT NOT NULL DEFAULT '',
	place_lat     REAL,
	place_lon     REAL,
	sentence      TEXT NOT NULL DEFAULT '',
	start_off     INTEGER NOT NULL DEFAULT 0,
	end_off       INTEGER NOT NULL DEFAULT 0,
	trigger_text  TEXT NOT NULL DEFAULT '',
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	rule          TEXT NOT NULL DEFAULT '',
	is_symmetric  INTEGER NOT NULL DEFAULT 0,
	modality      TEXT NOT NULL DEFAULT '',
	root          TEXT NOT NULL,
	pub_day       INTEGER NOT NULL DEFAULT 0,
	doc_id        TEXT NOT NULL REFERENCES documents (id),
	num_mentions  INTEGER NOT NULL DEFAULT 1,
	num_sources   INTEGER NOT NULL DEFAULT 1,
	num_articles  INTEGER NOT NULL DEFAULT 1,
	is_root       INTEGER NOT NULL DEFAULT 0,
	added         TEXT NOT NULL
);
-- events_match serves de-duplication (and --source with --target).
CREATE INDEX events_match ON events (src_code, tgt_code, root, day);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_src ON events (src_code, day);
CREATE INDEX events_tgt ON events (tgt_code, day);
CREATE INDEX events_src_country ON events (src_country, day);
CREATE INDEX events_tgt_country ON events (tgt_country, day);
CREATE INDEX events_cameo ON events (cameo, day);

CREATE TABLE event_mentions (
	id            INTEGER PRIMARY KEY,
	event_id      INTEGER NOT NULL REFERENCES events (id),
	doc_id        TEXT NOT NULL REFERENCES documents (id),
	outlet        TEXT NOT NULL,
	idx           INTEGER NOT NULL,
	src_code      TEXT NOT NULL DEFAULT '',
	src_name      TEXT NOT NULL DEFAULT '',
	src_country   TEXT NOT NULL DEFAULT '',
	src_sector    TEXT NOT NULL DEFAULT '',
	src_text      TEXT NOT NULL DEFAULT '',
	src_start     INTEGER NOT NULL DEFAULT 0,
	src_end       INTEGER NOT NULL DEFAULT 0,
	tgt_code      TEXT NOT NULL DEFAULT '',
	tgt_name      TEXT NOT NULL DEFAULT '',
	tgt_country   TEXT NOT NULL DEFAULT '',
	tgt_sector    TEXT NOT NULL DEFAULT '',
	tgt_text      TEXT NOT NULL DEFAULT '',
	tgt_start     INTEGER NOT NULL DEFAULT 0,
	tgt_end       INTEGER NOT NULL DEFAULT 0,
	cameo         TEXT NOT NULL,
	cameo_name    TEXT NOT NULL DEFAULT '',
	quad          INTEGER NOT NULL DEFAULT 0,
	goldstein     REAL NOT NULL DEFAULT 0,
	plover_type   TEXT NOT NULL DEFAULT '',
	plover_mode   TEXT NOT NULL DEFAULT '',
	day           INTEGER NOT NULL DEFAULT 0,
	date_source   TEXT NOT NULL DEFAULT '',
	place_name    TEXT NOT NULL DEFAULT '',
	place_country TEXT NOT NULL DEFAULT '',
	place_lat     REAL,
	place_lon     REAL,
	sentence      TEXT NOT NULL DEFAULT '',
	start_off     INTEGER NOT NULL DEFAULT 0,
	end_off       INTEGER NOT NULL DEFAULT 0,
	trigger_text  TEXT NOT NULL DEFAULT '',
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	rule          TEXT NOT NULL DEFAULT '',
	is_symmetric  INTEGER NOT NULL DEFAULT 0,
	modality      TEXT NOT NULL DEFAULT ''
);
-- event_mentions_event answers whether an event already has a mention from
-- an outlet or a document (the NumSources and NumArticles counts).
CREATE INDEX event_mentions_event ON event_mentions (event_id, outlet, doc_id);
CREATE INDEX event_mentions_doc ON event_mentions (doc_id);

-- mention_fts indexes the evidence sentences; words match exactly (no
-- stemming, accents kept) so that results equal PostgreSQL's 'simple'.
CREATE VIRTUAL TABLE mention_fts USING fts5 (
	sentence, content = 'event_mentions', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER event_mentions_fts AFTER INSERT ON event_mentions BEGIN
	INSERT INTO mention_fts (rowid, sentence) VALUES (new.id, new.sentence);
END;

CREATE TABLE claims (
	doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	what          TEXT NOT NULL,
	count         INTEGER NOT NULL,
	qualifier     TEXT NOT NULL DEFAULT '',
	since         INTEGER NOT NULL DEFAULT 0,
	day           INTEGER NOT NULL DEFAULT 0,
	place_name    TEXT NOT NULL DEFAULT '',
	place_country TEXT NOT NULL DEFAULT '',
	place_lat     REAL,
	place_lon     REAL,
	actor_code    TEXT NOT NULL DEFAULT '',
	actor_name    TEXT NOT NULL DEFAULT '',
	victims       TEXT NOT NULL DEFAULT '',
	sentence      TEXT NOT NULL DEFAULT '',
	start_off     INTEGER NOT NULL DEFAULT 0,
	end_off       INTEGER NOT NULL DEFAULT 0,
	trigger_text  TEXT NOT NULL DEFAULT '',
	rule          TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc_id, idx)
);

-- dyad_months is maintained in the same transaction as events: asserted
-- events and their mentions per actor pair, month and code root, so that
-- dyad summaries need not scan the events.
CREATE TABLE dyad_months (
	src_code    TEXT NOT NULL,
	tgt_code    TEXT NOT NULL,
	month       INTEGER NOT NULL,
	root        TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	src_country TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	events      INTEGER NOT NULL,
	mentions    INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	PRIMARY KEY (src_code, tgt_code, month, root, quad, src_country, tgt_country)
) WITHOUT ROWID;
-- The target and country indexes hold every column, so that a summary
-- filtered by them reads the index alone. None starts with the three
-- grouping columns, so that an unfiltered summary groups in key order
-- without sorting and stops at its limit.
CREATE INDEX dyad_months_tgt ON dyad_months (tgt_code, root, month, src_code, quad, src_country, tgt_country, events, mentions, goldstein);
CREATE INDEX dyad_months_month ON dyad_months (month);
CREATE INDEX dyad_months_src_country ON dyad_months (src_country, month, src_code, tgt_code, root, quad, tgt_country, events, mentions, goldstein);
CREATE INDEX dyad_months_tgt_country ON dyad_months (tgt_country, month, src_code, tgt_code, root, quad, src_country, events, mentions, goldstein);
