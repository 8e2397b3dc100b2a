package main

import (
	"context"
	"fmt"

	"parley"
	"parley/export"
)

// runDyads summarises stored events per source, target and month: events
// by quad class, mentions and mean Goldstein score.
func (m *Main) runDyads(ctx context.Context, args []string) error {
	fs := m.newFlagSet("dyads", "dyads [flags]")
	var ff filterFlags
	addFilterFlags(fs, &ff, 0, export.SummaryFormats)
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Errorf("dyads: unexpected argument %q", fs.Arg(0))}
	}
	f, err := ff.filter()
	if err != nil {
		return &usageError{fmt.Errorf("dyads: %w", err)}
	}
	store, err := openStore(ctx, ff.db, false)
	if err != nil {
		return fmt.Errorf("dyads: %w", err)
	}
	defer store.Close()
	ds, err := store.Dyads(ctx, parley.DyadFilter{EventFilter: f})
	if err != nil {
		return fmt.Errorf("dyads: %w", err)
	}
	return export.Dyads(m.Stdout, ff.format, ds)
}
