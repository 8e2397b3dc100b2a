package actor

import (
	"strings"

	"parley"
)

// resolveGroup gives an agent noun or plural title one actor per country
// cue, or a sector-only actor when the text names no country.
func (st *state) resolveGroup(c *cand) {
	if len(c.cues) == 0 && c.cueOrg == nil && c.agent.Domestic && !c.foreign && streetSectors[c.agent.Sector] {
		// "protesters rallied in Tel Aviv", "police in Kabul arrested":
		// people in the street belong where the sentence puts them, not
		// where the story was filed.
		if p := st.sentencePlace(c.sent, c.start, c.end); p != nil {
			c.cues, c.how = []*country{p}, "agent-place"
		}
	}
	if home := st.homeCountry(c.sent); len(c.cues) == 0 && c.cueOrg == nil && c.agent.Domestic && home != nil && !c.foreign {
		// "the government said", "police said" under an ISLAMABAD dateline
		// or after "In Islamabad, …".
		c.cues, c.how = []*country{home}, "agent-dateline"
	}
	if len(c.cues) == 0 && c.cueOrg == nil && c.agent.Kind == "agentcue" {
		return // "the government", "the foreign ministry": whose?
	}
	if len(c.cues) == 0 {
		a, key := st.d.groupActor(nil, c.cueOrg, c.agent, c.former)
		if c.name != "" {
			a.Name, key = c.name, key+"|"+c.name
		}
		if c.cueOrg != nil && c.title == nil {
			// "Taliban authorities" is the Taliban.
			a, key = st.d.plainActor(&cand{kind: cOrg, org: c.cueOrg})
		}
		c.actors = []int{st.actor(key, a, nil)}
		return
	}
	for _, cue := range c.cues {
		if c.title != nil && !c.former {
			// "the Pakistani and Iranian presidents": the people named.
			if p := st.holder(c.title, cue); p >= 0 {
				c.actors = append(c.actors, p)
				continue
			}
		}
		a, key := st.d.groupActor(cue, nil, c.agent, c.former)
		switch {
		case c.name != "":
			a.Name, key = c.name, key+"|"+c.name // "the opposition Democratic Party"
		case len(c.cues) == 1:
			a.Name = st.written(c) // "Indian Army", "Israeli occupation forces"
		}
		c.actors = append(c.actors, st.actor(key, a, nil))
	}
}

// written returns a candidate's text without a leading determiner, as a
// name for an unnamed group.
func (st *state) written(c *cand) string {
	s := st.doc.Text[c.start:c.end]
	for _, d := range []string{"the ", "The ", "its ", "Its ", "their ", "Their ", "a ", "an "} {
		s = strings.TrimPrefix(s, d)
	}
	return strings.Join(strings.Fields(s), " ")
}

// holder returns the document's only person of country cue whose title is
// compatible with title, or -1.
func (st *state) holder(title *agent, cue *country) int {
	found := -1
	for a, x := range st.actors {
		if x.Type == "person" && x.Country == cue.Code && titleCompat(st.titles[a], title) {
			if found >= 0 {
				return -1
			}
			found = a
		}
	}
	return found
}

// groupActor is an agent of a country or organisation: "Israel military".
func (d *dict) groupActor(cue *country, o *org, ag *agent, former bool) (parley.Actor, string) {
	sector := ag.Sector
	if former {
		sector = "ELI"
	}
	a := parley.Actor{Sector: sector, Type: "agent", How: "agent"}
	if ag.Kind == "title" {
		a.Title = ag.Canonical
	}
	label := strings.ToLower(ag.Canonical)
	switch {
	case cue != nil:
		a.Code, a.Country, a.Name = cue.Code+sector, cue.Code, cue.Name+" "+label
	case o != nil:
		a.Code, a.Country, a.Sector, a.Name = o.Code, o.Country, o.Sector, o.Name+" "+label
	default:
		a.Code, a.Name = sector, label
	}
	return a, "A:" + a.Code + "|" + a.Title + "|" + ag.Canonical
}

// plainActor is the actor of a country, demonym, capital or organisation.
func (d *dict) plainActor(c *cand) (parley.Actor, string) {
	if c.org != nil {
		o := c.org
		t := o.Type
		if t == "body" {
			t = "group"
		}
		name := o.Name
		for _, n := range o.Names[1:] {
			if casingOf(n) == allCaps && len(n) >= 3 && !strings.Contains(name, n) {
				name += " (" + n + ")" // "North Atlantic Treaty Organization (NATO)"
				break
			}
		}
		return parley.Actor{Code: o.Code, Name: name, Country: o.Country, Sector: o.Sector, Type: t, How: "dictionary"}, "O:" + o.Code + "|" + o.Name
	}
	k := c.country
	switch c.kind {
	case cPlural:
		return parley.Actor{Code: k.Code + "CVL", Name: k.Name + " people", Country: k.Code, Sector: "CVL", Type: "agent", How: "demonym"}, "A:" + k.Code + "CVL||People"
	case cCapital:
		return parley.Actor{Code: k.Code + "GOV", Name: k.Name + " government", Country: k.Code, Sector: "GOV", Type: "agent", How: "metonym"}, "A:" + k.Code + "GOV||Government"
	}
	return parley.Actor{Code: k.Code, Name: k.Name, Country: k.Code, Type: "state", How: "country"}, "C:" + k.Code
}
