package actor

import (
	"io/fs"
	"os"
	"sync"
	"testing"
	"testing/fstest"

	"parley"
)

var testResolver struct {
	sync.Once
	r   *Resolver
	err error
}

// smallResolver returns a Resolver built from the embedded dictionaries
// with testdata/people_small.txt as its people list, so that the package's
// own tests do not depend on the full list.
func smallResolver(t testing.TB) *Resolver {
	t.Helper()
	testResolver.Do(func() {
		m := fstest.MapFS{}
		for _, name := range []string{"countries.txt", "orgs.txt", "sectors.txt", "agents.txt"} {
			b, err := fs.ReadFile(dataFS, "data/"+name)
			if err != nil {
				testResolver.err = err
				return
			}
			m[name] = &fstest.MapFile{Data: b}
		}
		b, err := os.ReadFile("testdata/people_small.txt")
		if err != nil {
			testResolver.err = err
			return
		}
		m["people.txt"] = &fstest.MapFile{Data: b}
		testResolver.r, testResolver.err = Load(m)
	})
	if testResolver.err != nil {
		t.Fatal(testResolver.err)
	}
	return testResolver.r
}

// newDoc returns a document of text with no sentences, so that Resolve
// uses its fallback splitter.
func newDoc(text string) *parley.Document { return &parley.Document{Text: text} }
