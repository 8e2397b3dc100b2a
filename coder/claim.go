package coder

import (
	"regexp"
	"slices"
	"strconv"

	"parley"
)

// Windows, in tokens, between a figure trigger and its count.
const (
	ofWindow     = 9
	afterWindow  = 4
	beforeWindow = 6
	tollWindow   = 7
)

// units are nouns that make a number something other than a head count.
var units = []string{
	"%", "percent", "per", "year", "month", "week", "day", "hour", "minute",
	"km", "kilometre", "kilometer", "mile", "metre", "meter", "dollar", "$", "euro",
	"ton", "tonne", "truck", "house", "home", "building", "school", "hospital",
	"time", "bed", "round", "rocket", "missile", "drone", "vehicle", "tank",
	"aircraft", "billion", "acre", "hectare", "page", "point", "seat", "vote",
}

// beforeFillers may stand between a count and a trigger that follows it:
// "20 people were reportedly killed".
var beforeFillers = []string{"be", "have", "reportedly", "also", "were", "was", "been", "had", "are", "is", "allegedly", "now", "so", "far"}

var reSince = regexp.MustCompile(`(?i)\bsince\s+(?:` + monthRe + `\.?\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\b)`)

// claimSentence finds the figures of one sentence.
func (c *Coder) claimSentence(d *docState, s *sent) []parley.Claim {
	var out []parley.Claim
	used := map[int]bool{}
	for t := range s.toks {
		for _, f := range c.figures {
			if f.Word.Lemma != s.lemmas[t] || !posOK(f.Word.POS, s.toks[t].UPOS) {
				continue
			}
			num, end, ok := findCount(s, t, f.Frame)
			if !ok || used[num] {
				continue
			}
			count, _, _ := parseCount(s, num)
			qual, qstart := qualifierBefore(s, num)
			victims := victimAfter(s, end)
			if victims >= 0 && slices.Contains(units, s.lemmas[victims]) {
				continue
			}
			used[num] = true
			out = append(out, d.newClaim(s, f, t, num, qstart, count, qual, victims))
		}
	}
	return out
}

// findCount finds the count of a figure trigger at t in its frame.
func findCount(s *sent, t int, frame string) (num, end int, ok bool) {
	switch frame {
	case "of":
		j := t + 1
		if j < len(s.toks) && s.lemmas[j] != "of" {
			j++
		}
		if j >= len(s.toks) || s.lemmas[j] != "of" {
			return 0, 0, false
		}
		return scanCount(s, j+1, j+1+ofWindow)
	case "after":
		return scanCount(s, t+1, t+1+afterWindow)
	case "toll":
		return scanCount(s, t+1, t+1+tollWindow)
	case "before":
		for j := t - 1; j >= 0 && j >= t-beforeWindow; j-- {
			if _, end, ok := parseCount(s, j); ok {
				return j, end, true
			}
			if j > 0 {
				if _, end, ok := parseCount(s, j-1); ok && end == j+1 {
					return j - 1, end, true
				}
			}
			u := s.toks[j].UPOS
			if u == "PUNCT" || u == "ADP" || u == "VERB" && !slices.Contains(beforeFillers, s.lemmas[j]) {
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// scanCount returns the first count in tokens [from, to), stopping at
// clause punctuation.
func scanCount(s *sent, from, to int) (num, end int, ok bool) {
	for j := from; j < to && j < len(s.toks); j++ {
		if x := s.toks[j].Text; x == "." || x == ";" || x == ":" {
			break
		}
		if _, end, ok := parseCount(s, j); ok && !s.inDate(j, end) {
			return j, end, true
		}
	}
	return 0, 0, false
}

// inDate reports whether the number at [t, end) is part of a date ("since
// October 7", "7 October") rather than a count.
func (s *sent) inDate(t, end int) bool {
	if t > 0 && monthOf(s.toks[t-1].Text) != 0 && len(s.toks[t-1].Text) >= 3 {
		return true
	}
	return end < len(s.toks) && monthOf(s.toks[end].Text) != 0 && len(s.toks[end].Text) >= 3
}

// victimAfter returns the noun naming who a count counts ("11,000
// people"), skipping adjectives, or -1.
func victimAfter(s *sent, t int) int {
	for j := t; j < len(s.toks) && j < t+3; j++ {
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "SYM":
			return j
		case "ADJ":
			continue
		case "":
			if s.lemmas[j] != "" {
				return j
			}
		}
		return -1
	}
	return -1
}

// newClaim builds a claim and places and dates it.
func (d *docState) newClaim(s *sent, f Figure, trig, num, qstart, count int, qual string, victims int) parley.Claim {
	doc := d.doc
	cl := parley.Claim{
		What:      f.What,
		Count:     count,
		Qualifier: qual,
		Sentence:  s.s.Text(doc),
		Start:     s.s.Start,
		End:       s.s.End,
		Trigger:   s.toks[trig].Text,
		Rule:      f.Rule,
	}
	if victims >= 0 {
		cl.Victims = s.toks[victims].Text
	}
	if !d.ref.IsZero() {
		cl.Date = parley.Date{Time: d.ref}
	}
	if m := reSince.FindStringSubmatch(cl.Sentence); m != nil {
		mo, day := monthOf(m[1]), m[2]
		if m[1] == "" {
			mo, day = monthOf(m[4]), m[3]
		}
		dn, _ := strconv.Atoi(day)
		if t, ok := sinceDate(mo, dn, d.ref); ok {
			cl.Since = parley.Date{Time: t}
		}
	}
	lo, hi := min(trig, qstart), max(trig, victims, num)
	cl.Place = d.claimPlace(s, lo, hi)
	cl.Actor = d.claimActor(s, trig, f.Frame == "after")
	return cl
}

// claimPlace places a figure: the victims' nationality between lo and hi
// ("19,000 Palestinians"), else a place the sentence names, else the last
// place named before it.
func (d *docState) claimPlace(s *sent, lo, hi int) *parley.Place {
	g := d.c.places
	for j := lo; j <= hi && j < len(s.toks); j++ {
		if iso, ok := g.Demonym(s.toks[j].Text); ok {
			return d.countryPlace(iso)
		}
	}
	for pass := 0; pass < 2; pass++ {
		for j := range s.toks {
			if pass == 0 && (j == 0 || !slices.Contains(locatives, s.lemmas[j-1]) && s.lemmas[j-1] != "on") {
				continue
			}
			if e, _ := g.matchAt(s, j); e != nil {
				p := e.place()
				return &p
			}
		}
	}
	if d.lastPlace != nil {
		p := *d.lastPlace
		return &p
	}
	return nil
}

// countryPlace returns the gazetteer's country entry for iso.
func (d *docState) countryPlace(iso string) *parley.Place {
	if e, ok := d.c.places.countries[iso]; ok {
		p := e.place()
		return &p
	}
	return &parley.Place{Name: iso, Country: iso}
}

// claimActor returns who the sentence holds responsible for a figure whose
// trigger is a verb: the agent of "were killed by", or the subject of an
// active, transitive trigger ("strikes killed 20 people"); the subject of
// "20 people died" is the victims.
func (d *docState) claimActor(s *sent, trig int, transitive bool) *parley.EventActor {
	if !s.parsed || !s.isVerb(trig) {
		return nil
	}
	subj, passive := s.subject(trig)
	if subj < 0 || !passive && !transitive {
		return nil
	}
	refs := d.actorsIn(s, subj, subjDepth, false)
	if len(refs) == 0 {
		return nil
	}
	return d.eventActor(refs[0])
}
