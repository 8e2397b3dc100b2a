// Package sqlstore implements parley.Store over database/sql for the SQL
// dialects parley supports. Packages sqlite and postgres open the database,
// supply the Dialect (placeholders, migrations, text search) and hand it
// here, so that both stores share one write path, one query builder and one
// de-duplication rule (package dedup).
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"parley"
)

// Dialect is what differs between SQL databases.
type Dialect struct {
	// Name is "sqlite" or "postgres".
	Name string
	// Numbered is true when placeholders are $1, $2 ... instead of ?.
	Numbered bool
	// Migrations holds the schema as NNNN_name.sql files, applied in name
	// order, each in its own transaction.
	Migrations fs.FS
	// Lock, when set, is run first in every write transaction to serialise
	// writers (SQLite already does with BEGIN IMMEDIATE).
	Lock string
	// Optimize, when set, runs on Close to refresh the planner's statistics
	// (SQLite's PRAGMA optimize; PostgreSQL's autovacuum does this itself).
	Optimize string
	// BulkBegin and BulkEnd run before and after Generate's bulk inserts
	// (SQLite suspends its full-text trigger and rebuilds the index).
	BulkBegin, BulkEnd []string
	// TextMatch returns a condition on event_mentions alias m that holds
	// when its sentence matches the search, and the argument it takes.
	TextMatch func(terms []Term) (cond string, arg string)
}

// Term is one word of a full-text search; Prefix is true for "word*".
type Term struct {
	Word   string
	Prefix bool
}

// Store is a parley.Store on a SQL database.
type Store struct {
	db  *sql.DB // writes
	rdb *sql.DB // reads; may be db
	d   Dialect
	// Now stamps the time events and documents are added.
	Now func() time.Time

	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

var _ parley.Store = (*Store)(nil)

// New migrates db to the latest schema and returns a Store that writes
// through db and reads through rdb (which may be db).
func New(ctx context.Context, db, rdb *sql.DB, d Dialect) (*Store, error) {
	s := &Store{db: db, rdb: rdb, d: d, Now: time.Now, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	if err := s.prepare(ctx, writeQueries...); err != nil {
		return nil, err
	}
	return s, nil
}

// DB returns the write database, for benchmarks and tests.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the databases.
func (s *Store) Close() error {
	if s.d.Optimize != "" {
		s.db.Exec(s.d.Optimize) // best effort: statistics only
	}
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	err := s.db.Close()
	if s.rdb != s.db {
		if e := s.rdb.Close(); err == nil {
			err = e
		}
	}
	return err
}

// migrate applies the dialect's migrations that the database lacks.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(s.d.Migrations, "*.sql")
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	sort.Strings(names)
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", name)
		}
		if err := s.migrateOne(ctx, v, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) migrateOne(ctx context.Context, version int, name string) error {
	body, err := fs.ReadFile(s.d.Migrations, name)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			return err
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`), version, name); err != nil {
		return err
	}
	return tx.Commit()
}

// rebind turns ? placeholders into $n for numbered dialects.
func (s *Store) rebind(q string) string {
	if !s.d.Numbered {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// prepare prepares the write path's statements once on the write
// database (which has a single connection on SQLite, so it cannot be done
// while a transaction holds it).
func (s *Store) prepare(ctx context.Context, queries ...string) error {
	for _, q := range queries {
		st, err := s.db.PrepareContext(ctx, s.rebind(q))
		if err != nil {
			return fmt.Errorf("prepare %q: %w", q, err)
		}
		s.stmts[q] = st
	}
	return nil
}

// stmt returns the prepared query bound to tx; a query not prepared by New
// is prepared on tx for this transaction only.
func (s *Store) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	s.mu.Lock()
	st, ok := s.stmts[query]
	s.mu.Unlock()
	if !ok {
		return tx.PrepareContext(ctx, s.rebind(query))
	}
	return tx.StmtContext(ctx, st), nil
}

// exec runs a cached statement in tx.
func (s *Store) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// HasDocument reports whether a document with the given ID is stored.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.rdb.QueryRowContext(ctx, s.rebind(`SELECT COUNT(*) FROM documents WHERE id = ?`), id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return n > 0, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (parley.StoreStats, error) {
	var st parley.StoreStats
	for _, c := range []struct {
		table string
		n     *int
	}{
		{"documents", &st.Documents}, {"events", &st.Events}, {"event_mentions", &st.EventMentions},
		{"actors", &st.Actors}, {"claims", &st.Claims},
	} {
		if err := s.rdb.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+c.table).Scan(c.n); err != nil {
			return st, fmt.Errorf("stats: %s: %w", c.table, err)
		}
	}
	err := s.rdb.QueryRowContext(ctx, "SELECT COALESCE(SUM(num_mentions), 0) FROM documents").Scan(&st.Mentions)
	if err != nil {
		return st, fmt.Errorf("stats: mentions: %w", err)
	}
	return st, nil
}
