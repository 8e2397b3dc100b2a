package actor

import (
	"time"

	"parley"
)

// evidence is what the text says about a person: the titles and country
// cues written next to their name.
type evidence struct {
	title  *agent
	sector string // from an agent noun before the name, when there is one
	cue    *country
	cueOrg *org
	former bool
}

// evidenceOf collects the titles and cues of a person's mentions.
func (st *state) evidenceOf(dp *docPerson) []evidence {
	var out []evidence
	for _, i := range dp.cands {
		c := &st.cands[i]
		if c.title != nil || c.cue() != nil || c.cueOrg != nil || c.sector != "" {
			out = append(out, evidence{title: c.title, sector: c.sector, cue: c.cue(), cueOrg: c.cueOrg, former: c.former})
		}
	}
	return out
}

// decide returns the actor a document person resolves to. A dictionary
// person takes the office held on the document's date; with no date, the
// office that fits the title written in the text, else their latest
// office. A person the dictionary does not know takes country and sector
// from the text: a country cue, an organisation, or, for a domestic title
// and no cue at all, the dateline's country.
func (st *state) decide(dp *docPerson) (parley.Actor, *agent) {
	ev := st.evidenceOf(dp)
	if p := dp.p; p != nil {
		if !st.date.IsZero() {
			if o, ok := p.officeOn(st.date); ok {
				return st.d.personActor(p, o, "dated-office"), st.d.canonicalTitle(o.Title)
			}
			// No office that day: an office that fits the title in the
			// text (the dates may be off by a few days), else what the
			// text says, beat "former".
			for _, e := range ev {
				if e.former || e.title == nil {
					continue
				}
				if o, ok := st.fitting(p, e, true); ok {
					return st.d.personActor(p, o, "title"), st.d.canonicalTitle(o.Title)
				}
			}
			for _, e := range ev {
				if e.former || e.title == nil {
					continue
				}
				if a, ok := st.contextActor(dp, e); ok {
					a.Name = p.Name
					return a, e.title
				}
			}
			return st.d.formerActor(p, st.date), nil
		}
		for _, e := range ev {
			if e.former || e.title == nil {
				continue
			}
			if o, ok := st.fitting(p, e, false); ok {
				return st.d.personActor(p, o, "title"), st.d.canonicalTitle(o.Title)
			}
		}
		for _, e := range ev {
			if a, ok := st.contextActor(dp, e); ok {
				a.Name = p.Name
				return a, e.title
			}
		}
		o := p.latest()
		return st.d.personActor(p, o, "dictionary"), st.d.canonicalTitle(o.Title)
	}
	for _, e := range ev {
		if a, ok := st.contextActor(dp, e); ok {
			return a, e.title
		}
	}
	for _, e := range ev {
		if e.title != nil && e.title.Domestic && !e.former && st.dateline != nil {
			e.cue = st.dateline
			a, _ := st.contextActor(dp, e)
			a.How = "dateline"
			return a, e.title
		}
	}
	var title *agent
	for _, e := range ev {
		if e.title != nil {
			title = e.title
			break
		}
	}
	a := parley.Actor{Name: dp.name, Type: "person", How: "title"}
	if title != nil {
		a.Code, a.Sector, a.Title = title.Sector, title.Sector, title.Canonical
	}
	for _, e := range ev {
		if e.sector != "" {
			a.Code, a.Sector = e.sector, e.sector
			break
		}
	}
	return a, title
}

// contextActor builds a person's actor from one piece of evidence that
// names a country or organisation.
func (st *state) contextActor(dp *docPerson, e evidence) (parley.Actor, bool) {
	if e.cue == nil && e.cueOrg == nil {
		return parley.Actor{}, false
	}
	a := parley.Actor{Name: dp.name, Type: "person", How: "context"}
	sector := "GOV"
	if e.title != nil {
		sector = e.title.Sector
		a.Title = e.title.Canonical
	}
	if e.sector != "" {
		sector = e.sector
	}
	if e.former {
		sector = "ELI"
		a.Title = "former " + a.Title
	}
	switch {
	case e.cue != nil:
		a.Code, a.Country, a.Sector = e.cue.Code+sector, e.cue.Code, sector
	default:
		a.Code, a.Country, a.Sector = e.cueOrg.Code, e.cueOrg.Country, e.cueOrg.Sector
	}
	return a, true
}

func latestFirst(offs []office) []office {
	out := append([]office(nil), offs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Since.After(out[j-1].Since.Time); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// personActor is person p in office o.
func (d *dict) personActor(p *person, o office, how string) parley.Actor {
	country, sector := d.splitCode(o.Code)
	return parley.Actor{
		Code: o.Code, Name: p.Name, Country: country, Sector: sector, Title: o.Title,
		Type: "person", Since: o.Since, Until: o.Until, How: how,
	}
}

// formerActor is person p on a day they held no office: their country
// with sector ELI (elite, former official), from the office that ended
// last before the day, else the first office they were to hold.
func (d *dict) formerActor(p *person, day time.Time) parley.Actor {
	var last *office
	for i, o := range p.Offices {
		if !o.Until.IsZero() && o.Until.Before(day) && (last == nil || o.Until.After(last.Until.Time)) {
			last = &p.Offices[i]
		}
	}
	if last == nil {
		a := d.personActor(p, latestFirst(p.Offices)[len(p.Offices)-1], "dictionary")
		a.How = "office-later"
		return a
	}
	a := d.personActor(p, *last, "former-office")
	if a.Country != "" {
		a.Code, a.Sector = a.Country+"ELI", "ELI"
	}
	a.Title = "former " + last.Title
	return a
}

// near reports whether day is within a year of office o.
func near(o office, day time.Time) bool {
	const year = 366 * 24 * time.Hour
	if day.Before(o.Since.Time) {
		return o.Since.Sub(day) <= year
	}
	return o.Until.IsZero() || day.Sub(o.Until.Time) <= year
}

// fitting returns the person's office that fits the title (and country
// cue) written in the text: the same title first, then a compatible one
// ("Secretary" for "Secretary of State"), latest first; with nearOnly, only
// offices within a year of the document's date.
func (st *state) fitting(p *person, e evidence, nearOnly bool) (office, bool) {
	for _, exact := range []bool{true, false} {
		for _, o := range latestFirst(p.Offices) {
			if nearOnly && !near(o, st.date) {
				continue
			}
			t := st.d.canonicalTitle(o.Title)
			if exact && t != e.title || !titleCompat(t, e.title) {
				continue
			}
			if country, _ := st.d.splitCode(o.Code); e.cue == nil || e.cue.Code == country {
				return o, true
			}
		}
	}
	return office{}, false
}
