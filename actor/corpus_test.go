package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"parley"
)

// corpusThreshold is the share of the corpus's gold actors TestCorpus
// requires.
const corpusThreshold = 0.90

// TestCorpus checks actor recall on the repository's own test corpus
// (testdata/corpus: original articles with hand-coded gold), the way
// TestSeeds does on the seeds. Publication dates are read from the
// dateline the way a reader would, since the articles are plain text.
func TestCorpus(t *testing.T) {
	dir := filepath.Join("..", "testdata", "corpus")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldActor
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g goldActor
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		if g.Kind == "actor" {
			gold = append(gold, g)
		}
	}
	docs := map[string]*parley.Document{}
	found := 0
	for _, g := range gold {
		doc := docs[g.Doc]
		if doc == nil {
			b, err := os.ReadFile(filepath.Join(dir, "articles", g.Doc))
			if err != nil {
				t.Fatalf("gold names %s: %v", g.Doc, err)
			}
			doc = &parley.Document{Doc: g.Doc, Text: string(b)}
			if d, ok := datelineDate(doc.Text); ok {
				doc.Published = parley.Time{Time: d, DateOnly: true}
			}
			annotate(t, doc)
			r.Resolve(doc)
			docs[g.Doc] = doc
		}
		if findGold(doc, g) != nil {
			found++
			continue
		}
		var got []string
		for _, a := range doc.Actors {
			got = append(got, a.Code+" "+a.Name)
		}
		t.Logf("%s: gold actor %q %v not found; actors: %s", g.Doc, g.Name, g.Code, strings.Join(got, "; "))
	}
	rate := float64(found) / float64(len(gold))
	t.Logf("corpus actors found: %d/%d (%.1f%%)", found, len(gold), 100*rate)
	if rate < corpusThreshold {
		t.Errorf("corpus actor recall %.1f%% is below %.0f%%", 100*rate, 100*corpusThreshold)
	}
}

var (
	mdy = regexp.MustCompile(`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})`)
	dmy = regexp.MustCompile(`(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})`)
	iso = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`)
)

// datelineDate finds a full date in the first 300 bytes of an article.
func datelineDate(text string) (time.Time, bool) {
	head := text
	if len(head) > 300 {
		head = head[:300]
	}
	if m := mdy.FindStringSubmatch(head); m != nil {
		d, err := time.Parse("Jan 2 2006", m[1]+" "+m[2]+" "+m[3])
		return d, err == nil
	}
	if m := dmy.FindStringSubmatch(head); m != nil {
		d, err := time.Parse("2 January 2006", m[1]+" "+m[2]+" "+m[3])
		return d, err == nil
	}
	if m := iso.FindStringSubmatch(head); m != nil {
		d, err := time.Parse(time.DateOnly, m[1])
		return d, err == nil
	}
	return time.Time{}, false
}
