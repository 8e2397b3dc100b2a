// Package actor finds the actors a document mentions and resolves each to a
// coded actor: CAMEO-style codes built from ISO-3 countries and sectors
// ("PAKGOV", "ISRMIL"), international organisations ("IGOUNO"), regions
// ("MEA") and named groups ("PSEHMS").
//
// Everything it knows comes from embedded, human-readable data files under
// data/: countries.txt, orgs.txt, sectors.txt, agents.txt and people.txt
// (people with dated offices). Resolution runs on a document's sentences:
// dictionary phrases are matched over words with a trie, titles and country
// cues around names give codes to people the dictionary does not know, a
// person's office on the document's date decides their code, and a small
// in-document coreference step links surnames, titles, pronouns, "the two
// leaders" and "his Palestinian counterpart" to the actors named earlier.
// See docs/actors.md.
package actor

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"

	"parley"
)

//go:embed data/*.txt
var dataFS embed.FS

// Resolver resolves actor mentions. It holds only read-only dictionaries,
// so one Resolver serves any number of goroutines.
type Resolver struct {
	d *dict
}

// Match is one dictionary reading of a name: the actor it resolves to on the
// date asked, and the phrase that matched.
type Match struct {
	Actor parley.Actor `json:"actor"`
	// Phrase is the dictionary name or alias that matched.
	Phrase string `json:"phrase"`
}

var defaultOnce struct {
	sync.Once
	r   *Resolver
	err error
}

// Default returns the Resolver built from the embedded dictionaries, loaded
// once.
func Default() (*Resolver, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			defaultOnce.err = err
			return
		}
		defaultOnce.r, defaultOnce.err = Load(sub)
	})
	return defaultOnce.r, defaultOnce.err
}

// Load builds a Resolver from the data files in fsys: countries.txt,
// orgs.txt, sectors.txt and agents.txt are required, people.txt is optional.
// Errors name the file and line.
func Load(fsys fs.FS) (*Resolver, error) {
	d := &dict{countries: map[string]*country{}, orgs: map[string]*org{}}
	read := func(name string, optional bool) ([]byte, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil && optional && errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("actor dictionaries: %w", err)
		}
		return b, nil
	}
	var errs []error
	if b, err := read("countries.txt", false); err != nil {
		return nil, err
	} else {
		cs, err := parseCountries("countries.txt", b)
		errs = append(errs, err)
		for _, c := range cs {
			d.countries[c.Code] = c
		}
	}
	if b, err := read("orgs.txt", false); err != nil {
		return nil, err
	} else {
		os, err := parseOrgs("orgs.txt", b)
		errs = append(errs, err)
		d.orgList = os
		for _, o := range os {
			if d.orgs[o.Code] == nil {
				d.orgs[o.Code] = o
			}
		}
	}
	if b, err := read("sectors.txt", false); err != nil {
		return nil, err
	} else {
		var err error
		d.sectors, err = parseSectors("sectors.txt", b)
		errs = append(errs, err)
	}
	if b, err := read("agents.txt", false); err != nil {
		return nil, err
	} else {
		var err error
		d.agents, err = parseAgents("agents.txt", b)
		errs = append(errs, err)
	}
	if b, err := read("people.txt", true); err != nil {
		return nil, err
	} else if b != nil {
		var err error
		d.people, err = parsePeople("people.txt", b)
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	d.build()
	return &Resolver{d: d}, nil
}

// Country returns the ISO 3166 alpha-3 code of a country name, alias,
// demonym or capital ("Pakistan", "Pakistani", "Islamabad" → "PAK"),
// ignoring case.
func (r *Resolver) Country(name string) (string, bool) {
	for _, e := range r.d.phrases[phraseKey(name)] {
		if e.country != nil {
			return e.country.Code, true
		}
	}
	return "", false
}

// Lookup returns the dictionary readings of name (a person, country,
// organisation or group) on date; a person resolves to the office held that
// day, or, when date is zero, to each of their offices, latest first. When
// the name is no dictionary phrase, Lookup resolves it as a one-sentence
// text ("President of Palestine"), so titles and country cues count. A
// single word that is no name or alias is looked up as a surname.
func (r *Resolver) Lookup(name string, date time.Time) []Match {
	date = calendarDay(date)
	var out []Match
	seen := map[any]bool{}
	ents := r.d.phrases[phraseKey(name)]
	if keys := wordKeysOf(name); len(ents) == 0 && len(keys) == 1 {
		// A surname alone ("Kakar"): everyone the dictionary knows by it.
		for _, p := range r.d.surnames[keys[0]] {
			ents = append(ents, &entry{kind: kPerson, person: p, phrase: p.Name})
		}
	}
	for _, e := range ents {
		var target any = e.person
		switch {
		case e.org != nil:
			target = e.org
		case e.country != nil:
			target = [2]any{e.country, e.kind}
		}
		if seen[target] {
			continue
		}
		seen[target] = true
		switch {
		case e.person != nil:
			p := e.person
			if date.IsZero() {
				offs := append([]office(nil), p.Offices...)
				sort.SliceStable(offs, func(i, j int) bool { return offs[i].Since.After(offs[j].Since.Time) })
				for _, o := range offs {
					out = append(out, Match{Actor: r.d.personActor(p, o, "dictionary"), Phrase: e.phrase})
				}
				continue
			}
			if o, ok := p.officeOn(date); ok {
				out = append(out, Match{Actor: r.d.personActor(p, o, "dated-office"), Phrase: e.phrase})
			} else {
				out = append(out, Match{Actor: r.d.formerActor(p, date), Phrase: e.phrase})
			}
		case e.country != nil || e.org != nil:
			c := cand{kind: cCountry, country: e.country, org: e.org}
			switch e.kind {
			case kOrg:
				c.kind = cOrg
			case kCapital:
				c.kind = cCapital
			case kAdjective:
				c.kind = cDemonym
			case kPlural:
				c.kind = cPlural
			}
			a, _ := r.d.plainActor(&c)
			out = append(out, Match{Actor: a, Phrase: e.phrase})
		}
	}
	if len(out) > 0 {
		return out
	}
	doc := &parley.Document{Text: name}
	if !date.IsZero() {
		doc.Published = parley.Time{Time: date, DateOnly: true}
	}
	r.Resolve(doc)
	for _, a := range doc.Actors {
		out = append(out, Match{Actor: a, Phrase: strings.TrimSpace(name)})
	}
	return out
}
