package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley"
)

// goldActor is an actor line of the seeds' gold file.
type goldActor struct {
	Kind    string   `json:"kind"`
	Doc     string   `json:"doc"`
	Name    string   `json:"name"`
	Code    []string `json:"code"`
	Aliases []string `json:"aliases"`
}

// TestSeeds checks that every gold actor of the seed articles is found with
// an acceptable code. It reads ../shared/seeds and skips when absent.
func TestSeeds(t *testing.T) {
	root := filepath.Join("..", "..", "shared")
	f, err := os.Open(filepath.Join(root, "gold", "seeds.jsonl"))
	if err != nil {
		t.Skipf("seed gold not available (%v); the seeds live outside the repository", err)
	}
	defer f.Close()
	var gold []goldActor
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g goldActor
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("seeds.jsonl: %v", err)
		}
		if g.Kind == "actor" {
			gold = append(gold, g)
		}
	}
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*parley.Document{}
	found := 0
	for _, g := range gold {
		doc := docs[g.Doc]
		if doc == nil {
			b, err := os.ReadFile(filepath.Join(root, "seeds", g.Doc))
			if err != nil {
				t.Fatalf("gold names %s: %v", g.Doc, err)
			}
			text := string(b)
			title, _, _ := strings.Cut(text, "\n")
			doc = &parley.Document{Doc: g.Doc, Title: title, Text: text}
			annotate(t, doc)
			r.Resolve(doc)
			docs[g.Doc] = doc
		}
		if a := findGold(doc, g); a != nil {
			found++
			continue
		}
		var got []string
		for _, a := range doc.Actors {
			got = append(got, a.Code+" "+a.Name)
		}
		t.Errorf("%s: gold actor %q %v not found; actors: %s", g.Doc, g.Name, g.Code, strings.Join(got, "; "))
	}
	t.Logf("seed actors found: %d/%d", found, len(gold))
}

// findGold returns the document actor matching a gold actor: a code with
// one of the gold prefixes and a name sharing a word of three or more
// letters (titles aside) with the gold name or an alias.
func findGold(doc *parley.Document, g goldActor) *parley.Actor {
	want := map[string]bool{}
	for _, n := range append([]string{g.Name}, g.Aliases...) {
		for _, w := range nameWords(n) {
			want[w] = true
		}
	}
	for i, a := range doc.Actors {
		ok := false
		for _, c := range g.Code {
			ok = ok || strings.HasPrefix(a.Code, c)
		}
		if !ok {
			continue
		}
		for _, w := range nameWords(a.Name) {
			if want[w] {
				return &doc.Actors[i]
			}
		}
	}
	return nil
}

var titleWords = setOf(`president prime minister foreign secretary state the and of pm fm dr`)

func nameWords(s string) []string {
	var out []string
	for _, w := range wordKeys(s) {
		if len([]rune(w.key)) >= 3 && !titleWords[w.key] {
			out = append(out, w.key)
		}
	}
	return out
}

// TestSeedsCoreference checks coreference on the seed articles beyond the
// actor list: "the two leaders" and "both leaders" name exactly two people,
// every "he"/"she" finds a person, and every person has a country.
func TestSeedsCoreference(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("seeds not available; they live outside the repository")
	}
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := &parley.Document{Text: string(b)}
		annotate(t, doc)
		r.Resolve(doc)
		name := filepath.Base(f)
		for _, m := range doc.Mentions {
			low := strings.ToLower(m.Text)
			switch {
			case strings.HasSuffix(low, "two leaders") || strings.HasPrefix(low, "both leaders"):
				if len(m.Actors) != 2 {
					t.Errorf("%s: %q at %d refers to %d actors, want 2", name, m.Text, m.Start, len(m.Actors))
				}
			case low == "he" || low == "she":
				if len(m.Actors) != 1 || doc.Actors[m.Actors[0]].Type != "person" {
					t.Errorf("%s: %q at %d does not refer to one person", name, m.Text, m.Start)
				}
			}
		}
		for _, a := range doc.Actors {
			if a.Type == "person" && a.Country == "" && !strings.HasPrefix(a.Code, "IGO") {
				t.Errorf("%s: person %q has no country (code %q)", name, a.Name, a.Code)
			}
		}
	}
}
