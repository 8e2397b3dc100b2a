package nlp

import "math/rand/v2"

// trainTagger trains a tagger on sents. (A second pass reading the first
// pass's tags of the next words was tried and gained only 0.05 UPOS on EWT
// dev for three times the cost.)
func trainTagger(sents []TreebankSentence, classes []tagClass, classOf map[tagClass]int, epochs int, seed uint64) *tagger {
	t := &tagger{classes: classes, dict: tagDict(sents, classOf), ambig: ambiguityClasses(sents, classOf)}
	t.setup()
	t.model = trainTagPass(t, sents, classOf, epochs, seed)
	return t
}

// trainTagPass trains one pass of t's tagger for epochs passes over sents
// in a seeded shuffled order.
func trainTagPass(t *tagger, sents []TreebankSentence, classOf map[tagClass]int, epochs int, seed uint64) *perceptron {
	m := newPerceptron(len(t.classes))
	rng := rand.New(rand.NewPCG(seed, 1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var feats []uint64
	scores := make([]float32, len(t.classes))
	words := make([][]word, len(sents))
	for si, s := range sents {
		ws := make([]word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = newWord(w.Text)
		}
		t.setAmbiguity(ws)
		words[si] = ws
	}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s, ws := sents[si], words[si]
			tags := make([]int, len(ws))
			for i, w := range s.Words {
				if c, ok := t.dict[w.Text]; ok {
					tags[i] = c
					continue
				}
				feats = tagFeatures(feats[:0], ws, tags, i)
				m.score(feats, scores)
				guess := argmax(scores, nil)
				m.update(feats, classOf[tagClass{w.UPOS, w.XPOS}], guess)
				m.tick()
				tags[i] = guess
			}
		}
	}
	m.freeze(0.001)
	return m
}
