package actor

import (
	"testing"

	"parley"
	"parley/nlp"
)

// annotate runs the linguistic stage the way the pipeline does: the
// tagger and parser when the model loads, else the tokenizer alone.
func annotate(t testing.TB, doc *parley.Document) {
	t.Helper()
	if p, err := nlp.Default(); err == nil {
		p.Annotate(doc)
		return
	}
	doc.Sentences = nlp.Tokenize(doc.Text)
}
