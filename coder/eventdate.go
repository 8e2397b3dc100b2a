package coder

import (
	"slices"

	"parley"
)

// eventDate dates an event of frame f: a date expression attached to the
// event's clause, else one attached to the speech verb that reports a future
// event ("announced on Tuesday that X would provide ..." dates the pledge to
// the announcement), else the reference date, else none.
func (d *docState) eventDate(s *sent, f frame, future, verbalReport bool) (parley.Date, string) {
	if s.dates == nil {
		s.dates = findDates(s.s.Text(d.doc), s.s.Start, d.ref, false)
		if s.dates == nil {
			s.dates = []dateExpr{}
		}
	}
	if verbalReport {
		// "Trudeau said on Monday that agencies were pursuing allegations
		// linking agents of the Indian government to the killing": a
		// verbal act reported without a date of its own was made when it
		// was reported.
		if date, src, ok := d.attachedDate(s, f, s.dates); ok {
			return date, src
		}
		if date, ok := s.reporterDate(f); ok {
			return date, "text"
		}
	}
	if !future {
		return d.dateFrom(s, f, s.dates)
	}
	exprs := findDates(s.s.Text(d.doc), s.s.Start, d.ref, true)
	if date, src, ok := d.attachedDate(s, f, exprs); ok {
		return date, src
	}
	if date, ok := s.reporterDate(f); ok {
		return date, "text"
	}
	return d.dateFrom(s, f, nil)
}

// reporterDate returns the date attached to the speech verb that reports
// the event of frame f, if any.
func (s *sent) reporterDate(f frame) (parley.Date, bool) {
	if v := s.reportingVerb(f.pred); v >= 0 {
		for _, e := range s.dates {
			if e.ok && s.attaches(s.exprHead(e), []int{v}) {
				return parley.Date{Time: e.date}, true
			}
		}
	}
	return parley.Date{}, false
}

// reportingVerb returns the verb whose clausal complement holds predicate
// v ("announced that they would provide"), or -1.
func (s *sent) reportingVerb(v int) int {
	for range 3 {
		if v < 0 {
			return -1
		}
		switch base(s.toks[v].Deprel) {
		case "ccomp":
			if h := s.head(v); h >= 0 && s.isVerb(h) {
				return h
			}
			return -1
		case "conj", "xcomp":
			v = s.head(v)
		default:
			return -1
		}
	}
	return -1
}

// attachedDate returns the date of the first expression attached to the
// event's clause, if any.
func (d *docState) attachedDate(s *sent, f frame, exprs []dateExpr) (parley.Date, string, bool) {
	if len(exprs) == 0 {
		return parley.Date{}, "", false
	}
	chain := s.clauseChain(f)
	// An expression on the trigger itself dates it ("the attack on Israel
	// last month") before one on the rest of its clause; among either, a
	// day ("on Tuesday") dates the act before a period does ("arrested
	// six people on Tuesday under a law passed in March"). A period must
	// modify the clause itself: one that reaches it through another verb
	// ("met for the first time since Lee took office in June") dates that
	// verb.
	best, rank := -1, 0
	for i, e := range exprs {
		if !(!s.parsed && len(exprs) == 1 || s.attaches(s.exprHead(e), chain) || s.justBefore(e, f.toks[0]) || s.justAfter(e, f)) {
			continue
		}
		h := s.head(s.exprHead(e))
		r := 1 // attached to the clause
		if slices.Contains(f.toks, h) {
			r = 3 // on the trigger
		}
		if e.ok {
			r++
		} else if r == 1 && s.parsed && !slices.Contains(chain, h) {
			continue
		}
		if r > rank {
			best, rank = i, r
		}
	}
	if best >= 0 {
		if e := exprs[best]; e.ok {
			return parley.Date{Time: e.date}, "text", true
		}
		return parley.Date{}, "none", true
	}
	return parley.Date{}, "", false
}

// dateFrom picks the event's date from the sentence's date expressions.
func (d *docState) dateFrom(s *sent, f frame, exprs []dateExpr) (parley.Date, string) {
	if date, src, ok := d.attachedDate(s, f, exprs); ok {
		return date, src
	}
	if d.ref.IsZero() {
		return parley.Date{}, "none"
	}
	return parley.Date{Time: d.ref}, "published"
}

