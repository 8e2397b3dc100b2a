package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGold(t *testing.T) {
	const in = `# comment
{"kind":"actor","doc":"a.txt","name":"Jane Roe","code":"USAGOV"}
{"kind":"event","doc":"a.txt","id":"e1","must":true,"symmetric":true,"source":["USA"],"target":null,"cameo":["04","051"],"date_range":["2024-01-01","2024-01-03"],"evidence":"met"}

{"kind":"claim","doc":"b.txt","id":"c1","what":"killed","count":12,"qualifier":"over","since":"2023-10-07","place":"PSE","evidence":"x"}
`
	g, err := ReadGold(strings.NewReader(in), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Events) != 1 || len(g.Actors) != 1 || len(g.Claims) != 1 {
		t.Fatalf("read %d events, %d actors, %d claims; want 1 each", len(g.Events), len(g.Actors), len(g.Claims))
	}
	e := g.Events[0]
	if !e.Must || !e.Symmetric || e.Target != nil || len(e.Source) != 1 || e.DateRange[1] != "2024-01-03" || e.Line != 3 {
		t.Errorf("event = %+v", e)
	}
	if a := g.Actors[0]; len(a.Code) != 1 || a.Code[0] != "USAGOV" {
		t.Errorf("actor code = %q, want [USAGOV]", a.Code)
	}
	if c := g.Claims[0]; c.Count != 12 || c.Since != "2023-10-07" || c.Line != 5 {
		t.Errorf("claim = %+v", c)
	}
	if got := strings.Join(g.Docs, ","); got != "a.txt,b.txt" {
		t.Errorf("Docs = %s, want a.txt,b.txt", got)
	}
}

func TestReadGoldErrors(t *testing.T) {
	const ev = `"kind":"event","doc":"a.txt","id":"e1"`
	tests := []struct{ name, in, want string }{
		{"ErrJSON", "{nope}\n", "g:1: invalid JSON"},
		{"ErrTwoValues", `{"kind":"actor","doc":"a","name":"X","code":"A"} {}` + "\n", "g:1: more than one JSON value"},
		{"ErrKind", `{"kind":"thing","doc":"a.txt"}` + "\n", `g:1: kind "thing"`},
		{"ErrDoc", "\n" + `{"kind":"event","must":true}` + "\n", "g:2: event: missing doc"},
		{"ErrMust", `{` + ev + `,"cameo":["04"]}` + "\n", "g:1: event e1: missing must"},
		{"ErrCAMEO", `{` + ev + `,"must":true}` + "\n", "g:1: event e1: missing cameo"},
		{"ErrCAMEODigits", `{` + ev + `,"must":true,"cameo":["4a"]}` + "\n", `g:1: event e1: cameo "4a"`},
		{"ErrEmptySource", `{` + ev + `,"must":true,"cameo":["04"],"source":[]}` + "\n", "g:1: event e1: source is an empty list"},
		{"ErrSourceType", `{` + ev + `,"must":true,"cameo":["04"],"source":3}` + "\n", "g:1: invalid JSON"},
		{"ErrDate", `{` + ev + `,"must":true,"cameo":["04"],"date":"May 2"}` + "\n", `g:1: event e1: date "May 2"`},
		{"ErrRange", `{` + ev + `,"must":true,"cameo":["04"],"date_range":["2024-02-01","2024-01-01"]}` + "\n", "g:1: event e1: date_range"},
		{"ErrActorName", `{"kind":"actor","doc":"a","code":["X"]}` + "\n", "g:1: actor: missing name"},
		{"ErrActorCode", `{"kind":"actor","doc":"a","name":"X"}` + "\n", "g:1: actor X: missing code"},
		{"ErrClaimCount", `{"kind":"claim","doc":"a","id":"c","what":"killed"}` + "\n", "g:1: claim c: missing count"},
		{"ErrClaimFraction", `{"kind":"claim","doc":"a","id":"c","what":"killed","count":1.5}` + "\n", "g:1: claim c: count 1.5"},
		{"ErrClaimSince", `{"kind":"claim","doc":"a","id":"c","what":"killed","count":1,"since":"x"}` + "\n", `g:1: claim c: since "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in), "g")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("ReadGold error = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

// TestReadSharedGold reads the seeds' gold and the project's own corpus
// gold, which CI scores.
func TestReadSharedGold(t *testing.T) {
	for _, path := range []string{
		filepath.Join("..", "..", "shared", "gold", "seeds.jsonl"),
		filepath.Join("..", "testdata", "corpus", "gold.jsonl"),
	} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Skipf("gold file absent: %v", err)
			}
			defer f.Close()
			g, err := ReadGold(f, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Events) == 0 || len(g.Docs) == 0 {
				t.Errorf("%s: %d events in %d docs", path, len(g.Events), len(g.Docs))
			}
		})
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"kind":"event","doc":"a.txt","id":"e1","must":true,"symmetric":true,"source":["USA"],"target":null,"cameo":["04"],"date":"2024-01-02","evidence":"met"}`)
	f.Add(`{"kind":"actor","doc":"a.txt","name":"X Y","code":["USAGOV"],"aliases":["Y"]}`)
	f.Add(`{"kind":"claim","doc":"a.txt","id":"c","what":"killed","count":3,"qualifier":"over","place":"PSE"}`)
	f.Add("# c\n\n{\"kind\":\"event\",\"doc\":\"a\",\"must\":false,\"cameo\":\"1\"}")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ReadGold(strings.NewReader(in), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		for _, e := range g.Events {
			if len(e.CAMEO) == 0 || e.Doc == "" {
				t.Errorf("accepted event without cameo or doc: %+v", e)
			}
		}
		Score(g, nil) // must not panic
	})
}
