package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"parley"
	"parley/sqlite"
	"parley/storetest"
)

// open returns a new store in a temporary file, closed when t ends.
func open(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) parley.Store { return open(t) })
}

func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	for i := 0; i < 2; i++ { // the second open finds the schema in place
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		s.Close()
	}
	if _, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "missing", "dir", "p.db")); err == nil {
		t.Error("Open in a missing directory: no error")
	}
}
