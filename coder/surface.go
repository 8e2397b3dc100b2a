package coder

import (
	"slices"
	"strings"

	"parley"
)

// pluralAnaphors are subject words that refer back to the participants of
// the last symmetric event when the actor resolver left them unresolved
// ("the two leaders", "both sides", "they").
var pluralAnaphors = []string{"they", "leader", "side", "both", "party", "two", "counterpart", "government", "country", "nation", "minister", "delegation", "president"}

// isConsequence reports whether frame f is a participle clause reporting
// the consequence of the main clause's act ("Shells struck two camps,
// killing at least 35 people"): the act is coded, not its consequence,
// whose subject the parse would wrongly inherit.
func (s *sent) isConsequence(f frame) bool {
	v := f.pred
	return v >= 0 && base(s.toks[v].Deprel) == "advcl" && strings.HasSuffix(strings.ToLower(s.toks[v].Text), "ing") &&
		s.child(v, "nsubj") < 0 && s.child(v, "mark") < 0
}

// infinitiveAfter reports whether a "to"-infinitive follows token t in its
// clause ("called on Israel to halt").
func (s *sent) infinitiveAfter(t int) bool {
	for j := t + 1; j+1 < len(s.toks) && j <= t+12; j++ {
		switch {
		case s.toks[j].Text == ";" || s.toks[j].Text == "." || s.lemmas[j] == "but":
			return false
		case s.lemmas[j] == "to" && (s.toks[j+1].UPOS == "VERB" || s.toks[j+1].UPOS == "AUX" || s.toks[j].UPOS == "PART"):
			return true
		}
	}
	return false
}

// isPluralAnaphor reports whether token t refers back to a pair: "they",
// "both", or a plural such as "the two leaders", "both governments".
func (s *sent) isPluralAnaphor(t int) bool {
	l := s.lemmas[t]
	switch {
	case l == "they" || l == "both":
		return true
	case l == "two" && s.child(t, "det") >= 0:
		return true // "the two pledged to coordinate"
	case !slices.Contains(pluralAnaphors, l):
		return false
	}
	for _, c := range s.children[t] {
		if cl := s.lemmas[c]; cl == "two" || cl == "both" {
			return true
		}
	}
	return false
}

// mentionRightBefore is the surface fallback for a subject the parse lost:
// an actor named right before the trigger, past adverbs and a date ("Turkish
// President Erdogan spoke", "Qureshi on Sunday spoke"); after "and", the
// sentence's previous source ("spoke with Abbas and expressed solidarity").
func (d *docState) mentionRightBefore(s *sent, f frame, prev []actorRef) []actorRef {
	first := f.toks[0]
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if mi := d.mentionAt(s, j); mi >= 0 && d.doc.Mentions[mi].TokenEnd == j+1 {
			if h := s.head(j); h >= 0 && s.isVictimEdge(h, j) {
				return nil // "strikes on civilians killed 30": the victims
			}
			return d.refsOf(mi)
		}
		switch {
		case s.toks[j].UPOS == "ADV" || s.isDateWord(j):
		case (s.lemmas[j] == "and" || s.lemmas[j] == "also") && len(prev) > 0:
			return prev
		default:
			return nil
		}
	}
	return nil
}

// isDateWord reports whether token t is part of a short time expression
// ("on Sunday", "Wednesday").
func (s *sent) isDateWord(t int) bool {
	w := strings.ToLower(s.toks[t].Text)
	_, day := weekdays[w]
	return day || w == "on" || w == "yesterday" || w == "today" || monthOf(w) != 0 && len(w) >= 3
}

// mentionRightAfter is the surface fallback for an object the parse lost:
// an actor named right after the trigger, past determiners and adjectives
// ("hosted Chinese President Xi Jinping").
func (d *docState) mentionRightAfter(s *sent, f frame) []actorRef {
	first := f.toks[0]
	if last := f.toks[len(f.toks)-1]; s.isVerb(last) {
		first = last // a phrase ending in its verb: "commitment to defend the Philippines"
	}
	for j := first + 1; j < len(s.toks) && j <= first+5; j++ {
		if slices.Contains(f.toks, j) {
			return nil
		}
		if mi := d.mentionAt(s, j); mi >= 0 && d.doc.Mentions[mi].TokenStart > first {
			return d.refsOf(mi)
		}
		switch s.toks[j].UPOS {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN": // "a draft Security Council resolution"
		default:
			return nil
		}
	}
	return nil
}

// placeActors returns, for the first of heads that names a place in the
// gazetteer, a synthetic actor for the place's country: the host of a
// visit to it. Places conjoined to it count too ("visited Moscow and
// Beijing"), one actor per country.
func (d *docState) placeActors(s *sent, heads []int) []actorRef {
	for _, h := range heads {
		var out []actorRef
		var seen []string
		for _, t := range append([]int{h}, s.conjuncts(h)...) {
			e, start, end := d.placeIn(s, t)
			if e == nil || slices.Contains(seen, e.Country) {
				continue
			}
			seen = append(seen, e.Country)
			out = append(out, d.placeState(e.Country, s.toks[start].Start, s.toks[end-1].End))
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// placeState adds a synthetic actor for country iso, named by a place at
// byte offsets [start, end), and returns a reference to it.
func (d *docState) placeState(iso string, start, end int) actorRef {
	name := iso
	if c, ok := d.c.places.countries[iso]; ok {
		name = c.Name
	}
	d.synth = append(d.synth, parley.Actor{Code: iso, Name: name, Country: iso, Type: "state", How: "place"})
	return actorRef{actor: len(d.doc.Actors) + len(d.synth) - 1, mention: -1, start: start, end: end}
}

// placeIn returns the gazetteer place the phrase ending at head h names,
// with its token span.
func (d *docState) placeIn(s *sent, h int) (e *placeEntry, start, end int) {
	lo, _ := s.span(h)
	for t := lo; t <= h; t++ {
		if e, end := d.c.places.matchAt(s, t); e != nil {
			return e, t, end
		}
	}
	return nil, 0, 0
}

// conjuncts returns the words conjoined to h.
func (s *sent) conjuncts(h int) []int {
	var out []int
	for _, c := range s.children[h] {
		if base(s.toks[c].Deprel) == "conj" {
			out = append(out, c)
		}
	}
	return out
}
