package main

import (
	"context"
	"fmt"
	"strings"

	"parley"
	"parley/export"
)

// runActors lists the stored actors, the one named in most documents
// first; "actors lookup NAME" resolves a name against the dictionaries
// instead.
func (m *Main) runActors(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "lookup" {
		return m.runActorsLookup(ctx, args[1:])
	}
	fs := m.newFlagSet("actors", "actors [flags]\n       parley actors lookup NAME [--date YYYY-MM-DD]")
	db := fs.String("db", defaultDB, "store: a SQLite file or a postgres:// URL")
	actor := fs.String("actor", "", "code prefix in capitals (PAK), else part of a name")
	country := fs.String("country", "", "ISO 3166 alpha-3 country")
	limit := fs.Int("limit", 50, "at most this many actors (0: all)")
	format := fs.String("format", "table", "output format: "+strings.Join(export.SummaryFormats, ", "))
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Errorf("actors: unexpected argument %q (did you mean 'parley actors lookup %s'?)", fs.Arg(0), fs.Arg(0))}
	}
	if err := checkFormat(*format, export.SummaryFormats); err != nil {
		return &usageError{fmt.Errorf("actors: %w", err)}
	}
	store, err := openStore(ctx, *db, false)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	defer store.Close()
	as, err := store.Actors(ctx, parley.ActorFilter{Actor: *actor, Country: *country, Limit: *limit})
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return export.Actors(m.Stdout, *format, as)
}
