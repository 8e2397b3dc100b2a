package nlp

import (
	"os"
	"testing"
)

func TestZZSentExp(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	train, dev, test := readEWT(t, "train"), readEWT(t, "dev"), readEWT(t, "test")
	m1, err := TrainSentenceModel(train)
	if err != nil {
		t.Fatal(err)
	}
	sp1, _ := NewSentenceSplitter(m1)
	all := append(append([]TreebankSentence{}, train...), dev...)
	m2, _ := TrainSentenceModel(all)
	sp2, _ := NewSentenceSplitter(m2)
	for _, c := range []struct {
		name string
		sp   *SentenceSplitter
		g    []TreebankSentence
	}{{"train→dev", sp1, dev}, {"train→test", sp1, test}, {"train+dev→test", sp2, test}} {
		for _, s := range c.sp.Score(c.g) {
			t.Logf("%-15s %-9s F1 %.4f", c.name, s.Genre, s.F1)
		}
	}
}
