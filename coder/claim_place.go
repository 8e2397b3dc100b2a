package coder

import (
	"slices"

	"parley"
)

// claimLocatives introduce where people were killed, hurt or held ("in
// Gaza", "across Ukraine", "near Rafah"); "from" and "into" say where they
// came from or went, not where it happened.
var claimLocatives = []string{"in", "at", "inside", "near", "across", "outside", "throughout", "around", "on", "within"}

// placeNouns take a place name after "of": "the outskirts of Goma", "the
// town of Barsalogho".
var placeNouns = []string{
	"outskirts", "outskirt", "town", "city", "village", "region", "province", "state", "district",
	"suburb", "capital", "area", "part", "south", "north", "east", "west", "centre", "center", "border",
	"county", "governorate", "oblast", "territory", "strip", "camp",
}

// directions may stand between a locative and a place name: "in southern
// Lebanon", "across eastern Ukraine".
var directions = []string{
	"the", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
	"southeastern", "southwestern", "north", "south", "east", "west", "northeast", "northwest",
	"southeast", "southwest", "far", "restive", "rural", "occupied", "war-torn", "neighbouring",
	"neighboring",
}

// claimPlace places a figure, most specific evidence first: a place the
// sentence names after a locative, nearest the trigger ("killed 20 people
// in Gaza"); the victims' nationality between lo and hi ("19,000
// Palestinians"); any other place or nationality the sentence names
// ("Kenyan police ... killing five"); the last figure's place when it was
// one or two sentences before; the last place named earlier; the
// dateline; the country of an actor the sentence names; the country the
// document names most. Except for detentions (police arrest at home), a
// place that is the perpetrator's own ("Israel's military said it killed")
// is no evidence of where the victims were.
func (d *docState) claimPlace(s *sent, what string, trig, lo, hi int, perp *parley.EventActor) *parley.Place {
	if p := d.locativePlace(s, trig); p != nil {
		return p
	}
	for j := lo; j <= hi && j < len(s.toks); j++ {
		if iso, ok := d.c.places.Demonym(s.toks[j].Text); ok {
			return d.countryPlace(iso)
		}
	}
	foreign := func(j int, iso string) bool {
		if perp == nil || what == "detained" {
			return true
		}
		return iso != perp.Country && (s.toks[j].End <= perp.Start || s.toks[j].Start >= perp.End)
	}
	for j := range s.toks {
		if j > 0 && (s.lemmas[j-1] == "from" || s.lemmas[j-1] == "into" || s.lemmas[j-1] == "to") {
			continue
		}
		if e, _ := d.c.places.matchAt(s, j); e != nil && foreign(j, e.Country) {
			p := e.place()
			return &p
		}
	}
	for j := range s.toks {
		if iso, ok := d.c.places.Demonym(s.toks[j].Text); ok && foreign(j, iso) {
			return d.countryPlace(iso)
		}
	}
	if d.claims.place != nil && s.idx-d.claims.sent <= 2 {
		p := *d.claims.place
		return &p
	}
	if d.lastPlace != nil {
		p := *d.lastPlace
		return &p
	}
	if d.dateline != nil {
		p := *d.dateline
		return &p
	}
	if iso := d.sentenceCountry(s, foreign); iso != "" {
		return d.countryPlace(iso)
	}
	if iso := d.mainCountry(); iso != "" {
		return d.countryPlace(iso)
	}
	return nil
}

// locativePlace returns the place a locative phrase of s names ("in
// Gaza", "in southern Lebanon", "on the outskirts of Goma"), the one
// nearest token trig.
func (d *docState) locativePlace(s *sent, trig int) *parley.Place {
	var best *parley.Place
	bestDist := len(s.toks) + 1
	for j := 1; j < len(s.toks); j++ {
		prev := j - 1
		for prev > 0 && slices.Contains(directions, s.lemmas[prev]) {
			prev--
		}
		l := s.lemmas[prev]
		if !slices.Contains(claimLocatives, l) && !(l == "of" && prev > 0 && slices.Contains(placeNouns, s.lemmas[prev-1])) {
			continue
		}
		p := d.placeAt(s, j)
		if p == nil {
			continue
		}
		if dist := abs(j - trig); dist < bestDist {
			best, bestDist = p, dist
		}
	}
	return best
}

// sentenceCountry returns the country of an actor the sentence names,
// when foreign accepts it.
func (d *docState) sentenceCountry(s *sent, foreign func(j int, iso string) bool) string {
	for t := range s.toks {
		mi := d.mentionAt(s, t)
		if mi < 0 {
			continue
		}
		for _, a := range d.doc.Mentions[mi].Actors {
			if a < 0 || a >= len(d.doc.Actors) {
				continue
			}
			if c := d.doc.Actors[a].Country; len(c) == 3 && c != "IGO" && foreign(t, c) {
				return c
			}
		}
	}
	return ""
}

// mainCountry returns the country the document's actors belong to most
// often, "" when none.
func (d *docState) mainCountry() string {
	n := map[string]int{}
	best := ""
	for _, m := range d.doc.Mentions {
		for _, a := range m.Actors {
			if a < 0 || a >= len(d.doc.Actors) {
				continue
			}
			c := d.doc.Actors[a].Country
			if len(c) != 3 || c == "IGO" {
				continue
			}
			n[c]++
			if best == "" || n[c] > n[best] || n[c] == n[best] && c < best {
				best = c
			}
		}
	}
	return best
}

// countryPlace returns the gazetteer's country entry for iso.
func (d *docState) countryPlace(iso string) *parley.Place {
	if e, ok := d.c.places.countries[iso]; ok {
		p := e.place()
		return &p
	}
	return &parley.Place{Name: iso, Country: iso}
}
