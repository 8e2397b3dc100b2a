package coder

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ (parsed.json from the live nlp and actor stages, want.json from the coder)")

// parsedDoc is the coder's input for one golden case: what ingest, nlp and
// actor made of input.txt, kept so that the coder's golden output changes
// only when the coder does (refresh it with -update when the upstream
// stages change, and review the diff).
type parsedDoc struct {
	Doc       string            `json:"doc"`
	Title     string            `json:"title,omitempty"`
	Published parley.Time       `json:"published"`
	Dateline  string            `json:"dateline,omitempty"`
	Text      string            `json:"text"`
	TitleEnd  int               `json:"title_end"`
	Sentences []parley.Sentence `json:"sentences"`
	Actors    []parley.Actor    `json:"actors"`
	Mentions  []parley.Mention  `json:"mentions"`
}

// goldenEvent and goldenClaim are the parts of the output a golden file
// pins: what was coded and why, without the byte offsets.
type goldenEvent struct {
	CAMEO, Source, Target, Date, DateSource, Modality, Trigger, Place, PLOVER string
}

type goldenClaim struct {
	What, Qualifier, Since, Place, Trigger string
	Count                                  int
}

type goldenOut struct {
	Events []goldenEvent
	Claims []goldenClaim
}

// TestGolden codes each testdata/<case>/parsed.json and compares the
// result with want.json.
func TestGolden(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "input.txt"))
	if len(dirs) == 0 {
		t.Fatal("no golden cases under testdata/")
	}
	c := testCoder(t)
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			parsedPath := filepath.Join(dir, "parsed.json")
			if *update {
				writeJSON(t, parsedPath, parse(t, in))
			}
			var p parsedDoc
			readJSON(t, parsedPath, &p)
			doc := &parley.Document{
				Doc: p.Doc, Title: p.Title, Published: p.Published, Dateline: p.Dateline, Text: p.Text,
				TitleEnd: p.TitleEnd, Sentences: p.Sentences, Actors: p.Actors, Mentions: p.Mentions,
			}
			c.Code(doc)
			got := project(doc)
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				writeJSON(t, wantPath, got)
			}
			var want goldenOut
			readJSON(t, wantPath, &want)
			gb, _ := json.MarshalIndent(got, "", "  ")
			wb, _ := json.MarshalIndent(want, "", "  ")
			if !bytes.Equal(gb, wb) {
				t.Errorf("%s: coder output differs from want.json (run go test -update and review the diff)\n got %s\nwant %s", dir, gb, wb)
			}
		})
	}
}

// parse runs ingest, nlp and actor on one input file.
func parse(t *testing.T, path string) parsedDoc {
	docs := pipeline(t, []string{path})
	if len(docs) != 1 {
		t.Fatalf("%s: got %d documents, want 1", path, len(docs))
	}
	d := docs[0]
	return parsedDoc{
		Doc: filepath.Base(path), Title: d.Title, Published: d.Published, Dateline: d.Dateline, Text: d.Text,
		TitleEnd: d.TitleEnd, Sentences: d.Sentences, Actors: d.Actors, Mentions: d.Mentions,
	}
}

// project keeps the pinned fields of doc's events and claims.
func project(doc *parley.Document) goldenOut {
	out := goldenOut{Events: []goldenEvent{}, Claims: []goldenClaim{}}
	code := func(a *parley.EventActor) string {
		if a == nil {
			return "-"
		}
		return a.Code + " (" + a.Text + ")"
	}
	for _, e := range doc.Events {
		g := goldenEvent{
			CAMEO: e.CAMEO, Source: code(e.Source), Target: code(e.Target), Date: e.Date.String(),
			DateSource: e.DateSource, Modality: e.Modality, Trigger: e.Trigger, PLOVER: e.PLOVER.Type + "/" + e.PLOVER.Mode,
		}
		if e.Place != nil {
			g.Place = e.Place.Name + "/" + e.Place.Country
		}
		out.Events = append(out.Events, g)
	}
	for _, c := range doc.Claims {
		g := goldenClaim{What: c.What, Count: c.Count, Qualifier: c.Qualifier, Since: c.Since.String(), Trigger: c.Trigger}
		if c.Place != nil {
			g.Place = c.Place.Name + "/" + c.Place.Country
		}
		out.Claims = append(out.Claims, g)
	}
	return out
}

func writeJSON(t *testing.T, path string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readJSON(t *testing.T, path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
