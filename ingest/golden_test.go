package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden want.json files")

// goldenDoc is the part of a document ingest is responsible for.
type goldenDoc struct {
	ID          string              `json:"id"`
	Doc         string              `json:"doc"`
	URL         string              `json:"url,omitempty"`
	Source      string              `json:"source,omitempty"`
	Title       string              `json:"title,omitempty"`
	Published   parley.Time         `json:"published"`
	Dateline    string              `json:"dateline,omitempty"`
	Lang        string              `json:"lang,omitempty"`
	TitleEnd    int                 `json:"title_end"`
	Text        string              `json:"text"`
	Diagnostics []parley.Diagnostic `json:"diagnostics,omitempty"`
}

// offline is an HTTP client that refuses every request, so that golden
// tests never touch the network.
var offline = &http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
	return nil, errors.New("network disabled in tests")
})}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestGolden pins the cleaned output of each testdata/golden/<case>/input.*
// to want.json beside it; run with -update to rewrite, then review the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.*"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res := read(t, &Reader{HTTPClient: offline}, in)
			if len(res.errs) > 0 {
				t.Fatalf("errors: %q", res.errs)
			}
			var got []goldenDoc
			for _, d := range res.docs {
				got = append(got, goldenDoc{d.ID, d.Doc, d.URL, d.Source, d.Title, d.Published,
					d.Dateline, d.Lang, d.TitleEnd, d.Text, d.Diagnostics})
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(b, want) {
				var w []goldenDoc
				if err := json.Unmarshal(want, &w); err != nil {
					t.Fatalf("%s: %v", wantPath, err)
				}
				t.Errorf("%s mismatch (-want +got):\n%s", wantPath, cmp.Diff(w, got))
			}
		})
	}
}