// clauseChain returns the frame's tokens and the predicates its clause
// shares a time with: coordinated and controlling verbs ("met and signed",
// "agreed to meet"), and the verb a to-infinitive serves.
func (s *sent) clauseChain(f frame) []int {
	chain := slices.Clone(f.toks)
	v := f.pred
	for range 4 {
		if v < 0 {
			break
		}
		chain = append(chain, v)
		switch base(s.toks[v].Deprel) {
		case "conj", "xcomp":
			v = s.head(v)
		case "advcl":
			// An infinitive the parser made adverbial ("agreed on Thursday
			// to impose sanctions", "met on Monday to discuss trade"), or
			// a participle without a mark of its own ("triggered the
			// mechanism last month, accusing Tehran of …").
			if !s.hasMark(v, "to") && (s.toks[v].XPOS != "VBG" || s.child(v, "mark") >= 0) {
				v = -1
				break
			}
			v = s.head(v)
		default:
			v = -1
		}
	}
	return chain
}

// exprHead returns the token heading the expression at [e.start, e.end):
// the covered token whose head lies outside it.
func (s *sent) exprHead(e dateExpr) int {
	first := -1
	for t, tok := range s.toks {
		if tok.Start < e.start || tok.End > e.end {
			continue
		}
		if first < 0 {
			first = t
		}
		if h := s.head(t); h < 0 || s.toks[h].Start < e.start || s.toks[h].End > e.end {
			return t
		}
	}
	return first
}

// attaches reports whether token t (a date expression's head) modifies one
// of the chain's tokens: directly, or through verbs, but not through a noun
// ("the attack on December 15" dates the attack, not the condolences
// offered over it).
func (s *sent) attaches(t int, chain []int) bool {
	for depth := 0; depth < 4; depth++ {
		t = s.head(t)
		if t < 0 {
			return false
		}
		if slices.Contains(chain, t) {
			return true
		}
		if s.isNominal(t) {
			return false
		}
	}
	return false
}

// justBefore reports whether date expression e stands just before the
// trigger at token t, with nothing but adverbs between ("Qureshi Sunday
// spoke with", "X and Y on Wednesday had a call"): the news style that
// dates the main event, whatever the parser made of it.
func (s *sent) justBefore(e dateExpr, t int) bool {
	if t >= len(s.toks) || s.toks[t].Start < e.end {
		return false
	}
	for j := t - 1; j >= 0 && s.toks[j].End > e.end; j-- {
		if s.toks[j].UPOS != "ADV" && s.toks[j].UPOS != "AUX" {
			return false
		}
	}
	return true
}

// justAfter reports whether date expression e follows the event's trigger
// in the same clause with no verb and no other act in between ("was shot
// by a gunman in the town of Handlová on Wednesday"); an act noun between
// them takes the date for itself ("condolences over the attack ... on
// December 15").
func (s *sent) justAfter(e dateExpr, f frame) bool {
	last := f.toks[len(f.toks)-1]
	for _, t := range f.toks {
		last = max(last, t)
	}
	if s.toks[last].End > e.start {
		return false
	}
	for j := last + 1; j < len(s.toks) && s.toks[j].End <= e.start; j++ {
		switch {
		case s.named[j]:
			// A name the tagger took for a verb ("Xi Jinping").
		case s.toks[j].Deprel == "amod":
			// A participle used as an adjective ("coordinated attacks").
		case s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" || s.toks[j].UPOS == "SCONJ":
			return false
		case s.toks[j].Text == ";" || s.toks[j].Text == ":":
			return false
		case s.caseOf(j) == "in" && (slices.Contains(f.toks, s.head(j)) || s.head(j) >= 0 && slices.Contains(f.toks, s.head(s.head(j)))):
			// The same act, named again: "killed 30 people in attacks on
			// villages on Wednesday".
		case slices.Contains(eventNouns, s.lemmas[j]) || slices.Contains(actNouns, s.lemmas[j]):
			return false
		}
	}
	return true
}
