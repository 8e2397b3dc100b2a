package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/eval"
	"parley/ingest"
)

// The -update flag rewrites golden files; it is defined here unless another
// test file of the package already did.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update to accept):\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// codedSample is a hand-made coded document with every kind of field.
func codedSample() []*parley.Document {
	pub := parley.Time{Time: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), DateOnly: true}
	swe := &parley.EventActor{Code: "SWEGOV", Name: "Maria Lindqvist", Country: "SWE", Sector: "GOV", Text: "Lindqvist", Start: 40, End: 49}
	gha := &parley.EventActor{Code: "GHAGOV", Name: "Kofi Mensah", Country: "GHA", Sector: "GOV", Text: "Kofi Mensah", Start: 70, End: 81}
	lat, lon := 5.56, -0.2
	accra := &parley.Place{Name: "Accra", Country: "GHA", Lat: &lat, Lon: &lon}
	return []*parley.Document{{
		ID: "abc123", Doc: "a.txt", Title: "Sweden and Ghana hold talks", Published: pub,
		Actors: []parley.Actor{
			{Code: "SWEGOV", Name: "Maria Lindqvist", Country: "SWE", Sector: "GOV", Title: "Foreign Minister", Type: "person", How: "dictionary"},
			{Code: "GHAGOV", Name: "Kofi Mensah", Country: "GHA", Sector: "GOV", Type: "person"},
		},
		Mentions: []parley.Mention{
			{Text: "Lindqvist", Start: 40, End: 49, Actors: []int{0}, How: "surname"},
			{Text: "Kofi Mensah", Start: 70, End: 81, Actors: []int{1}, How: "name"},
			{Text: "the two ministers", Start: 90, End: 107, Actors: []int{0, 1}, How: "plural"},
		},
		Events: []parley.Event{{
			Source: swe, Target: gha, CAMEO: "040", CAMEOName: "Consult", QuadClass: 1, Goldstein: 1,
			PLOVER: parley.PLOVER{Type: "CONSULT", Mode: "visit"}, Date: parley.NewDate(2024, 5, 1), DateSource: "text",
			Place: accra, Sentence: "On Wednesday Lindqvist met Kofi Mensah in Accra.", Start: 28, End: 76,
			Trigger: "met", TriggerStart: 50, TriggerEnd: 53, Rule: "coder/data/verbs.txt:12", Symmetric: true,
		}, {
			Source: gha, CAMEO: "013", CAMEOName: "Make optimistic comment", QuadClass: 1, Goldstein: 0.4,
			Date: parley.NewDate(2024, 5, 2), DateSource: "published", Sentence: "He said ties would grow.",
			Trigger: "said", Rule: "coder/data/verbs.txt:3", Modality: "reported",
		}},
		Claims: []parley.Claim{{
			What: "displaced", Count: 4000, Qualifier: "more than", Since: parley.NewDate(2024, 3, 1),
			Place: accra, Sentence: "More than 4,000 people have been displaced since March 1.", Trigger: "displaced", Rule: "coder/data/claims.txt:4",
		}},
		Diagnostics: []parley.Diagnostic{{Stage: "actor", Start: 5, End: 9, Message: "unresolved name \"Berg\""}},
	}, {ID: "def456", Doc: "empty.txt"}}
}

func TestWriteCoded(t *testing.T) {
	for _, format := range []string{"jsonl", "text"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			for _, d := range codedSample() {
				if err := codedWriters[format](&buf, d); err != nil {
					t.Fatal(err)
				}
			}
			golden(t, filepath.Join("code", "sample."+format), buf.Bytes())
		})
	}
}

// TestCodedRoundTrip checks that eval reads back what 'parley code' writes.
func TestCodedRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	for _, d := range codedSample() {
		if err := writeCodedJSON(&buf, d); err != nil {
			t.Fatal(err)
		}
	}
	out := buf.String()
	docs, err := eval.ReadCoded(&buf, "out.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := codedSample()
	if len(docs) != len(want) {
		t.Fatalf("read %d docs, want %d", len(docs), len(want))
	}
	got, w := docs[0], want[0]
	if got.Doc != w.Doc || got.Title != w.Title || len(got.Events) != 2 || len(got.Claims) != 1 || len(got.Actors) != 2 {
		t.Fatalf("round trip lost fields: %+v", got)
	}
	if e := got.Events[0]; e.Source.Code != "SWEGOV" || e.Date != w.Events[0].Date || e.PLOVER != w.Events[0].PLOVER || e.Place.Country != "GHA" {
		t.Errorf("event 0 = %+v", e)
	}
	if m := got.Actors[0].Mentions; len(m) != 2 || m[1].Text != "the two ministers" {
		t.Errorf("actor 0 mentions = %+v, want Lindqvist and the two ministers", m)
	}
	var raw map[string]any
	line, _, _ := strings.Cut(out, "\n")
	_ = json.Unmarshal([]byte(line), &raw)
	for _, k := range []string{"doc", "id", "title", "published", "actors", "events", "claims", "diagnostics"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}
}

