package sqlite_test

import (
	"context"
	"testing"

	"parley"
)

// FuzzEventsQuery runs user text through full-text search: whatever the
// words and punctuation, the query answers or rejects it as EINVALID,
// never with an FTS5 syntax error.
func FuzzEventsQuery(f *testing.F) {
	for _, s := range []string{"talks", "visi*", `"quoted" OR NOT`, "a AND (b", "*", "x*y*", "NEAR(a b)", "é ñ 中文", "col:term", "-minus ^caret"} {
		f.Add(s)
	}
	s := open(f)
	doc := &parley.Document{ID: "fuzz", Text: "Talks resumed.", Events: []parley.Event{{
		Source: &parley.EventActor{Code: "PAKGOV"}, CAMEO: "040", Sentence: "Talks resumed.", End: 14,
		Date: parley.NewDate(2024, 1, 1)}}}
	if _, err := s.SaveDocument(context.Background(), doc); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Events(context.Background(), parley.EventFilter{Query: q, Actor: q, CAMEO: q, Doc: q})
		if err != nil && parley.ErrorCode(err) != parley.EINVALID {
			t.Errorf("Events(%q): %v", q, err)
		}
	})
}
