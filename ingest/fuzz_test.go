package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"parley"
)

// addSeeds adds the golden inputs with the given extensions to a fuzz
// corpus.
func addSeeds(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*", "input"+ext))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

// fuzzRead reads data as one input through the whole ingest path and checks
// the document invariants; it must never panic.
func fuzzRead(t *testing.T, name string, data []byte) {
	b := &batch{r: &Reader{HTTPClient: offline}, ctx: context.Background(), fn: func(d *parley.Document) error {
		checkDoc(t, d)
		return nil
	}}
	b.input(name, func() error { return b.readBytes(name, name, data, "") })
}

func FuzzText(f *testing.F) {
	addSeeds(f, ".txt")
	f.Add([]byte("Title here\n\ndate 2024-01-02 Lead sentence.\n\nRead more: x\n\n© 2024 X"))
	f.Add([]byte("\xff\xfe\x00\x00\n\r\r\n\u00a0"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "input.txt", data) })
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, ".html")
	f.Add([]byte("<html><body><p>ISLAMABAD (X News) – Ministers met.</p><p>Then left.</p>"))
	f.Add([]byte("<html><meta charset=shift_jis><body><article><h1>\x82\xa0</h1>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "input.html", data) })
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, ".xml")
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a</title><description>b</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","content_html":"<p>x</p>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "input.xml", data) })
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, ".jsonl")
	f.Add([]byte(`{"id":"a","published":"2024-01-02","text":"x"}` + "\n" + `{"html":"<p>y</p>"}`))
	f.Add([]byte(`{"text":1}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "input.jsonl", data) })
}
