package nlp

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// lemmatizer finds lemmas from a lexicon of the training data (form and
// UPOS → lemma) and, for unknown words, from suffix rules learnt from the
// same data ("-ies" NOUN → strip 3, add "y").
type lemmatizer struct {
	lexicon map[lemmaKey]string
	rules   map[lemmaKey]lemmaRule
	// lemmas holds the known lemmas (lowercase) with their UPOS, built
	// from the lexicon.
	lemmas map[lemmaKey]bool
}

type lemmaKey struct{ form, upos string }

// lemmaRule rewrites a word's ending: strip bytes, then add a string.
type lemmaRule struct {
	Strip int
	Add   string
}

// minRuleCount is how many training words must support a suffix rule.
var minRuleCount = 3

// maxSuffix is the longest word ending the suffix rules look at.
const maxSuffix = 6

// lemma returns the lemma of form tagged upos and xpos. The lexicon is
// keyed by form and "UPOS/XPOS" where the XPOS tag tells lemmas apart
// ("her" PRP → "she", PRP$ → "her"), else by form and UPOS.
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	if lem, ok := l.lexicon[lemmaKey{form, upos + "/" + xpos}]; ok {
		return lem
	}
	if lem, ok := l.lexicon[lemmaKey{form, upos}]; ok {
		return lem
	}
	low := strings.ToLower(form)
	if lem, ok := l.lexicon[lemmaKey{low, upos + "/" + xpos}]; ok {
		return lem
	}
	if lem, ok := l.lexicon[lemmaKey{low, upos}]; ok {
		return lem
	}
	switch upos {
	case "PROPN", "NUM", "SYM", "PUNCT", "X":
		return form
	}
	base := low
	if upos == "ADJ" && low != form {
		base = form // proper adjectives ("Syrian"), acronyms ("GISB"), "iPhone"
	}
	// Prefer the longest matching rule whose result is a known lemma of
	// the same part of speech; else the longest matching rule.
	first, known := "", ""
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		if k > 0 && !utf8.RuneStart(low[len(low)-k]) {
			continue // suffixes are whole characters
		}
		r, ok := l.rules[lemmaKey{low[len(low)-k:], upos}]
		if !ok || r.Strip > len(base) {
			continue
		}
		if cut := len(base) - r.Strip; cut < len(base) && !utf8.RuneStart(base[cut]) {
			continue // never cut a character in two ("´m" must not become "\xc2be")
		}
		cand := base[:len(base)-r.Strip] + r.Add
		if l.lemmas[lemmaKey{strings.ToLower(cand), upos}] {
			return cand
		}
		if known == "" && l.lemmas[lemmaKey{strings.ToLower(cand), ""}] {
			known = cand
		}
		if first == "" {
			first = cand
		}
	}
	if known != "" {
		return known // a lemma known with another part of speech
	}
	if first != "" {
		return silentE(first, low, upos)
	}
	return base
}

// trainLemmatizer builds the lexicon and the suffix rules from words.
func trainLemmatizer(sents []TreebankSentence) *lemmatizer {
	type count struct {
		val string
		n   int
	}
	lex := map[lemmaKey]map[string]int{}
	rules := map[lemmaKey]map[lemmaRule]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" {
				continue
			}
			for _, k := range []lemmaKey{{w.Text, w.UPOS}, {w.Text, w.UPOS + "/" + w.XPOS}} {
				if lex[k] == nil {
					lex[k] = map[string]int{}
				}
				lex[k][w.Lemma]++
			}
			low, lem := strings.ToLower(w.Text), strings.ToLower(w.Lemma)
			if len(low) != len(w.Text) {
				continue
			}
			p := 0
			for p < len(low) && p < len(lem) && low[p] == lem[p] {
				p++
			}
			r := lemmaRule{Strip: len(low) - p, Add: lem[p:]}
			for n := 0; n <= min(maxSuffix, len(low)); n++ {
				rk := lemmaKey{low[len(low)-n:], w.UPOS}
				if rules[rk] == nil {
					rules[rk] = map[lemmaRule]int{}
				}
				rules[rk][r]++
			}
		}
	}
	l := &lemmatizer{lexicon: map[lemmaKey]string{}, rules: map[lemmaKey]lemmaRule{}}
	for k, m := range lex {
		if upos, _, ok := strings.Cut(k.upos, "/"); ok {
			if mostFrequent(m) == mostFrequent(lex[lemmaKey{k.form, upos}]) {
				continue // the UPOS entry says the same
			}
		}
		l.lexicon[k] = mostFrequent(m)
	}
	l.index()
	for k, m := range rules {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < minRuleCount && len(k.form) > 0 {
			continue
		}
		l.rules[k] = mostFrequent(m)
	}
	return l
}

// silentE restores the final e that "-ed" and "-ing" drop after a
// single vowel and consonant ("wiped" → "wip" → "wipe").
func silentE(stem, low, upos string) string {
	if upos != "VERB" || !(strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing")) || len(stem) < 3 {
		return stem
	}
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	n := len(stem)
	c1, v, c0 := stem[n-3], stem[n-2], stem[n-1]
	if !isVowel(c1) && isVowel(v) && !isVowel(c0) && strings.IndexByte("wxy", c0) < 0 && len(low) > len(stem)+1 {
		return stem + "e"
	}
	return stem
}

// index builds the set of known lemmas from the lexicon.
func (l *lemmatizer) index() {
	l.lemmas = map[lemmaKey]bool{}
	for k, lem := range l.lexicon {
		upos, _, _ := strings.Cut(k.upos, "/")
		l.lemmas[lemmaKey{strings.ToLower(lem), upos}] = true
		l.lemmas[lemmaKey{strings.ToLower(lem), ""}] = true
	}
}

// mostFrequent returns the key with the highest count, ties broken by the
// smallest key so that training is deterministic.
func mostFrequent[K comparable](m map[K]int) K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(keyString(a), keyString(b))
	})
	return keys[0]
}

func keyString(k any) string {
	switch v := k.(type) {
	case string:
		return v
	case lemmaRule:
		return strings.Repeat("#", v.Strip) + v.Add
	}
	return ""
}
