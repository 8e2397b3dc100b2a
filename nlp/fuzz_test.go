package nlp

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"parley"
)

// checkAnalysis fails t unless every sentence is a well-formed analysis:
// a tag, a lemma (valid UTF-8 when the text is) and a known relation on
// every token, one root, heads in range and no cycle.
func checkAnalysis(t *testing.T, p *Pipeline, toks []parley.Token, validText bool) {
	t.Helper()
	n := len(toks)
	roots := 0
	for i, tok := range toks {
		if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" && tok.Text != "" {
			t.Fatalf("token %d %q: empty tag or lemma: %+v", i, tok.Text, tok)
		}
		if validText && !utf8.ValidString(tok.Lemma) {
			t.Fatalf("token %d %q: lemma %q is not valid UTF-8", i, tok.Text, tok.Lemma)
		}
		if !slices.Contains(p.parser.labels, tok.Deprel) {
			t.Fatalf("token %d %q: unknown relation %q", i, tok.Text, tok.Deprel)
		}
		switch {
		case tok.Head == -1:
			roots++
			if tok.Deprel != "root" {
				t.Fatalf("token %d %q: root labelled %q", i, tok.Text, tok.Deprel)
			}
		case tok.Head < 0 || tok.Head >= n || tok.Head == i:
			t.Fatalf("token %d %q: head %d out of range (%d tokens)", i, tok.Text, tok.Head, n)
		case tok.Deprel == "root":
			t.Fatalf("token %d %q: root relation on a non-root", i, tok.Text)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots in %d tokens", roots, n)
	}
	for i := range toks {
		h := i
		for steps := 0; h != -1; steps++ {
			if steps > n {
				t.Fatalf("token %d %q: cycle through its heads", i, toks[i].Text)
			}
			h = toks[h].Head
		}
	}
}

// FuzzAnnotate runs the whole pipeline on arbitrary text: tokenizing,
// sentence splitting, tagging, lemmatizing and parsing must give a
// well-formed analysis of every sentence.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"PM Kakar met President Abbas on the fringes of the OIC summit.",
		"Hi I´m from Brazil. résumés, Zürich’s cafés — naïve?",
		"ISLAMABAD (Dunya News) – 11,000 people… “Why?” he asked",
		"a\n\nb c. D", "", "...", "— – ’ ”", "\xff\xfe bad bytes",
	} {
		f.Add(s)
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := &parley.Document{Text: text}
		p.Annotate(doc)
		for _, s := range doc.Sentences {
			checkAnalysis(t, p, s.Tokens, utf8.ValidString(text))
		}
	})
}

// FuzzAnalyze gives the tagger and parser arbitrary tokens, as a
// --pretokenized CoNLL-U file may (one token per line of the input).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"He\nmet\nher\n.", "I´m\n´m\n's", "\n\n", "x", "Dr.\nA\n--\n“\n1,000"} {
		f.Add(s)
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		if len(lines) > 300 {
			lines = lines[:300]
		}
		toks := make([]parley.Token, len(lines))
		for i, l := range lines {
			toks[i] = parley.Token{Text: l}
		}
		p.Analyze(toks)
		checkAnalysis(t, p, toks, utf8.ValidString(text))
	})
}
