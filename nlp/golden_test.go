package nlp

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden annotates testdata/golden/<case>/input.txt with the embedded
// model and compares the CoNLL-U with want.conllu; -update rewrites it.
func TestGolden(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, "input.txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc := &parley.Document{Doc: filepath.Base(dir), Text: string(in)}
			p.Annotate(doc)
			var got bytes.Buffer
			if err := WriteCoNLLU(&got, DocumentSentences(doc)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "want.conllu")
			if *update {
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./nlp -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("annotation of %s differs from %s (review, then go test ./nlp -run TestGolden -update):\n%s",
					dir, path, lineDiff(string(want), got.String()))
			}
		})
	}
}

// lineDiff returns the first differing lines of want and got.
func lineDiff(want, got string) string {
	w, g := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	var out bytes.Buffer
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var a, b []byte
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if !bytes.Equal(a, b) {
			out.WriteString("- " + string(a) + "\n+ " + string(b) + "\n")
			shown++
		}
	}
	return out.String()
}
