package coder

import (
	"slices"
	"strings"
)

// Windows, in tokens, between a figure trigger and its count.
const (
	ofWindow     = 9
	afterWindow  = 5
	beforeWindow = 9
	tollWindow   = 14
)

// beforeFillers may stand between a count and a trigger that follows it:
// "20 people were reportedly killed".
var beforeFillers = []string{
	"be", "have", "get", "reportedly", "also", "were", "was", "been", "had", "are", "is", "allegedly", "now",
	"so", "far", "already", "all", "later", "subsequently", "report", "reported", "fear", "feared",
	"believe", "believed", "confirm", "confirmed", "presume", "presumed", "know", "known", "say", "said",
	"think", "thought", "estimate", "estimated", "to", "force", "forced", "compel", "compelled",
}

// passiveAux are the auxiliaries of a passive: "were killed", "got arrested".
var passiveAux = []string{"be", "was", "were", "been", "being", "is", "are", "get", "got", "gotten"}

// timeWords may follow a verb without being its object: "20 killed
// Monday".
var timeWords = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"overnight", "yesterday", "today", "tonight", "last", "earlier",
}

// relatives open a relative clause between a count and its trigger ("17
// crew members who have been detained").
var relatives = []string{"who", "that", "which", "whom"}

// findCount finds the count of figure f whose trigger phrase runs from
// token first to token last.
func findCount(s *sent, f Figure, first, last int) (num, end int, ok bool) {
	switch f.Frame {
	case "of":
		j := last + 1
		if j < len(s.toks) && s.lemmas[j] != "of" {
			j++
		}
		if j >= len(s.toks) || s.lemmas[j] != "of" {
			return 0, 0, false
		}
		return scanPhrase(s, j+1, j+1+ofWindow)
	case "after":
		return scanPhrase(s, last+1, last+1+afterWindow)
	case "toll":
		return scanToll(s, last+1)
	case "inside":
		if last-first < 2 {
			return 0, 0, false
		}
		return scanPhrase(s, first+1, last)
	case "before":
		if s.compoundNoun(last) {
			// "3 death sentences", "two refugee camps", "30 body bags".
			return 0, 0, false
		}
		return scanBeforeOrParse(s, first)
	case "passive":
		if s.active(first, last) {
			return 0, 0, false
		}
		return scanBeforeOrParse(s, first)
	}
	return 0, 0, false
}

// scanBeforeOrParse finds the count before a trigger at t on the surface,
// else through the parse: the count of the trigger's subject ("Nine
// people, including three children, were killed"), or of the noun a
// participle or relative clause modifies ("three people killed in the
// strike").
func scanBeforeOrParse(s *sent, t int) (num, end int, ok bool) {
	if num, end, ok := scanBefore(s, t); ok {
		return num, end, true
	}
	if !s.parsed {
		return 0, 0, false
	}
	subj := -1
	for _, c := range s.children[t] {
		if r := s.toks[c].Deprel; r == "nsubj" || r == "nsubj:pass" {
			subj = c
		}
	}
	// "Two soldiers and three border guards were killed": the verb's own
	// coordinated subject, each conjunct a figure of the verb.
	ownConj := subj >= 0 && slices.ContainsFunc(s.children[subj], func(c int) bool {
		return c < t && s.toks[c].Deprel == "conj"
	})
	if r := s.toks[t].Deprel; subj < 0 && (r == "acl" || r == "acl:relcl" || r == "amod") && s.head(t) >= 0 {
		subj = s.head(t)
	}
	if subj < 0 || subj > t {
		return 0, 0, false
	}
	if slices.Contains(relatives, s.lemmas[subj]) && s.toks[t].Deprel == "acl:relcl" && s.head(t) >= 0 {
		subj = s.head(t)
	}
	cands := []int{subj}
	for _, c := range s.children[subj] {
		if s.toks[c].Deprel == "nummod" {
			cands = append(cands, c)
		}
	}
	for _, n := range cands {
		if start, e, ok := countEndingAt(s, n); ok && countOK(s, start, e) && (ownConj || !s.coordinationBetween(e, t)) {
			return start, e, true
		}
		if _, e, ok := parseCount(s, n); ok && countOK(s, n, e) && (ownConj || !s.coordinationBetween(e, t)) {
			return n, e, true
		}
	}
	return 0, 0, false
}

