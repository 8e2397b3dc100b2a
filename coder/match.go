package coder

import (
	"slices"
	"strings"

	"parley"
)

// maxGap is how many modifier tokens may stand between two phrase words.
const maxGap = 5

// match is one pattern found in a sentence: the pattern and the tokens its
// words matched, in text order. byForm is true when the first word matched
// by its verb form on a token the tagger did not tag as a verb.
type match struct {
	pat    int
	toks   []int
	byForm bool
}

// findMatches returns the non-overlapping pattern matches of s: where
// phrases compete for the same tokens, the one with more words wins, then
// the one listed first.
func (c *Coder) findMatches(s *sent) []match {
	var all []match
	for t := range s.toks {
		for _, pi := range c.first[s.lemmas[t]] {
			if toks := c.matchAt(s, pi, t); toks != nil {
				all = append(all, match{pat: pi, toks: toks})
			}
		}
		if len(c.first[s.lemmas[t]]) > 0 || s.child(t, "det") >= 0 {
			continue // a word with patterns of its own, or a noun with a determiner
		}
		// A verb form the tagger took for something else ("spoke/NOUN"),
		// or whose lemma it got wrong ("resumed/resum").
		for _, l := range verbLemmas(s.toks[t].Text) {
			if l == s.lemmas[t] {
				continue
			}
			for _, pi := range c.first[l] {
				if pos := c.patterns[pi].Words[0].POS; pos == 'V' || pos == 0 {
					if toks := c.matchAt(s, pi, t); toks != nil {
						all = append(all, match{pat: pi, toks: toks, byForm: true})
					}
				}
			}
		}
	}
	slices.SortStableFunc(all, func(a, b match) int {
		if la, lb := len(c.patterns[a.pat].Words), len(c.patterns[b.pat].Words); la != lb {
			return lb - la
		}
		return a.pat - b.pat
	})
	used := make([]bool, len(s.toks))
	var out []match
	for _, m := range all {
		free := true
		for _, t := range m.toks {
			if used[t] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for _, t := range m.toks {
			used[t] = true
		}
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b match) int { return a.toks[0] - b.toks[0] })
	return out
}

// matchAt tries pattern pi with its first word at token t; it returns the
// matched tokens or nil.
func (c *Coder) matchAt(s *sent, pi, t int) []int {
	p := &c.patterns[pi]
	if !posOK(p.Words[0].POS, s.toks[t].UPOS) && s.lemmas[t] == p.Words[0].Lemma {
		return nil
	}
	toks := []int{t}
	for _, w := range p.Words[1:] {
		next := -1
		for j, gap := toks[len(toks)-1]+1, 0; j < len(s.toks) && gap <= maxGap; j, gap = j+1, gap+1 {
			if s.lemmas[j] == w.Lemma && posOK(w.POS, s.toks[j].UPOS) {
				next = j
				break
			}
			if !gapOK(s.toks[j]) && !s.timeAdverbial(j) && !s.amountIn(j) {
				break
			}
		}
		if next < 0 {
			return nil
		}
		toks = append(toks, next)
	}
	if p.Place {
		after := toks[len(toks)-1] + 1
		if after < len(s.toks) && s.lemmas[after] == "the" {
			after++
		}
		if after >= len(s.toks) || c.places == nil {
			return nil
		}
		if e, _ := c.places.matchAt(s, after); e == nil {
			return nil
		}
	}
	return toks
}

// posOK reports whether a token tagged upos may match a phrase word of
// class pos. Untagged tokens match any class.
func posOK(pos byte, upos string) bool {
	if pos == 0 || upos == "" {
		return true
	}
	switch pos {
	case 'V':
		return upos == "VERB"
	case 'N':
		return upos == "NOUN" || upos == "PROPN"
	case 'A':
		return upos == "ADJ"
	}
	return false
}

// gapOK reports whether tok may stand between two phrase words: modifiers
// and names may ("expressed Pakistan's unwavering solidarity"); verbs,
// prepositions and clause punctuation may not.
func gapOK(tok parley.Token) bool {
	switch tok.UPOS {
	case "DET", "ADJ", "ADV", "PRON", "PROPN", "NOUN", "NUM", "PART", "X", "CCONJ", "SYM":
		return true
	case "ADP":
		// "held two days of talks", "fired more than 100 rockets"
		return strings.EqualFold(tok.Text, "of") || strings.EqualFold(tok.Text, "than")
	case "VERB":
		return tok.Deprel == "amod" // "pledged Kenya's continued support"
	case "PUNCT":
		return tok.Text == "," || tok.Text == "-" || tok.Text == "'" || tok.Text == "’"
	case "":
		return len(tok.Text) > 0 && tok.Text != "." && tok.Text != ";"
	}
	return false
}

// amountIn reports whether token j is the "in" after a sum of money, which
// may stand inside a phrase: "pledged 500 million euros in military aid",
// "announced $2 billion in aid".
func (s *sent) amountIn(j int) bool {
	if j < 2 || s.lemmas[j] != "in" {
		return false
	}
	if currencies[strings.ToLower(s.lemmas[j-1])] {
		return s.toks[j-2].UPOS == "NUM"
	}
	if s.toks[j-1].UPOS != "NUM" {
		return false
	}
	for k := j - 2; k >= max(0, j-4); k-- {
		if t := s.toks[k].Text; t == "$" || t == "€" || t == "£" || t == "¥" {
			return true
		}
		if s.toks[k].UPOS != "NUM" {
			return false
		}
	}
	return false
}

// currencies are the lemmas of money nouns.
var currencies = map[string]bool{"dollar": true, "euro": true, "pound": true, "yuan": true,
	"yen": true, "rupee": true, "riyal": true, "dirham": true, "ruble": true, "rouble": true,
	"lira": true, "won": true, "franc": true, "shekel": true, "taka": true, "naira": true,
	"rand": true, "rupiah": true, "ringgit": true, "peso": true, "real": true, "dinar": true}

// timeAdverbial reports whether token j opens a short time phrase that may
// stand inside a phrase ("agreed on Thursday to resume", "met in March
// with"): "on" or "in" before a weekday or a month name.
func (s *sent) timeAdverbial(j int) bool {
	if j+1 >= len(s.toks) || (s.lemmas[j] != "on" && s.lemmas[j] != "in") {
		return false
	}
	next := strings.ToLower(s.toks[j+1].Text)
	_, day := weekdays[next]
	return day || (len(next) >= 3 && monthOf(next) != 0 && s.toks[j+1].UPOS == "PROPN")
}
