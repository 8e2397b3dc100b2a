package ingest

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley"
)

// seedsDir is the shared seed articles, two levels above the package.
var seedsDir = filepath.Join("..", "..", "shared", "seeds")

// TestSeeds checks ingest on the five seed articles line by line: the
// headline, date and dateline, which lines are dropped as boilerplate or
// metadata, and that every other line survives whole, in order. It asserts
// on line numbers, not on the seeds' text, which stays out of the repo.
func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not found at %s (they live in ../shared/seeds beside the repo)", seedsDir)
	}
	tests := []struct {
		prefix    string
		title     bool  // line 1 is the headline
		drop      []int // 1-based lines that must not reach Text
		published string
		dateline  string
	}{
		// 000: a navigation line at the end.
		{"000_", true, []int{15}, "null", ""},
		// 001: a byline with the date, the headline repeated, a "Read
		// more" pointer, share/outlet/logo/tagline/copyright lines.
		{"001_", true, []int{3, 4, 10, 20, 22, 24, 26, 28}, "2023-12-28", "Islamabad"},
		// 002: the outlet's name under the headline.
		{"002_", true, []int{3}, "null", "Islamabad"},
		// 003: no headline; the lead sentence opens the text.
		{"003_", false, nil, "null", ""},
		// 004: a "date" field and a copy of the lead sentence above it.
		{"004_", false, []int{1}, "2023-12-20", "Islamabad"},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			matches, _ := filepath.Glob(filepath.Join(seedsDir, tt.prefix+"*.txt"))
			if len(matches) != 1 {
				t.Skipf("seed %s* not found", tt.prefix)
			}
			res := read(t, &Reader{}, matches[0])
			if len(res.docs) != 1 {
				t.Fatalf("got %d docs, errors %q", len(res.docs), res.errs)
			}
			d := res.docs[0]
			lines := seedLines(t, matches[0])
			if got := jsonTime(d.Published); got != tt.published {
				t.Errorf("published = %s, want %s", got, tt.published)
			}
			if d.Dateline != tt.dateline {
				t.Errorf("dateline = %q, want %q", d.Dateline, tt.dateline)
			}
			switch {
			case tt.title && d.Title != lines[1]:
				t.Errorf("title = %q, want line 1 %q", d.Title, lines[1])
			case !tt.title && d.Title != "":
				t.Errorf("title = %q, want none (the article has no headline)", d.Title)
			}
			dropped := map[int]bool{}
			for _, n := range tt.drop {
				dropped[n] = true
			}
			var want []string
			for n := 1; n < len(lines); n++ {
				if lines[n] != "" && !dropped[n] {
					want = append(want, lines[n])
				}
			}
			got := strings.Split(d.Text, "\n\n")
			for i := 0; i < max(len(got), len(want)); i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("paragraph %d:\n got %.80q\nwant %.80q", i+1, g, w)
					break
				}
			}
		})
	}
}

// seedLines returns the file's lines normalised as ingest normalises text
// (index 0 unused, so that lines[n] is line n).
func seedLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := []string{""}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, strings.TrimSpace(normalize(sc.Text())))
	}
	return lines
}

// TestSeedsReadTwiceSameID checks that IDs are stable across reads.
func TestSeedsReadTwiceSameID(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not found at %s", seedsDir)
	}
	ids := map[string]string{}
	for range 2 {
		(&Reader{}).Read(t.Context(), []string{seedsDir}, func(d *parley.Document) error {
			if prev, ok := ids[d.Doc]; ok && prev != d.ID {
				t.Errorf("%s: ID %s then %s", d.Doc, prev, d.ID)
			}
			ids[d.Doc] = d.ID
			return nil
		})
	}
	if len(ids) != 5 {
		t.Errorf("read %d seeds, want 5", len(ids))
	}
}
