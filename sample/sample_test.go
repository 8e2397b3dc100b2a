package sample_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"parley"
	"parley/ingest"
	"parley/sample"
)

// TestCorpus reads the whole demo corpus: every file must yield documents
// with a headline, a publication date, an outlet and a dateline place, and
// no boilerplate line may survive.
func TestCorpus(t *testing.T) {
	var docs []*parley.Document
	r := &ingest.Reader{OnError: func(input string, err error) { t.Errorf("%s: %v", input, err) }}
	stats, err := r.ReadFS(context.Background(), sample.FS, func(d *parley.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(sample.FS, "corpus/*")
	if stats.Inputs != len(files) || stats.Failed != 0 || len(docs) < 10 {
		t.Fatalf("stats = %+v, %d docs from %d files", stats, len(docs), len(files))
	}
	for _, d := range docs {
		if d.Title == "" || d.Published.IsZero() || d.Source == "" || d.Dateline == "" || d.Lang != "en" {
			t.Errorf("%s: missing metadata: title %q published %v source %q dateline %q lang %q",
				d.Doc, d.Title, d.Published, d.Source, d.Dateline, d.Lang)
		}
		for _, junk := range []string{"Share", "Read more", "©", "Back to top", "Tags:", "Follow us", "Subscribe", "Most read"} {
			if strings.Contains(d.Text, junk) {
				t.Errorf("%s: boilerplate %q survived:\n%s", d.Doc, junk, d.Text)
			}
		}
	}
}

// TestCorpusSameMeeting checks that the corpus holds three reports, from
// three outlets in three formats, of one meeting on one day.
func TestCorpusSameMeeting(t *testing.T) {
	sources := map[string]bool{}
	_, err := (&ingest.Reader{}).ReadFS(context.Background(), sample.FS, func(d *parley.Document) error {
		if strings.Contains(d.Text, "Wang Yi") && strings.Contains(d.Text, "Dar") &&
			d.Published.Format("2006-01-02") == "2024-05-15" {
			sources[d.Source] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 3 {
		t.Errorf("reports of the Dar–Wang meeting from %d outlets (%v), want 3", len(sources), sources)
	}
}
