package coder

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/actor"
)

// mention is a hand-resolved actor mention for built documents: tokens
// [from, to) of the sentence name the actor.
type mention struct {
	from, to int
	code     string
	name     string
}

// build makes a one-sentence document from a hand-written parse. Each
// space-separated token is TEXT/UPOS/HEAD/DEPREL, with HEAD 1-based (0 for
// the root) as in CoNLL-U, or TEXT/UPOS for an unparsed token; UPOS may carry the lemma as UPOS:lemma (the
// default lemma is the lowercased text). Text is the tokens joined by
// spaces.
func build(t testing.TB, published string, spec string, mentions ...mention) *parley.Document {
	t.Helper()
	doc := &parley.Document{Doc: "test.txt"}
	if published != "" {
		p, err := time.Parse(time.DateOnly, published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = parley.Time{Time: p, DateOnly: true}
	}
	var b strings.Builder
	var sent parley.Sentence
	for i, f := range strings.Fields(spec) {
		parts := strings.Split(f, "/")
		if len(parts) == 2 {
			parts = append(parts, "0", "") // unparsed
		}
		if len(parts) != 4 {
			t.Fatalf("token %d %q: want TEXT/UPOS/HEAD/DEPREL or TEXT/UPOS", i, f)
		}
		upos, lemma, _ := strings.Cut(parts[1], ":")
		if lemma == "" {
			lemma = strings.ToLower(parts[0])
		}
		head, err := strconv.Atoi(parts[2])
		if err != nil {
			t.Fatalf("token %d %q: head: %v", i, f, err)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(parts[0])
		sent.Tokens = append(sent.Tokens, parley.Token{
			Text: parts[0], Start: start, End: b.Len(), UPOS: upos, Lemma: lemma,
			Head: head - 1, Deprel: parts[3], SpaceAfter: true,
		})
	}
	doc.Text = b.String()
	sent.End = len(doc.Text)
	doc.Sentences = []parley.Sentence{sent}
	for _, m := range mentions {
		idx := -1
		for i, a := range doc.Actors {
			if a.Code == m.code && a.Name == m.name {
				idx = i
			}
		}
		if idx < 0 {
			doc.Actors = append(doc.Actors, parley.Actor{Code: m.code, Name: m.name, Country: m.code[:min(3, len(m.code))]})
			idx = len(doc.Actors) - 1
		}
		toks := sent.Tokens[m.from:m.to]
		doc.Mentions = append(doc.Mentions, parley.Mention{
			Text: doc.Text[toks[0].Start:toks[len(toks)-1].End], Start: toks[0].Start, End: toks[len(toks)-1].End,
			TokenStart: m.from, TokenEnd: m.to, Head: m.to - 1, Actors: []int{idx},
		})
	}
	return doc
}

// eventLines renders events as "CAMEO SRC>TGT modality" lines for
// comparison.
func eventLines(evs []parley.Event) []string {
	var out []string
	for _, e := range evs {
		src, tgt := "-", "-"
		if e.Source != nil {
			src = e.Source.Code
		}
		if e.Target != nil {
			tgt = e.Target.Code
		}
		line := e.CAMEO + " " + src + ">" + tgt
		if e.Modality != "" {
			line += " " + e.Modality
		}
		out = append(out, line)
	}
	return out
}

// testCoder returns the default coder or fails.
func testCoder(t testing.TB) *Coder {
	t.Helper()
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := *def
	c.Country = res.Country // as parley code wires it
	return &c
}
