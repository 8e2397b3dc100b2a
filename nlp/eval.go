package nlp

import (
	"strings"

	"parley"
)

// Scores are accuracies on gold-tokenized sentences, as fractions. LAS
// compares universal relations without subtypes, as the CoNLL 2018 shared
// task scorer does; LASFull compares whole labels ("nsubj:pass").
type Scores struct {
	Words, Sentences                  int
	UPOS, XPOS, Lemma, UAS, LAS       float64
	LASFull                           float64
	SentPrecision, SentRecall, SentF1 float64
}

// Evaluate analyses each gold sentence's words (FORM only) and scores the
// predictions against the gold columns; it also splits the raw "# text"
// of the file and scores the sentence boundaries.
func (p *Pipeline) Evaluate(gold []TreebankSentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, lasFull int
	for _, s := range gold {
		toks := make([]parley.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = parley.Token{Text: w.Text}
		}
		p.Analyze(toks)
		for i, w := range s.Words {
			g := toks[i]
			sc.Words++
			upos += b2i(g.UPOS == w.UPOS)
			xpos += b2i(g.XPOS == w.XPOS)
			lemma += b2i(g.Lemma == w.Lemma)
			if g.Head == w.Head {
				uas++
				las += b2i(universal(g.Deprel) == universal(w.Deprel))
				lasFull += b2i(g.Deprel == w.Deprel)
			}
		}
	}
	sc.Sentences = len(gold)
	if sc.Words > 0 {
		n := float64(sc.Words)
		sc.UPOS, sc.XPOS, sc.Lemma = float64(upos)/n, float64(xpos)/n, float64(lemma)/n
		sc.UAS, sc.LAS, sc.LASFull = float64(uas)/n, float64(las)/n, float64(lasFull)/n
	}
	sc.SentPrecision, sc.SentRecall, sc.SentF1 = SentenceSplitScore(gold)
	return sc
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// RawText rebuilds the raw text of a treebank from its "# text" comments:
// sentences of a paragraph joined by a space, paragraphs and documents by a
// blank line. It returns the text and each sentence's byte span in it.
func RawText(sents []TreebankSentence) (string, [][2]int) {
	var b strings.Builder
	spans := make([][2]int, 0, len(sents))
	for i, s := range sents {
		if i > 0 {
			if s.NewDoc || s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		start := b.Len()
		b.WriteString(s.Text)
		spans = append(spans, [2]int{start, b.Len()})
	}
	return b.String(), spans
}

// SentenceSplitScore splits the raw text of gold (see RawText) with
// Tokenize and returns precision, recall and F1 of the sentence spans.
func SentenceSplitScore(gold []TreebankSentence) (precision, recall, f1 float64) {
	text, want := RawText(gold)
	wantSet := map[[2]int]bool{}
	for _, sp := range want {
		if sp[1] > sp[0] {
			wantSet[sp] = true
		}
	}
	got := Tokenize(text)
	match := 0
	for _, s := range got {
		if wantSet[[2]int{s.Start, s.End}] {
			match++
		}
	}
	if len(got) == 0 || len(wantSet) == 0 {
		return 0, 0, 0
	}
	precision = float64(match) / float64(len(got))
	recall = float64(match) / float64(len(wantSet))
	if match > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
