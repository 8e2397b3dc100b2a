package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ambEntry is what the tagger knows of a lowercase form from training: the
// hash of its ambiguity class (the classes it took) and its commonest class.
type ambEntry struct {
	amb uint64
	top uint8
	// lower is set when the form was seen in lowercase: a lowercase word
	// whose form was only ever capitalised in training ("ministry", seen
	// only as the "Ministry" of names) is read as unseen.
	lower bool
}

// Kinds of tag classes (bits), for the right-context views.
const (
	kindFinite uint8 = 1 << iota // VBD, VBZ, VBP, MD
	kindVerb                     // UPOS VERB or AUX
	kindPunct                    // UPOS PUNCT
	kindStop                     // , . : brackets quotes
)

// classKinds returns the kind bits of each class.
func classKinds(classes []tagClass) []uint8 {
	kinds := make([]uint8, len(classes))
	for i, c := range classes {
		var k uint8
		switch c.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			k |= kindFinite
		case ",", ".", ":", "-LRB-", "-RRB-", "``", "''":
			k |= kindStop
		}
		switch c.UPOS {
		case "VERB", "AUX":
			k |= kindVerb
		case "PUNCT":
			k |= kindPunct
		}
		kinds[i] = k
	}
	return kinds
}

// setAmbiguity fills each word's ambiguity class and two views of the
// right context read from the commonest classes of the words after it:
// the distance to the next word that is commonly a finite verb (unless
// punctuation comes first), and the distance to and the commonest class of
// the next word that is commonly a verb or an auxiliary. They let the
// greedy left-to-right tagger see whether a clause follows ("as the storm
// hit" SCONJ, "as a child" ADP) or a verb ("had both approved" AUX).
func (t *tagger) setAmbiguity(ws []word) {
	finite, verb := -1, -1
	var verbTop uint64
	for i := len(ws) - 1; i >= 0; i-- {
		w := &ws[i]
		w.rfin, w.rverb = 0, 0
		if finite >= 0 {
			w.rfin = uint64(min(finite-i, 5))
		}
		if verb >= 0 {
			w.rverb = uint64(min(verb-i, 4))*1000 + verbTop
		}
		e, ok := t.ambig[w.lower]
		if ok && !e.lower && w.flags&1 == 0 {
			ok = false
		}
		if !ok {
			w.amb = hashNone
			continue
		}
		w.amb = e.amb
		k := t.kinds[e.top]
		switch {
		case k&kindFinite != 0:
			finite = i
		case k&kindStop != 0:
			finite = -1
		}
		switch {
		case k&kindVerb != 0:
			verb, verbTop = i, uint64(e.top)+1
		case k&kindPunct != 0:
			verb = -1
		}
	}
}

// ambiguityClasses maps each lowercase form to the hash of the sorted set
// of classes it took at least a tenth of the time, and its commonest class.
func ambiguityClasses(sents []TreebankSentence, classOf map[tagClass]int) map[uint64]ambEntry {
	counts := map[string]map[int]int{}
	seenLower := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			low := strings.ToLower(w.Text)
			if counts[low] == nil {
				counts[low] = map[int]int{}
			}
			counts[low][classOf[tagClass{w.UPOS, w.XPOS}]]++
			if r, _ := utf8.DecodeRuneInString(w.Text); !unicode.IsUpper(r) {
				seenLower[low] = true
			}
		}
	}
	out := map[uint64]ambEntry{}
	for low, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		var set []int
		best, bestN := 0, 0
		for c, n := range m {
			if n*10 >= total {
				set = append(set, c)
			}
			if n > bestN || n == bestN && c < best {
				best, bestN = c, n
			}
		}
		slices.Sort(set)
		h := uint64(hashNone) + 1
		for _, c := range set {
			h = mix(h, uint64(c)+1)
		}
		out[hashString(low)] = ambEntry{amb: h, top: uint8(best), lower: seenLower[low]}
	}
	return out
}
