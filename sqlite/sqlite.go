// Package sqlite is parley's embedded store: one SQLite file (pure-Go
// driver, no cgo) in WAL mode, with FTS5 full-text search over evidence
// sentences. The store itself is shared with package postgres; this package
// opens the database and supplies the SQLite dialect and schema.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"parley/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a parley.Store in one SQLite file.
type Store = sqlstore.Store

// pragmas are set on every connection. WAL lets readers run beside the one
// writer; synchronous=NORMAL keeps every commit atomic and durable across a
// process crash (kill -9), fsyncing at checkpoints only.
// cache_size and mmap_size keep a large store's hot pages in memory.
var pragmas = []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)",
	"cache_size(-32768)", "mmap_size(1073741824)"}

// Open opens (creating and migrating when needed) the SQLite store at path.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open sqlite: empty path")
	}
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	dsn := path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; BEGIN IMMEDIATE serialises processes too
	rdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	rdb.SetMaxOpenConns(4)
	sub, _ := fs.Sub(migrations, "migrations")
	s, err := sqlstore.New(ctx, db, rdb, sqlstore.Dialect{
		Name: "sqlite", Migrations: sub, TextMatch: textMatch, Optimize: "PRAGMA optimize",
		BulkBegin: []string{`DROP TRIGGER event_mentions_fts`},
		BulkEnd:   []string{`INSERT INTO mention_fts (mention_fts) VALUES ('rebuild')`, ftsTrigger},
	})
	if err != nil {
		db.Close()
		rdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// ftsTrigger is the trigger of migration 0001 that indexes new evidence.
const ftsTrigger = `CREATE TRIGGER event_mentions_fts AFTER INSERT ON event_mentions BEGIN
	INSERT INTO mention_fts (rowid, sentence) VALUES (new.id, new.sentence);
END`

// textMatch searches the FTS5 index: every word must occur, "word*"
// matches a prefix.
func textMatch(terms []sqlstore.Term) (string, string) {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = `"` + strings.ReplaceAll(t.Word, `"`, `""`) + `"`
		if t.Prefix {
			parts[i] += "*"
		}
	}
	return `m.id IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?)`, strings.Join(parts, " ")
}
