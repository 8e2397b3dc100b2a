package sqlite_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"parley/sqlite"
	"parley/storetest"
)

// benchEvents sizes the generated store of the query benchmarks:
//
//	go test ./sqlite -run XXX -bench Query -events 1000000
var benchEvents = flag.Int("events", 100000, "events in the generated store of the query benchmarks")

// BenchmarkSaveDocument measures the write path (see storetest.BenchSave).
func BenchmarkSaveDocument(b *testing.B) { storetest.BenchSave(b, open(b)) }

// BenchmarkQuery times events and dyads queries on the generated store.
func BenchmarkQuery(b *testing.B) { storetest.BenchQuery(b, generated(b)) }

var (
	genOnce  sync.Once
	genDir   string
	genStore *sqlite.Store
	genErr   error
)

// generated returns a store of *benchEvents generated events, built once
// per test binary run.
func generated(b *testing.B) *sqlite.Store {
	genOnce.Do(func() {
		if genDir, genErr = os.MkdirTemp("", "parley-bench-"); genErr != nil {
			return
		}
		ctx := context.Background()
		if genStore, genErr = sqlite.Open(ctx, filepath.Join(genDir, "bench.db")); genErr != nil {
			return
		}
		start := time.Now()
		genErr = genStore.Generate(ctx, *benchEvents, 1)
		fmt.Fprintf(os.Stderr, "generated %d events in %v\n", *benchEvents, time.Since(start).Round(time.Millisecond))
	})
	if genErr != nil {
		b.Fatal(genErr)
	}
	return genStore
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if genStore != nil {
		genStore.Close()
	}
	if genDir != "" {
		os.RemoveAll(genDir)
	}
	os.Exit(code)
}
