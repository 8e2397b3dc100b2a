package eval

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func TestCodeMatch(t *testing.T) {
	tests := []struct {
		code     string
		prefixes []string
		want     bool
	}{
		{"PAKGOV", []string{"PAK"}, true},
		{"PAKGOV", []string{"PSE", "PAKGOV"}, true},
		{"PAK", []string{"PAKGOV"}, false},
		{"AFGREB", []string{"---REB"}, true},
		{"AFGREBTAL", []string{"---REB"}, true},
		{"AFGGOV", []string{"---REB"}, false},
		{"", nil, true},
		{"X", []string{}, false},
	}
	for _, tt := range tests {
		if got := codeMatch(tt.code, tt.prefixes); got != tt.want {
			t.Errorf("codeMatch(%q, %q) = %v, want %v", tt.code, tt.prefixes, got, tt.want)
		}
	}
}

func TestEventMatches(t *testing.T) {
	pak := &parley.EventActor{Code: "PAKGOV"}
	irn := &parley.EventActor{Code: "IRNGOV"}
	day := parley.NewDate(2023, 12, 20)
	g := GoldEvent{Source: []string{"PAK"}, Target: []string{"IRN"}, CAMEO: []string{"04"}}
	tests := []struct {
		name string
		e    parley.Event
		g    func(GoldEvent) GoldEvent
		want bool
	}{
		{"OK", parley.Event{Source: pak, Target: irn, CAMEO: "041"}, nil, true},
		{"ErrCode", parley.Event{Source: pak, Target: irn, CAMEO: "051"}, nil, false},
		{"ErrReversed", parley.Event{Source: irn, Target: pak, CAMEO: "040"}, nil, false},
		{"SymmetricReversed", parley.Event{Source: irn, Target: pak, CAMEO: "040"}, func(g GoldEvent) GoldEvent { g.Symmetric = true; return g }, true},
		{"ErrNoTarget", parley.Event{Source: pak, CAMEO: "040"}, nil, false},
		{"NullTarget", parley.Event{Source: pak, CAMEO: "040"}, func(g GoldEvent) GoldEvent { g.Target = nil; return g }, true},
		{"Date", parley.Event{Source: pak, Target: irn, CAMEO: "040", Date: day}, func(g GoldEvent) GoldEvent { g.Date = "2023-12-20"; return g }, true},
		{"ErrDate", parley.Event{Source: pak, Target: irn, CAMEO: "040", Date: day}, func(g GoldEvent) GoldEvent { g.Date = "2023-12-21"; return g }, false},
		{"ErrNoDate", parley.Event{Source: pak, Target: irn, CAMEO: "040"}, func(g GoldEvent) GoldEvent { g.Date = "2023-12-20"; return g }, false},
		{"Range", parley.Event{Source: pak, Target: irn, CAMEO: "040", Date: day}, func(g GoldEvent) GoldEvent { g.DateRange = [2]string{"2023-12-20", "2023-12-28"}; return g }, true},
		{"ErrRange", parley.Event{Source: pak, Target: irn, CAMEO: "040", Date: day}, func(g GoldEvent) GoldEvent { g.DateRange = [2]string{"2023-12-21", "2023-12-28"}; return g }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ge := g
			if tt.g != nil {
				ge = tt.g(g)
			}
			if got := eventMatches(&tt.e, &ge); got != tt.want {
				t.Errorf("eventMatches = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestActorFound(t *testing.T) {
	g := GoldActor{Name: "Anwaar-ul-Haq Kakar", Code: []string{"PAKGOV"}, Aliases: []string{"PM Kakar"}}
	tests := []struct {
		name, code, actor string
		want              bool
	}{
		{"OK", "PAKGOV", "Anwaar-ul-Haq Kakar", true},
		{"Surname", "PAKGOVHOG", "Kakar", true},
		{"ErrCode", "PAKMIL", "Kakar", false},
		{"ErrTitleOnly", "PAKGOV", "Prime Minister", false},
		{"ErrShortWord", "PAKGOV", "ul", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actorFound(&parley.Actor{Code: tt.code, Name: tt.actor}, &g); got != tt.want {
				t.Errorf("actorFound(%s %q) = %v, want %v", tt.code, tt.actor, got, tt.want)
			}
		})
	}
}

func TestClaimFound(t *testing.T) {
	g := GoldClaim{What: "killed", Count: 11000, Qualifier: "more than", Since: "2023-10-07", Place: "PSE"}
	pse := &parley.Place{Name: "Gaza", Country: "PSE"}
	since := parley.NewDate(2023, 10, 7)
	tests := []struct {
		name string
		c    parley.Claim
		want bool
	}{
		{"OK", parley.Claim{What: "killed", Count: 11000, Qualifier: "more than", Since: since, Place: pse}, true},
		{"Synonym", parley.Claim{What: "Killed", Count: 11000, Qualifier: "over", Since: since, Place: pse}, true},
		{"ErrCount", parley.Claim{What: "killed", Count: 1100, Qualifier: "over", Since: since, Place: pse}, false},
		{"ErrQualifier", parley.Claim{What: "killed", Count: 11000, Qualifier: "nearly", Since: since, Place: pse}, false},
		{"ErrSince", parley.Claim{What: "killed", Count: 11000, Qualifier: "over", Place: pse}, false},
		{"ErrPlace", parley.Claim{What: "killed", Count: 11000, Qualifier: "over", Since: since}, false},
		{"ErrWhat", parley.Claim{What: "injured", Count: 11000, Qualifier: "over", Since: since, Place: pse}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claimFound(&tt.c, &g); got != tt.want {
				t.Errorf("claimFound = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAssign(t *testing.T) {
	// Event 0 could go to gold 0 or 1; events 1 and 2 only to gold 0. A
	// greedy pass would fill gold 0 with events 0 and 1 and lose event 2.
	got := assign([][]int{{0, 1}, {0}, {0}, {}, {1}}, 2, 2)
	want := []bool{true, true, true, false, true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("assign = %v, want %v", got, want)
	}
	if got := assign([][]int{{0}, {0}, {0}}, 1, 2); fmt.Sprint(got) != "[true true false]" {
		t.Errorf("assign over capacity = %v, want [true true false]", got)
	}
}

// TestGolden scores testdata/<case>/coded.jsonl against gold.jsonl and
// compares the verbose report with want.txt (refresh with -update).
func TestGolden(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "gold.jsonl"))
	if len(dirs) == 0 {
		t.Fatal("no golden cases under testdata")
	}
	for _, gp := range dirs {
		dir := filepath.Dir(gp)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			g := readGoldFile(t, gp)
			cp := filepath.Join(dir, "coded.jsonl")
			f, err := os.Open(cp)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, err := ReadCoded(f, cp)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Score(g, docs).Write(&buf, true); err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(want, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), w) {
				t.Errorf("report differs from %s (run with -update to accept):\n--- got\n%s--- want\n%s", want, buf.Bytes(), w)
			}
		})
	}
}

func readGoldFile(t testing.TB, path string) *Gold {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGold(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestReadCodedErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ErrJSON", "{\n", "c:1: invalid coded document"},
		{"ErrDoc", "\n{\"id\":\"x\"}\n", "c:2: coded document without \"doc\""},
		{"ErrCAMEO", `{"doc":"a","events":[{"cameo":""}]}`, "c:1: a event 1: missing cameo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoded(bytes.NewReader([]byte(tt.in)), "c")
			if err == nil || !bytes.HasPrefix([]byte(err.Error()), []byte(tt.want)) {
				t.Errorf("ReadCoded error = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

// BenchmarkScore scores 200 documents of 30 produced and 20 gold events.
func BenchmarkScore(b *testing.B) {
	g := &Gold{}
	var docs []*parley.Document
	codes := []string{"040", "051", "111", "0233", "190", "173"}
	for d := range 200 {
		name := fmt.Sprintf("d%03d.txt", d)
		g.Docs = append(g.Docs, name)
		doc := &parley.Document{Doc: name}
		for i := range 30 {
			doc.Events = append(doc.Events, parley.Event{
				Source: &parley.EventActor{Code: []string{"PAKGOV", "IRNGOV", "USAGOV"}[i%3]},
				Target: &parley.EventActor{Code: []string{"IRNGOV", "USAGOV", "PAKGOV"}[i%3]},
				CAMEO:  codes[i%len(codes)], Date: parley.NewDate(2024, 1, 1+i%5),
			})
		}
		for i := range 20 {
			g.Events = append(g.Events, GoldEvent{Doc: name, ID: fmt.Sprint(i), Must: i%2 == 0, Symmetric: i%3 == 0,
				Source: []string{"PAK", "IRN", "USA"}[i%3 : i%3+1], Target: []string{"IRN"}, CAMEO: []string{codes[i%len(codes)][:2]}})
		}
		docs = append(docs, doc)
	}
	for b.Loop() {
		Score(g, docs)
	}
}
