package nlp

import (
	"testing"
	"time"
)

// Floors under which the committed model must not fall on the EWT test
// split (gold tokenization); they guard against regressions. See
// docs/nlp.md for the measured figures and the targets.
const (
	minUPOS   = 0.955
	minLemma  = 0.968
	minUAS    = 0.855
	minLAS    = 0.825
	minSentF1 = 0.89
)

func TestEvalEWT(t *testing.T) {
	test := readEWT(t, "test")
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	s := p.Evaluate(test)
	t.Logf("EWT test: %d words in %v: UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f (full labels %.4f) sentence F1 %.4f",
		s.Words, time.Since(start).Round(time.Millisecond), s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.LASFull, s.SentF1)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"UPOS", s.UPOS, minUPOS}, {"lemma", s.Lemma, minLemma}, {"UAS", s.UAS, minUAS}, {"LAS", s.LAS, minLAS}, {"sentence F1", s.SentF1, minSentF1}} {
		if c.got < c.want {
			t.Errorf("%s = %.4f, want ≥ %.4f", c.name, c.got, c.want)
		}
	}
}
