package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample returns two stored events built here: a dated visit with a place
// and an undated accusation with one side unknown.
func sample() []*parley.StoredEvent {
	lat, lon := 35.6892, 51.389
	return []*parley.StoredEvent{
		{
			ID: 7, Root: "04", IsRoot: true, NumMentions: 5, NumSources: 3, NumArticles: 4,
			DocID: "9f2c", Doc: "a.txt", URL: "https://example.org/a", Outlet: "Daily Star",
			Published: parley.Time{Time: time.Date(2024, 3, 10, 9, 30, 0, 0, time.UTC)},
			Added:     time.Date(2024, 3, 10, 12, 0, 1, 0, time.UTC),
			Event: parley.Event{
				Source: &parley.EventActor{Code: "PAKGOV", Name: "Asif Rana", Country: "PAK", Sector: "GOV", Text: "Rana"},
				Target: &parley.EventActor{Code: "IRNGOV", Name: "Dara Kian", Country: "IRN", Sector: "GOV", Text: "Kian"},
				CAMEO:  "042", CAMEOName: "Make a visit", QuadClass: 1, Goldstein: 1.9,
				PLOVER: parley.PLOVER{Type: "CONSULT", Mode: "visit"}, Date: parley.NewDate(2024, 3, 10), DateSource: "text",
				Place:    &parley.Place{Name: "Tehran", Country: "IRN", Lat: &lat, Lon: &lon},
				Sentence: "Rana met Kian in Tehran,\n\"on Sunday\".", Trigger: "met", Rule: "verbs.txt:12", Symmetric: true,
			},
		},
		{
			ID: 8, Root: "11", NumMentions: 1, NumSources: 1, NumArticles: 1, DocID: "77aa", Doc: "b.txt",
			Published: parley.Time{Time: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), DateOnly: true},
			Added:     time.Date(2024, 5, 3, 8, 0, 0, 0, time.UTC),
			Event: parley.Event{
				Source: &parley.EventActor{Code: "INDGOV", Name: "India", Country: "IND", Sector: "GOV", Text: "India"},
				CAMEO:  "112", CAMEOName: "Accuse", QuadClass: 3, Goldstein: -2, PLOVER: parley.PLOVER{Type: "ACCUSE"},
				DateSource: "none", Sentence: "India accused\tthe group.", Trigger: "accused", Rule: "verbs.txt:40", Modality: "reported",
			},
		},
	}
}

func TestEventsGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Events(&b, format, sample()); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "events."+format), b.Bytes())
		})
	}
	if err := Events(&bytes.Buffer{}, "xml", sample()); parley.ErrorCode(err) != parley.EINVALID {
		t.Errorf("Events(xml) error = %v, want %s", err, parley.EINVALID)
	}
}

func TestSummariesGolden(t *testing.T) {
	ds := []*parley.Dyad{{Source: "PAKGOV", Target: "IRNGOV", Month: "2024-03", Events: 2, Mentions: 6, Quad: [4]int{2, 0, 0, 0}, Goldstein: 1.45},
		{Source: "INDGOV", Events: 1, Mentions: 1, Quad: [4]int{0, 0, 1, 0}, Goldstein: -2}}
	as := []*parley.ActorCount{{Code: "PAKGOV", Name: "Asif Rana", Country: "PAK", Sector: "GOV", Type: "person", Documents: 13, Mentions: 14, Events: 20}}
	for _, format := range SummaryFormats {
		var b bytes.Buffer
		if err := Dyads(&b, format, ds); err != nil {
			t.Fatal(err)
		}
		if err := Actors(&b, format, as); err != nil {
			t.Fatal(err)
		}
		golden(t, filepath.Join("testdata", "summary."+format), b.Bytes())
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestGDELTShape(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("GDELTColumns has %d columns, want 61", len(GDELTColumns))
	}
	var b bytes.Buffer
	if err := GDELT(&b, sample()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	f := strings.Split(lines[0], "\t")
	if len(f) != 61 {
		t.Fatalf("row has %d fields, want 61", len(f))
	}
	for name, want := range map[string]string{
		"GlobalEventID": "7", "Day": "20240310", "MonthYear": "202403", "Year": "2024", "Actor1Code": "PAKGOV",
		"Actor2CountryCode": "IRN", "IsRootEvent": "1", "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04",
		"QuadClass": "1", "GoldsteinScale": "1.9", "NumMentions": "5", "NumSources": "3", "NumArticles": "4",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Tehran", "ActionGeo_Lat": "35.6892", "DATEADDED": "20240310120001",
		"SOURCEURL": "https://example.org/a",
	} {
		if got := f[col[name]]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if f := strings.Split(lines[1], "\t"); f[col["Day"]] != "20240502" || f[col["Actor2Code"]] != "" || f[col["SOURCEURL"]] != "b.txt" {
		t.Errorf("undated row: Day %q Actor2Code %q SOURCEURL %q; want publication day, empty, doc name",
			f[col["Day"]], f[col["Actor2Code"]], f[col["SOURCEURL"]])
	}
}

func TestCSVReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := EventsCSV(&b, sample()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(rows[0]) != len(CSVHeader) || rows[1][0] != "7" || rows[2][1] != "" {
		t.Errorf("CSV read back as %d rows of %d fields: %q", len(rows), len(rows[0]), rows)
	}
}

func TestPLOVERFields(t *testing.T) {
	var b bytes.Buffer
	if err := PLOVER(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(b.String(), "\n", 2)[0]), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"event_type", "mode", "context", "actors", "recipients", "event_date", "location", "story_id", "sentence"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("PLOVER record lacks %q", k)
		}
	}
	if rec["event_type"] != "CONSULT" || rec["actors"].([]any)[0].(map[string]any)["country"] != "PAK" {
		t.Errorf("PLOVER record = %v", rec)
	}
}
