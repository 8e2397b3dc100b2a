package nlp

import (
	"slices"
	"strings"
)

// setAmbiguity fills each word's ambiguity class.
func (t *tagger) setAmbiguity(ws []word) {
	for i := range ws {
		a, ok := t.ambig[ws[i].lower]
		if !ok {
			a = hashNone
		}
		ws[i].amb = a
	}
}

// ambiguityClasses maps each lowercase form seen at least twice to the
// hash of the sorted set of classes it took at least a tenth of the time.
func ambiguityClasses(sents []TreebankSentence, classOf map[tagClass]int) map[uint64]uint64 {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			low := strings.ToLower(w.Text)
			if counts[low] == nil {
				counts[low] = map[int]int{}
			}
			counts[low][classOf[tagClass{w.UPOS, w.XPOS}]]++
		}
	}
	out := map[uint64]uint64{}
	for low, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 2 {
			continue
		}
		var set []int
		for c, n := range m {
			if n*10 >= total {
				set = append(set, c)
			}
		}
		slices.Sort(set)
		h := uint64(hashNone) + 1
		for _, c := range set {
			h = mix(h, uint64(c)+1)
		}
		out[hashString(low)] = h
	}
	return out
}
