package nlp

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// parseExample is one training sentence prepared for the parser.
type parseExample struct {
	s      *sentence
	gold   []int // projective gold heads, n for the root
	labels []int
	deps   [][]int
}

// trainParser trains the transition classifier and the labeller on the
// treebank with the given (jackknifed) tags. (Giving it the words'
// ambiguity classes as well, to hedge against tagging errors, gained
// nothing on EWT dev.)
func trainParser(train []TreebankSentence, tags [][]int, classes []tagClass, cfg TrainConfig) *parser {
	labelSet := map[string]bool{"root": true}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Deprel != "" {
				labelSet[w.Deprel] = true
			}
		}
	}
	labels := sortedKeys(labelSet)
	labelID := map[string]int{}
	for i, l := range labels {
		labelID[l] = i
	}
	p := &parser{labels: labels, rootLabel: labelID["root"],
		trans: newPerceptron(numActs), labeller: newPerceptron(len(labels))}
	var exs []parseExample
	lifted := 0
	for si, s := range train {
		n := len(s.Words)
		ws := make([]word, n)
		heads := make([]int, n)
		ex := parseExample{labels: make([]int, n), deps: make([][]int, n+1)}
		for i, w := range s.Words {
			ws[i] = newWord(w.Text)
			heads[i] = w.Head
			if w.Head < 0 {
				heads[i] = n
			}
			ex.labels[i] = labelID[w.Deprel]
		}
		ex.gold = projectivize(heads)
		if !slices.Equal(ex.gold, heads) {
			lifted++
		}
		for d, h := range ex.gold {
			ex.deps[h] = append(ex.deps[h], d)
		}
		ex.s = newSentence(ws, tags[si], classes)
		exs = append(exs, ex)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 2))
	var sc scratch
	for epoch := range cfg.ParserEpochs {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, ex := range exs {
			p.trainSentence(ex.s, &sc, ex.gold, ex.labels, ex.deps, epoch > 0, rng)
		}
		cfg.Progress(fmt.Sprintf("parser epoch %d/%d: %d feature rows", epoch+1, cfg.ParserEpochs, len(p.trans.index)))
	}
	p.trans.freeze(0.001)
	p.labeller.freeze(0.001)
	cfg.Progress(fmt.Sprintf("parser: %d labels, %d lifted sentences, %d+%d feature rows", len(labels), lifted,
		p.trans.rows, p.labeller.rows))
	return p
}
