package coder

import (
	"testing"

	"parley"
	"parley/nlp"
)

var (
	fuzzUPOS    = []string{"NOUN", "PROPN", "VERB", "AUX", "ADP", "DET", "ADJ", "ADV", "PRON", "PUNCT", "NUM", "CCONJ", "SCONJ", "PART", ""}
	fuzzDeprels = []string{"nsubj", "nsubj:pass", "obj", "obl", "nmod", "nmod:poss", "case", "conj", "xcomp", "advcl", "acl", "acl:relcl", "ccomp", "aux", "advmod", "det", "amod", "compound", "root", ""}
)

// FuzzCode checks that Code never panics, whatever the text and however
// broken the parse (cycles, self-heads, out-of-range heads) and mentions.
func FuzzCode(f *testing.F) {
	f.Add("Pakistan condemned Israel on Wednesday. More than 11,000 people were killed since October 7.", []byte{1, 2, 3, 4, 5})
	f.Add("President Alvi and President Raisi had a telephonic conversation in Tehran.", []byte{0, 255, 7})
	f.Add("", []byte{})
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, text string, seed []byte) {
		doc := &parley.Document{Text: text, Published: parley.Time{Time: day("2023-12-20")}}
		doc.Sentences = nlp.Tokenize(text)
		b := func(i int) int {
			if len(seed) == 0 {
				return i
			}
			return int(seed[i%len(seed)]) + i
		}
		k := 0
		for si := range doc.Sentences {
			toks := doc.Sentences[si].Tokens
			n := len(toks)
			for i := range toks {
				k++
				toks[i].Head = b(k)%(n+2) - 1
				toks[i].UPOS = fuzzUPOS[b(k+1)%len(fuzzUPOS)]
				toks[i].Deprel = fuzzDeprels[b(k+2)%len(fuzzDeprels)]
				toks[i].Lemma = toks[i].Text
				if b(k+3)%4 == 0 {
					doc.Actors = append(doc.Actors, parley.Actor{Code: "PAKGOV", Name: toks[i].Text})
					doc.Mentions = append(doc.Mentions, parley.Mention{
						Text: toks[i].Text, Start: toks[i].Start, End: toks[i].End, Sentence: si,
						TokenStart: i, TokenEnd: i + 1 + b(k+4)%3, Head: i, Actors: []int{len(doc.Actors) - 1, b(k + 5)},
					})
				}
			}
		}
		c.Code(doc)
		for _, e := range doc.Events {
			if e.Start < 0 || e.End > len(text) || e.TriggerStart < e.Start || e.TriggerEnd > e.End {
				t.Fatalf("evidence offsets out of range: %+v", e)
			}
		}
	})
}
