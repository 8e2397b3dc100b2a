package postgres_test

import (
	"context"
	"flag"
	"testing"

	"parley/storetest"
)

// benchEvents sizes the generated store of the query benchmark:
//
//	PARLEY_TEST_POSTGRES=postgres://... go test ./postgres -run XXX -bench Query -events 1000000
var benchEvents = flag.Int("events", 100000, "events in the generated store of the query benchmark")

// BenchmarkSaveDocument measures the write path (see storetest.BenchSave).
func BenchmarkSaveDocument(b *testing.B) { storetest.BenchSave(b, open(b)) }

// BenchmarkQuery times events and dyads queries on a generated store.
func BenchmarkQuery(b *testing.B) {
	s := open(b)
	if err := s.Generate(context.Background(), *benchEvents, 1); err != nil {
		b.Fatal(err)
	}
	storetest.BenchQuery(b, s)
}
