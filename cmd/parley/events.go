package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"parley"
	"parley/export"
	"parley/postgres"
	"parley/sqlite"
)

// defaultDB is the store used when neither --db nor PARLEY_DB is given.
const defaultDB = "parley.db"

// openStore opens the store named by dsn: a postgres:// URL or a SQLite
// file path. A query command (create false) refuses to create a new SQLite
// file, so that a mistyped path is an error rather than an empty answer.
func openStore(ctx context.Context, dsn string, create bool) (parley.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return postgres.Open(ctx, dsn)
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run 'parley ingest' first, or give --db", path)
		}
	}
	return sqlite.Open(ctx, path)
}

// filterFlags are the event filters that events and dyads share.
type filterFlags struct {
	db, actor, country, source, target, cameo, plover string
	since, until, query, doc, modality, format        string
	quad, limit                                       int
	formats                                           []string
}

func addFilterFlags(fs *flag.FlagSet, f *filterFlags, limit int, formats []string) {
	fs.StringVar(&f.db, "db", defaultDB, "store: a SQLite file or a postgres:// URL")
	fs.StringVar(&f.actor, "actor", "", "actor on either side: code prefix in capitals (PAK, PAKGOV), else a name (\"Imran Khan\")")
	fs.StringVar(&f.country, "country", "", "ISO 3166 alpha-3 country on either side")
	fs.StringVar(&f.source, "source", "", "source actor code prefix")
	fs.StringVar(&f.target, "target", "", "target actor code prefix")
	fs.StringVar(&f.cameo, "cameo", "", "CAMEO code or root prefix (04, 042)")
	fs.StringVar(&f.plover, "plover", "", "PLOVER event type (CONSULT, ACCUSE)")
	fs.IntVar(&f.quad, "quad", 0, "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fs.StringVar(&f.since, "since", "", "first date: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&f.until, "until", "", "last date: YYYY, YYYY-MM or YYYY-MM-DD (the whole period)")
	fs.StringVar(&f.query, "q", "", "full-text search over the evidence sentences (all words; word* for a prefix)")
	fs.StringVar(&f.doc, "doc", "", "only events reported by this document (ID or input name)")
	fs.StringVar(&f.modality, "modality", "asserted", "asserted, all, or one of negated, hypothetical, future, reported")
	fs.IntVar(&f.limit, "limit", limit, "at most this many rows (0: all)")
	fs.StringVar(&f.format, "format", "table", "output format: "+strings.Join(formats, ", "))
	f.formats = formats
}

// filter validates the flags and returns the store filter.
func (f *filterFlags) filter() (parley.EventFilter, error) {
	ef := parley.EventFilter{Actor: f.actor, Country: f.country, Source: f.source, Target: f.target,
		CAMEO: f.cameo, PLOVER: f.plover, QuadClass: f.quad, Query: f.query, Doc: f.doc, Limit: f.limit, Modality: f.modality}
	if f.modality == "all" {
		ef.Modality = parley.ModalityAny
	}
	var err error
	if ef.Since, err = parsePeriod(f.since, false); err != nil {
		return ef, fmt.Errorf("--since: %w", err)
	}
	if ef.Until, err = parsePeriod(f.until, true); err != nil {
		return ef, fmt.Errorf("--until: %w", err)
	}
	if f.quad < 0 || f.quad > 4 {
		return ef, fmt.Errorf("--quad %d: want 1 to 4", f.quad)
	}
	if f.limit < 0 {
		return ef, fmt.Errorf("--limit %d: want 0 or more", f.limit)
	}
	return ef, checkFormat(f.format, f.formats)
}

// parsePeriod reads YYYY, YYYY-MM or YYYY-MM-DD as its first day, or as
// its last day when end is true.
func parsePeriod(s string, end bool) (parley.Date, error) {
	if s == "" {
		return parley.Date{}, nil
	}
	for _, p := range []struct {
		layout string
		years  int
		months int
	}{{time.DateOnly, 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(p.layout, s)
		if err != nil {
			continue
		}
		if end && (p.years > 0 || p.months > 0) {
			t = t.AddDate(p.years, p.months, -1)
		}
		return parley.Date{Time: t}, nil
	}
	return parley.Date{}, fmt.Errorf("%q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// runEvents queries stored events and writes them in the chosen format.
func (m *Main) runEvents(ctx context.Context, args []string) error {
	fs := m.newFlagSet("events", "events [flags]")
	var ff filterFlags
	addFilterFlags(fs, &ff, 100, export.Formats)
	mentions := fs.Bool("mentions", false, "with --format jsonl, include every mention's own evidence")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Errorf("events: unexpected argument %q (filters are flags: --actor, --q, ...)", fs.Arg(0))}
	}
	f, err := ff.filter()
	if err != nil {
		return &usageError{fmt.Errorf("events: %w", err)}
	}
	f.Mentions = *mentions
	store, err := openStore(ctx, ff.db, false)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer store.Close()
	evs, err := store.Events(ctx, f)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return export.Events(m.Stdout, ff.format, evs)
}
