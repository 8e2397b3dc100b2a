package sqlite_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	genStore *sqlite.Store
	genErr   error
)

// generated returns a store of *benchEvents generated events. The file is
// cached under os.TempDir(), keyed by the size and a hash of the schema and
// the generator, so that later runs skip the minutes of generation; it is
// built under a temporary name and renamed when complete, so an
// interrupted run never leaves a partial cache.
func generated(b *testing.B) *sqlite.Store {
	genOnce.Do(func() {
		ctx := context.Background()
		var version string
		if version, genErr = schemaVersion(); genErr != nil {
			return
		}
		path := filepath.Join(os.TempDir(), fmt.Sprintf("parley-bench-%d-%s.db", *benchEvents, version))
		if _, err := os.Stat(path); err != nil {
			if genErr = generate(ctx, path); genErr != nil {
				return
			}
		}
		genStore, genErr = sqlite.Open(ctx, path)
	})
	if genErr != nil {
		b.Fatal(genErr)
	}
	return genStore
}

// generate builds the benchmark store at path.
func generate(ctx context.Context, path string) error {
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	defer os.Remove(tmp)
	s, err := sqlite.Open(ctx, tmp)
	if err != nil {
		return err
	}
	start := time.Now()
	if err := s.Generate(ctx, *benchEvents, 1); err != nil {
		s.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "generated %d events in %v\n", *benchEvents, time.Since(start).Round(time.Millisecond))
	if _, err := s.DB().ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	return os.Rename(tmp, path)
}

// schemaVersion hashes the migrations and the generator, which decide the
// content of a generated store.
func schemaVersion() (string, error) {
	files, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, f := range append(files, filepath.Join("..", "internal", "sqlstore", "generate.go")) {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", filepath.Base(f), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if genStore != nil {
		genStore.Close()
	}
	os.Exit(code)
}
