package actor

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"parley"
)

// goldenThreshold is the pass rate TestGolden requires.
const goldenThreshold = 0.95

// goldenCase is one line of testdata/golden.tsv.
type goldenCase struct {
	line    int
	date    time.Time
	text    string
	mention string
	nth     int
	want    string
}

// parseGolden reads golden.tsv: date<TAB>text<TAB>mention<TAB>want, with
// "#" comments, "-" for no date, "\n" in text for a newline and an
// optional "@N" on the mention for its Nth occurrence.
func parseGolden(name string, data string) ([]goldenCase, error) {
	var out []goldenCase
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields (date, text, mention, want), got %d", name, n, len(f))
		}
		c := goldenCase{line: n, text: strings.ReplaceAll(f[1], `\n`, "\n"), mention: f[2], nth: 1, want: strings.TrimSpace(f[3])}
		if d := strings.TrimSpace(f[0]); d != "-" {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: date %q: want YYYY-MM-DD or -", name, n, d)
			}
			c.date = t
		}
		if i := strings.LastIndex(c.mention, "@"); i > 0 {
			if k, err := strconv.Atoi(c.mention[i+1:]); err == nil && k > 0 {
				c.mention, c.nth = c.mention[:i], k
			}
		}
		if c.want == "" {
			return nil, fmt.Errorf("%s:%d: empty want", name, n)
		}
		if _, _, ok := c.span(); !ok {
			return nil, fmt.Errorf("%s:%d: mention %q (occurrence %d) is not in the text", name, n, c.mention, c.nth)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// span returns the byte span of the case's mention in its text.
func (c goldenCase) span() (int, int, bool) {
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(c.text[from:], c.mention)
		if i < 0 {
			return 0, 0, false
		}
		if k == c.nth {
			return from + i, from + i + len(c.mention), true
		}
		from += i + 1
	}
}

// resolvedCodes returns the codes of the actors of the mention that covers
// [start, end): the smallest mention containing it, else the first that
// overlaps it.
func resolvedCodes(doc *parley.Document, start, end int) []string {
	best := -1
	for i, m := range doc.Mentions {
		if m.Start <= start && end <= m.End && (best < 0 || m.End-m.Start < doc.Mentions[best].End-doc.Mentions[best].Start) {
			best = i
		}
	}
	if best < 0 {
		for i, m := range doc.Mentions {
			if m.Start < end && start < m.End {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return nil
	}
	var out []string
	for _, a := range doc.Mentions[best].Actors {
		out = append(out, doc.Actors[a].Code)
	}
	return out
}

// judge reports whether codes satisfy want: "!" for none; "A+B" for a set
// whose every prefix matches a different code, with no codes left over; a
// single prefix that every code starts with.
func judge(want string, codes []string) bool {
	if want == "!" {
		return len(codes) == 0
	}
	wants := strings.Split(want, "+")
	if len(codes) == 0 || (len(wants) > 1 && len(codes) != len(wants)) {
		return false
	}
	if len(wants) == 1 {
		for _, c := range codes {
			if !strings.HasPrefix(c, want) {
				return false
			}
		}
		return true
	}
	used := make([]bool, len(codes))
	for _, w := range wants {
		ok := false
		for i, c := range codes {
			if !used[i] && strings.HasPrefix(c, w) {
				used[i], ok = true, true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// TestGolden runs the golden mention → code cases of testdata/golden.tsv
// through the pipeline (nlp, then Resolve) and fails below the threshold.
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/golden.tsv")
	if os.IsNotExist(err) {
		t.Skip("testdata/golden.tsv not written yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	cases, err := parseGolden("testdata/golden.tsv", string(b))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, c := range cases {
		doc := &parley.Document{Text: c.text}
		if !c.date.IsZero() {
			doc.Published = parley.Time{Time: c.date, DateOnly: true}
		}
		annotate(t, doc)
		r.Resolve(doc)
		s, e, _ := c.span()
		got := resolvedCodes(doc, s, e)
		if judge(c.want, got) {
			pass++
			continue
		}
		t.Logf("golden.tsv:%d: %q in %q: got %v, want %s", c.line, c.mention, abbreviate(c.text), got, c.want)
	}
	rate := float64(pass) / float64(len(cases))
	t.Logf("golden: %d/%d cases pass (%.1f%%)", pass, len(cases), 100*rate)
	if rate < goldenThreshold {
		t.Errorf("golden pass rate %.1f%% is below %.0f%%", 100*rate, 100*goldenThreshold)
	}
}

func abbreviate(s string) string {
	if len(s) > 90 {
		return s[:87] + "..."
	}
	return s
}

// TestJudge pins the golden runner's scoring rules.
func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		want  string
		codes []string
		ok    bool
	}{
		{"PAKGOV", []string{"PAKGOV"}, true},
		{"PAK", []string{"PAKGOV"}, true},
		{"PAKGOV", []string{"PAK"}, false},
		{"PAKGOV", nil, false},
		{"!", nil, true},
		{"!", []string{"TUR"}, false},
		{"PAKGOV+IRNGOV", []string{"IRNGOV", "PAKGOV"}, true},
		{"PAKGOV+IRNGOV", []string{"PAKGOV"}, false},
		{"PAKGOV+IRNGOV", []string{"PAKGOV", "IRNGOV", "USAGOV"}, false},
		{"PAKGOV+PAKGOV", []string{"PAKGOV", "PAKGOV"}, true},
		{"PAKGOV", []string{"PAKGOV", "IRNGOV"}, false},
	} {
		if got := judge(tc.want, tc.codes); got != tc.ok {
			t.Errorf("judge(%q, %v) = %v, want %v", tc.want, tc.codes, got, tc.ok)
		}
	}
}

// FuzzParseGolden checks that the golden parser never panics.
func FuzzParseGolden(f *testing.F) {
	f.Add("2021-05-13\tPM Imran spoke.\tPM Imran\tPAKGOV\n# c\n-\ta a\ta@2\t!\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parseGolden("fuzz", s)
	})
}
