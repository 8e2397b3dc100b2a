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
		// A capitalised word seen only in lowercase ("Following" opening a
		// sentence) reads the lowercase entry; a lowercase word never reads
		// the capitalised one ("ministry" is not the "Ministry" of a name).
		e, ok := t.ambig[ambKey(w.lower, w.flags&1 != 0)]
		if !ok && w.flags&1 != 0 {
			e, ok = t.ambig[w.lower]
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

// ambiguityClasses maps each lowercase form, capitalised or not, to the hash of the sorted set
// of classes it took at least a tenth of the time, and its commonest class.
func ambiguityClasses(sents []TreebankSentence, classOf map[tagClass]int) map[uint64]ambEntry {
	type form struct {
		low     string
		capital bool
	}
	counts := map[form]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			r, _ := utf8.DecodeRuneInString(w.Text)
			low := form{strings.ToLower(w.Text), unicode.IsUpper(r)}
			if counts[low] == nil {
				counts[low] = map[int]int{}
			}
			counts[low][classOf[tagClass{w.UPOS, w.XPOS}]]++
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
		out[ambKey(hashString(low.low), low.capital)] = ambEntry{amb: h, top: uint8(best)}
	}
	return out
}

// ambKey keys the ambiguity classes by lowercase form and capitalisation:
// "Ministry" was a proper noun in training, "ministry" is still a noun.
func ambKey(lower uint64, capital bool) uint64 {
	if capital {
		return lower ^ 0x9e3779b97f4a7c15
	}
	return lower
}