// coordinationBetween reports whether a conjunction stands between tokens
// from and to: "over a dozen children and scores of others injured" does
// not count the injured by the children.
func (s *sent) coordinationBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].UPOS == "CCONJ" || s.lemmas[k] == "and" || s.lemmas[k] == "or" {
			return true
		}
	}
	return false
}

// scanPhrase returns the count of the noun phrase starting at token from:
// past determiners, adjectives and qualifiers ("of more than 11,000
// people"), or past a noun phrase that a count then narrows ("of innocent
// Palestinians including over a dozen children").
func scanPhrase(s *sent, from, to int) (num, end int, ok bool) {
	for j := from; j < to && j < len(s.toks); j++ {
		if _, e, ok := parseCount(s, j); ok {
			if !countOK(s, j, e) {
				return 0, 0, false
			}
			return j, e, true
		}
		switch s.toks[j].UPOS {
		case "DET", "ADJ", "ADV":
			continue
		case "NOUN", "PROPN":
			k := j + 1
			for k < len(s.toks) && k < to && (s.toks[k].UPOS == "NOUN" || s.toks[k].UPOS == "PROPN") {
				k++
			}
			if k < len(s.toks) && s.lemmas[k] == "," {
				k++
			}
			if k < len(s.toks) && (s.lemmas[k] == "include" || s.lemmas[k] == "including") {
				j = k
				continue
			}
			return 0, 0, false
		}
		if !slices.Contains(qualifierWords, s.lemmas[j]) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// tollLeads introduce the figure a toll reports: "rose to 300", "stands
// at 40", "a death toll of 12", "topped 1,000".
var tollLeads = []string{
	"at", "to", "past", "above", "over", "of", "reach", "reached", "hit", "top", "topped",
	"exceed", "exceeded", "surpass", "surpassed", "pass", "passed", "be", "is", "was", "now",
	"stand", "stood", "stands", "number", "numbered", "passes", "surpasses", "tops", "exceeds",
}

// scanToll returns the count a toll word reports: "the death toll rose to
// 300", "the toll from the attack stands at more than 40", "political
// prisoners, whom the group puts at about 1,400". Only a count a lead
// word introduces counts: in "the toll from 2 attacks rose to 30" it is 30.
func scanToll(s *sent, from int) (num, end int, ok bool) {
	for j := from; j < from+tollWindow && j < len(s.toks); j++ {
		x := s.toks[j].Text
		if x == "," && j == from && j+1 < len(s.toks) && slices.Contains(relatives, s.lemmas[j+1]) {
			continue
		}
		if x == "." || x == ";" || x == ":" || x == "," {
			break
		}
		_, e, ok := parseCount(s, j)
		if !ok {
			continue
		}
		_, q := qualifierBefore(s, j)
		lead := q < j && slices.Contains(tollLeads, s.lemmas[q]) // "passed 30,000"
		if !lead && (q == 0 || !slices.Contains(tollLeads, s.lemmas[q-1]) && !slices.Contains(tollLeads, strings.ToLower(s.toks[q-1].Text))) {
			j = e - 1
			continue
		}
		if !countOK(s, j, e) {
			return 0, 0, false
		}
		return j, e, true
	}
	return 0, 0, false
}

// scanBefore finds the count before a trigger at t: "20 people were
// killed", "three of the attackers were killed", "17 crew members who
// have been detained", "11 dead".
func scanBefore(s *sent, t int) (num, end int, ok bool) {
	for j := t - 1; j >= 0 && j >= t-beforeWindow; j-- {
		if n, e, ok := countEndingAt(s, j); ok {
			if !countOK(s, n, e) {
				return 0, 0, false
			}
			return n, e, true
		}
		l := s.lemmas[j]
		if l == "," {
			// Past an aside: "Nine people, including three children,
			// were killed".
			if k := s.asideStart(j); k >= 0 {
				j = k
				continue
			}
		}
		switch u := s.toks[j].UPOS; {
		case l == "of":
			// A partitive: "three of the attackers", "two of them"; but
			// "three of the injured" are some of another figure.
			if n, e, ok := countEndingAt(s, j-1); ok && countOK(s, n, e) && s.partOfOthers(j, t) {
				return n, e, true
			}
			return 0, 0, false
		case u == "PUNCT" || u == "ADP" || u == "SCONJ" || u == "CCONJ" && l != "and":
			return 0, 0, false
		case u == "VERB" && !slices.Contains(beforeFillers, l):
			return 0, 0, false
		case u == "PRON" && !slices.Contains(relatives, l) && l != "all" && l != "them":
			return 0, 0, false
		case l == "and":
			// "30 killed and 50 injured": the count belongs to the
			// first figure.
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// countEndingAt returns the count whose last token is j: "20", "1.2
// million", "two dozen", "a dozen".
func countEndingAt(s *sent, j int) (num, end int, ok bool) {
	for start := j; start >= 0 && start >= j-2; start-- {
		if _, e, ok := parseCount(s, start); ok && e == j+1 {
			return start, e, true
		}
	}
	return 0, 0, false
}

// active reports whether a verb trigger from first to last is in the
// active voice with an object ("gunmen killed a police officer"), so that
// a count before it counts the perpetrators, not the victims.
func (s *sent) active(first, last int) bool {
	if !s.isVerb(first) && s.toks[first].UPOS != "" {
		return false
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		if slices.Contains(passiveAux, s.lemmas[j]) || slices.Contains(passiveAux, strings.ToLower(s.toks[j].Text)) {
			return false
		}
		if s.toks[j].UPOS != "ADV" && s.toks[j].UPOS != "AUX" {
			break
		}
	}
	if s.parsed {
		for _, c := range s.children[first] {
			if base(s.toks[c].Deprel) == "obj" {
				return true
			}
		}
	}
	if last+1 < len(s.toks) && !slices.Contains(timeWords, s.lemmas[last+1]) {
		switch s.toks[last+1].UPOS {
		case "DET", "NUM", "PRON", "NOUN", "PROPN":
			return true
		}
	}
	return false
}

// partOfOthers reports whether a partitive "of" at j names a group other
// than the trigger at t: "three of the attackers were killed", not "three
// of the injured".
func (s *sent) partOfOthers(j, t int) bool {
	for k := j + 1; k < t; k++ {
		switch s.toks[k].UPOS {
		case "NOUN", "PROPN", "PRON", "ADJ", "NUM", "VERB":
			if !slices.Contains(beforeFillers, s.lemmas[k]) {
				return true
			}
		}
	}
	return false
}

// compoundNoun reports whether noun t modifies the noun after it.
func (s *sent) compoundNoun(t int) bool {
	return s.toks[t].UPOS == "NOUN" && t+1 < len(s.toks) && s.toks[t+1].UPOS == "NOUN"
}

// asideWords open an aside between a count and its trigger: "Nine
// people, including three children, were killed".
var asideWords = []string{"including", "include", "among", "mostly", "many", "most", "mainly", "all"}

// asideStart returns the comma that opens an aside ending with the comma
// at j, or -1 when the comma closes none.
func (s *sent) asideStart(j int) int {
	opener := false
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		switch l := s.lemmas[k]; {
		case l == ",":
			if opener {
				return k
			}
			return -1
		case slices.Contains(asideWords, l) || slices.Contains(asideWords, strings.ToLower(s.toks[k].Text)):
			opener = true
		case s.toks[k].UPOS == "VERB" && !opener && l != "include":
			return -1
		}
	}
	return -1
}
