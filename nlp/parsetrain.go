package nlp

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

// parseExample is one training sentence prepared for the parser.
type parseExample struct {
	s      *sentence
	gold   []int // projective gold heads, n for the root
	labels []int
	deps   [][]int
}

// trainParser trains the transition classifier and the labeller on the
// treebank with the given (jackknifed) tags and the hashed runner-up
// classes of the words the tagger was unsure of (altHash). (Giving it the
// words' ambiguity classes from the lexicon instead gained nothing on EWT
// dev; the tagger's own runner-ups gain about 0.3 UAS.)
func trainParser(train []TreebankSentence, tags [][]int, alts [][]uint64, classes []tagClass, cfg TrainConfig) *parser {
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
	p.punctLabel = p.labelIndex("punct")
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
		ex.s = newSentence(ws, tags[si], alts[si], classes)
		exs = append(exs, ex)
	}
	// Several parsers are trained from different shuffles, in parallel, and
	// their averaged weights are mixed.
	mix := cfg.Mix
	ps := make([]*parser, mix)
	var wg sync.WaitGroup
	for k := range mix {
		q := p
		if k > 0 {
			q = &parser{labels: p.labels, rootLabel: p.rootLabel,
				trans: newPerceptron(numActs), labeller: newPerceptron(len(labels))}
		}
		ps[k] = q
		order := slices.Clone(exs)
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(cfg.Seed+uint64(k)*7919, 2))
			var sc scratch
			for epoch := range cfg.ParserEpochs {
				rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				for _, ex := range order {
					q.trainSentence(ex.s, &sc, ex.gold, ex.labels, ex.deps, epoch > 0, rng)
				}
				if k == 0 {
					cfg.Progress(fmt.Sprintf("parser epoch %d/%d: %d feature rows", epoch+1, cfg.ParserEpochs, len(q.trans.index)))
				}
			}
		}()
	}
	wg.Wait()
	trans, labellers := make([]*perceptron, mix), make([]*perceptron, mix)
	for k, q := range ps {
		trans[k], labellers[k] = q.trans, q.labeller
	}
	freezeMixed(trans, 0.001)
	freezeMixed(labellers, 0.001)
	cfg.Progress(fmt.Sprintf("parser: %d labels, %d lifted sentences, %d+%d feature rows", len(labels), lifted,
		p.trans.rows, p.labeller.rows))
	return p
}
