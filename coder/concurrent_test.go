package coder

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"parley"
)

// TestConcurrent codes the golden inputs from many goroutines at once with
// one Coder (run with -race): the results must equal a sequential run.
func TestConcurrent(t *testing.T) {
	c := testCoder(t)
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "parsed.json"))
	if len(paths) == 0 {
		t.Skip("no parsed golden inputs")
	}
	load := func() []*parley.Document {
		var docs []*parley.Document
		for _, p := range paths {
			var pd parsedDoc
			readJSON(t, p, &pd)
			docs = append(docs, &parley.Document{
				Doc: pd.Doc, Title: pd.Title, Published: pd.Published, Dateline: pd.Dateline, Text: pd.Text,
				TitleEnd: pd.TitleEnd, Sentences: pd.Sentences, Actors: pd.Actors, Mentions: pd.Mentions,
			})
		}
		return docs
	}
	want := load()
	for _, d := range want {
		c.Code(d)
	}
	var wg sync.WaitGroup
	for range 8 {
		got := load()
		for i, d := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Code(d)
				if !reflect.DeepEqual(d.Events, want[i].Events) {
					t.Errorf("%s: concurrent run differs from the sequential one", d.Doc)
				}
			}()
		}
	}
	wg.Wait()
}
