// Package postgres is parley's server store: the same store as package
// sqlite (shared write path, queries and de-duplication) on PostgreSQL,
// with text search through a generated tsvector column and a GIN index.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"parley/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a parley.Store on PostgreSQL.
type Store = sqlstore.Store

// lock serialises writers across processes for the length of a
// transaction, so that two ingests never both create the same event.
const lock = `SELECT pg_advisory_xact_lock(7215063)`

// Open connects to the PostgreSQL database named by dsn (a postgres:// URL
// or key=value string) and migrates it to the latest schema.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	s, err := sqlstore.New(ctx, db, db, sqlstore.Dialect{
		Name: "postgres", Numbered: true, Migrations: sub, Lock: lock, TextMatch: textMatch,
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return s, nil
}

// textMatch searches the tsvector: every word must occur, "word*" matches
// a prefix. Terms hold letters and digits only, so they need no quoting.
func textMatch(terms []sqlstore.Term) (string, string) {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = t.Word
		if t.Prefix {
			parts[i] += ":*"
		}
	}
	return `m.tsv @@ to_tsquery('simple', ?)`, strings.Join(parts, " & ")
}