func TestProcessOrdered(t *testing.T) {
	dir := t.TempDir()
	const n = 24
	for i := range n {
		text := fmt.Sprintf("Headline %02d\n\nThe body of article %02d says little.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	process := func(d *parley.Document) {
		time.Sleep(time.Duration(len(d.Doc)*int(d.Doc[1])%7) * time.Millisecond)
		if d.Doc == "05.txt" {
			panic("boom")
		}
		d.Diagnostics = append(d.Diagnostics, parley.Diagnostic{Stage: "test", Message: "seen"})
	}
	var got []string
	r := &ingest.Reader{}
	stats, err := processOrdered(context.Background(), r, []string{dir}, 4, process, func(d *parley.Document) error {
		got = append(got, d.Doc)
		if d.Doc == "05.txt" && (len(d.Diagnostics) != 1 || !strings.Contains(d.Diagnostics[0].Message, "boom")) {
			t.Errorf("panicking document diagnostics = %+v", d.Diagnostics)
		}
		return nil
	})
	if err != nil || stats.Documents != n {
		t.Fatalf("processOrdered: %d documents, err %v", stats.Documents, err)
	}
	for i, d := range got {
		if want := fmt.Sprintf("%02d.txt", i); d != want {
			t.Fatalf("document %d is %s, want %s (order lost): %v", i, d, want, got)
		}
	}
	t.Run("ErrEmit", func(t *testing.T) {
		calls := 0
		_, err := processOrdered(context.Background(), r, []string{dir}, 3, func(*parley.Document) {}, func(*parley.Document) error {
			calls++
			return fmt.Errorf("disk full")
		})
		if err == nil || err.Error() != "disk full" || calls != 1 {
			t.Errorf("err = %v after %d emits, want disk full after 1", err, calls)
		}
	})
}

func TestCodeUsage(t *testing.T) {
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr}
	if err := m.Run(context.Background(), []string{"code", "--format", "xml"}); err != errUsage {
		t.Errorf("--format xml: err = %v, want usage error", err)
	}
	if !strings.Contains(stderr.String(), `--format "xml"`) {
		t.Errorf("stderr = %q, want it to name the bad format", stderr.String())
	}
}

func BenchmarkWriteCodedJSON(b *testing.B) {
	docs := codedSample()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		for _, d := range docs {
			if err := writeCodedJSON(&buf, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestCodeEndToEnd codes two small invented articles through the wired
// pipeline and checks the output's shape and order; it skips until the
// pipeline loads.
func TestCodeEndToEnd(t *testing.T) {
	if _, err := (&Main{}).newPipeline(); err != nil {
		t.Skipf("pipeline not available: %v", err)
	}
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "Ministers meet\n\nOSLO, May 2, 2024 – Norway's foreign minister met his Swedish counterpart in Oslo on Thursday.\n",
		"b.txt": "Talks\n\nThe weather was fine and nobody met anyone.\n",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, err := runMain(t, "", "code", "--workers", "2", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if err != nil {
		t.Fatalf("code: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines, want 2:\n%s", len(lines), out)
	}
	for i, want := range []string{"a.txt", "b.txt"} {
		var d struct {
			Doc    string            `json:"doc"`
			Events []json.RawMessage `json:"events"`
			Actors []json.RawMessage `json:"actors"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if d.Doc != want || d.Events == nil || d.Actors == nil {
			t.Errorf("line %d: doc %q, events %v, actors %v; want doc %s with lists", i+1, d.Doc, d.Events, d.Actors, want)
		}
	}
	text, _, err := runMain(t, "", "code", "--format", "text", filepath.Join(dir, "a.txt"))
	if err != nil || !strings.HasPrefix(text, "=== a.txt") {
		t.Errorf("text output = %q, err %v", text, err)
	}
}
