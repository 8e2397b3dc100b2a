package coder

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"parley/cameo"
	"parley/plover"
)

// TestPatternLint checks the embedded pattern dictionary: every code is in
// the CAMEO codebook and maps to a PLOVER type, all twenty roots are
// covered by event patterns, and no phrase is listed twice.
func TestPatternLint(t *testing.T) {
	pats, err := ParsePatterns(bytes.NewReader(patternData), "coder/data/patterns.txt")
	if err != nil {
		t.Fatal(err)
	}
	book := cameo.Default()
	roots := map[string]int{}
	phrases := map[string]string{}
	for _, p := range pats {
		if _, ok := book.Lookup(p.Code); !ok {
			t.Errorf("%s: code %s is not in the CAMEO codebook", p.Rule, p.Code)
		}
		if p.Say || p.None {
			continue
		}
		roots[p.Code[:2]]++
		if pl := plover.ForCAMEO(p.Code); pl.Type == "" && p.Code[:2] != "01" && p.Code[:2] != "02" {
			t.Errorf("%s: code %s has no PLOVER type", p.Rule, p.Code)
		}
		var words []string
		for _, w := range p.Words {
			words = append(words, w.Lemma+":"+string(rune(w.POS)))
		}
		phrase := strings.Join(words, " ")
		if prev, dup := phrases[phrase+"|"+strings.Join(p.Target, " ")]; dup {
			t.Errorf("%s: phrase %q with the same targets is also on %s", p.Rule, phrase, prev)
		}
		phrases[phrase+"|"+strings.Join(p.Target, " ")] = p.Rule
		if len(p.Target) == 0 && !p.OptTarget {
			t.Errorf("%s: no target slots: add opttgt or a slot", p.Rule)
		}
	}
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		if roots[root] == 0 {
			t.Errorf("root %s: no event pattern", root)
		}
	}
	t.Logf("%d patterns; per root: %v", len(pats), roots)
}

// TestParsePatternsErrors checks that malformed lines are reported with
// their file:line.
func TestParsePatternsErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"ErrFields", "040 meet\n", "x.txt:1: want CODE PHRASE | TARGETS | FLAGS"},
		{"ErrCode", "\n04x meet | obj\n", "x.txt:2: code \"04x\""},
		{"ErrNoPhrase", "040 | obj\n", "x.txt:1: want a CAMEO code and a phrase"},
		{"ErrPOS", "040 meet:X | obj\n", "x.txt:1: word \"meet:X\""},
		{"ErrUpper", "040 Meet | obj\n", "x.txt:1: word \"Meet\": lemmas are lowercase"},
		{"ErrSlot", "040 meet | nowhere\n", "x.txt:1: target slot \"nowhere\""},
		{"ErrEmptySlots", "040 meet |  \n", "x.txt:1: empty target slots"},
		{"ErrFlag", "040 meet | obj | loud\n", "x.txt:1: flag \"loud\""},
		{"ErrSrc", "040 meet | obj | src=nowhere\n", "x.txt:1: source slot \"nowhere\""},
		{"ErrDuplicate", "040 meet | obj\n# c\n040 meet | obj | sym\n", "x.txt:3: duplicate of the pattern on line 1"},
		{"ErrEmpty", "# nothing\n", "x.txt: no patterns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePatterns(strings.NewReader(tt.input), "x.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		pats, err := ParsePatterns(strings.NewReader("# c\n041 telephone:V | obj | sym mode=phone src=subj\n"), "x.txt")
		if err != nil {
			t.Fatal(err)
		}
		p := pats[0]
		if p.Code != "041" || p.Words[0] != (Word{"telephone", 'V'}) || !p.Symmetric || p.Mode != "phone" || p.Rule != "x.txt:2" {
			t.Errorf("got %+v", p)
		}
	})
}

// TestNewUnknownCode checks that New rejects a pattern whose code the
// codebook lacks.
func TestNewUnknownCode(t *testing.T) {
	pats, err := ParsePatterns(strings.NewReader("999 frobnicate | obj\n"), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(pats, nil, nil); err == nil || !strings.Contains(err.Error(), "x.txt:1: code 999") {
		t.Errorf("got %v, want x.txt:1: code 999 ...", err)
	}
}

// FuzzParsePatterns checks that the pattern parser never panics and that
// what it accepts is well formed.
func FuzzParsePatterns(f *testing.F) {
	f.Add("040 meet:V | obj with | sym\n")
	f.Add("041 telephone | obj | mode=phone src=subj,poss\n# x\n")
	f.Add("|||\n")
	f.Fuzz(func(t *testing.T, s string) {
		pats, err := ParsePatterns(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, p := range pats {
			if len(p.Words) == 0 || p.Code == "" || len(p.Source) == 0 {
				t.Fatalf("accepted malformed pattern %+v", p)
			}
		}
	})
}

// FuzzParseGazetteer checks that the gazetteer parser never panics.
func FuzzParseGazetteer(f *testing.F) {
	f.Add("Gaza | region | PSE | 31.4 | 34.4 | Gaza Strip | Gazans\n")
	f.Add("x | y\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ParseGazetteer(strings.NewReader(s), "fuzz")
		if err == nil && len(g.byName) == 0 {
			t.Fatal("accepted an empty gazetteer")
		}
	})
}

// FuzzParseFigures checks that the figure parser never panics.
func FuzzParseFigures(f *testing.F) {
	f.Add("killed | death:N | of\n")
	f.Fuzz(func(t *testing.T, s string) {
		ParseFigures(strings.NewReader(s), "fuzz")
	})
}
