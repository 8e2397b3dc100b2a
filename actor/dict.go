package actor

import (
	"strings"
)

// kind is what a dictionary entry names.
type kind uint8

const (
	kCountry   kind = iota // "Pakistan", "US"
	kAdjective             // "Pakistani"
	kPlural                // "Pakistanis"
	kCapital               // "Islamabad"
	kOrg                   // "OIC", "Hamas", "Middle East"
	kPerson                // "Imran Khan", "Imran"
	kTitle                 // "prime minister"
	kAgent                 // "police"
	kAgentCue              // "people" (needs a country)
	kPeer                  // "counterpart"
	kHonorific             // "Dr"
	kModifier              // "caretaker"
	kFormer                // "former"
	kIgnore                // "Turkish delight": no actor
)

// entry is one phrase of a dictionary and what it names.
type entry struct {
	kind    kind
	phrase  string   // as written in the data file
	cases   []casing // one per word
	plural  bool     // for titles: "ambassadors", "heads of state"
	country *country
	org     *org
	agent   *agent
	person  *person
}

// node is a node of the word trie.
type node struct {
	next map[string]*node
	ents []*entry
}

// dict holds the loaded dictionaries and the trie over all their phrases.
type dict struct {
	root       node
	countries  map[string]*country // by code
	orgs       map[string]*org     // by code: the first line with it
	orgList    []*org              // every line of orgs.txt; organs share their body's code
	sectors    map[string]string
	agents     []*agent
	people     []*person
	phrases    map[string][]*entry  // joined keys → entries
	surnames   map[string][]*person // last word of a name or alias → people
	firstNames map[string][]*person // first word of a canonical name → people
	titles     map[string]*agent    // canonical title key → title agent
}

// add puts phrase into the trie and the phrase index.
func (d *dict) add(phrase string, e *entry) {
	ws := wordKeys(phrase)
	if len(ws) == 0 {
		return
	}
	e.phrase = phrase
	n := &d.root
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = w.key
		e.cases = append(e.cases, casingOf(w.text))
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w.key]
		if c == nil {
			c = &node{}
			n.next[w.key] = c
		}
		n = c
	}
	n.ents = append(n.ents, e)
	k := strings.Join(keys, " ")
	d.phrases[k] = append(d.phrases[k], e)
}

// phraseKey returns the index key of a phrase.
func phraseKey(s string) string {
	ws := wordKeys(s)
	keys := make([]string, 0, len(ws))
	for _, w := range ws {
		keys = append(keys, w.key)
	}
	return strings.Join(keys, " ")
}

// build fills the trie from the parsed files.
func (d *dict) build() {
	d.phrases = map[string][]*entry{}
	d.surnames = map[string][]*person{}
	d.firstNames = map[string][]*person{}
	d.titles = map[string]*agent{}
	for _, c := range d.countries {
		for _, s := range c.Names {
			d.add(s, &entry{kind: kCountry, country: c})
		}
		for _, s := range c.Adjectives {
			d.add(s, &entry{kind: kAdjective, country: c})
		}
		for _, s := range c.Plurals {
			d.add(s, &entry{kind: kPlural, country: c})
		}
		for _, s := range c.Capitals {
			d.add(s, &entry{kind: kCapital, country: c})
		}
	}
	for _, o := range d.orgList {
		for _, s := range o.Names {
			d.add(s, &entry{kind: kOrg, org: o})
		}
	}
	for _, a := range d.agents {
		k := agentKinds[a.Kind]
		if k == kTitle {
			d.titles[phraseKey(a.Canonical)] = a
		}
		for _, s := range a.Aliases {
			d.add(s, &entry{kind: k, agent: a, plural: k == kTitle && isPluralTitle(s)})
		}
	}
	for _, p := range d.people {
		if ks := wordKeysOf(p.Name); len(ks) > 1 {
			d.firstNames[ks[0]] = append(d.firstNames[ks[0]], p)
		}
		p.names = nil
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			p.names = append(p.names, wordKeysOf(s))
			d.add(s, &entry{kind: kPerson, person: p})
			ws := wordKeys(s)
			if len(ws) > 1 {
				last := ws[len(ws)-1].key
				if !containsPerson(d.surnames[last], p) {
					d.surnames[last] = append(d.surnames[last], p)
				}
			}
		}
	}
}

func containsPerson(ps []*person, p *person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// isPluralTitle reports whether a title alias names several people: its
// head noun (the last word, or the word before "of"/"for") ends in "s".
func isPluralTitle(s string) bool {
	if casingOf(s) == allCaps {
		return strings.HasSuffix(s, "s") // "MPs"
	}
	f := strings.Fields(strings.ToLower(s))
	head := f[len(f)-1]
	for i, w := range f {
		if (w == "of" || w == "for") && i > 0 {
			head = f[i-1]
			break
		}
	}
	return strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// shoutStop lists all-caps abbreviations that are also English words; in a
// headline written in capitals they are read as words.
var shoutStop = map[string]bool{"who": true, "us": true, "is": true, "it": true, "pa": true, "au": true, "eu": false, "sco": false, "he": true, "ms": true}

// match returns the longest dictionary phrase starting at word i whose
// casing fits the text, as its word count and entries.
func (d *dict) match(ws []word, i int, shout bool) (int, []*entry) {
	n := &d.root
	bestLen := 0
	var best []*entry
	for j := i; j < len(ws); j++ {
		c := n.next[ws[j].key]
		if c == nil {
			break
		}
		n = c
		var ok []*entry
		for _, e := range n.ents {
			if entryFits(e, ws[i:j+1], shout) {
				ok = append(ok, e)
			}
		}
		if len(ok) > 0 {
			bestLen, best = j+1-i, ok
		}
	}
	return bestLen, best
}

func entryFits(e *entry, ws []word, shout bool) bool {
	for k, w := range ws {
		c := e.cases[k]
		if shout {
			if c == allCaps && len(ws) == 1 && shoutStop[w.key] {
				return false
			}
			continue
		}
		if !fits(c, w.text) {
			return false
		}
	}
	return true
}

// canonicalTitle maps an office title as written ("Caretaker Prime
// Minister", "PM") to its title entry, skipping modifiers; nil when it names
// no known title ("Chairman of Pakistan Tehreek-e-Insaf").
func (d *dict) canonicalTitle(s string) *agent {
	ws := wordKeys(s)
	for i := 0; i < len(ws); {
		n, ents := d.match(ws, i, true)
		if n == 0 {
			i++
			continue
		}
		for _, e := range ents {
			if e.kind == kTitle {
				return e.agent
			}
		}
		i += n
	}
	return nil
}

// personsNamed returns the people one of whose names is written keys:
// exactly, or as first and last word of a longer written name ("Antony J
// Blinken" is "Antony Blinken"); middle initials are already dropped.
func (d *dict) personsNamed(keys []string) []*person {
	var out []*person
	for _, e := range d.phrases[strings.Join(keys, " ")] {
		if e.person != nil && !containsPerson(out, e.person) {
			out = append(out, e.person)
		}
	}
	if len(out) > 0 || len(keys) < 2 {
		return out
	}
	for _, p := range d.surnames[keys[len(keys)-1]] {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			ws := wordKeys(s)
			if len(ws) > 1 && ws[0].key == keys[0] && ws[len(ws)-1].key == keys[len(keys)-1] && !containsPerson(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// splitCode returns the country and sector an actor code stands for.
func (d *dict) splitCode(code string) (country, sector string) {
	if o := d.orgs[code]; o != nil {
		return o.Country, o.Sector
	}
	if strings.HasPrefix(code, "IGO") {
		return "", "IGO"
	}
	if len(code) >= 3 && d.countries[code[:3]] != nil {
		country = code[:3]
		if len(code) >= 6 && d.sectors[code[3:6]] != "" {
			sector = code[3:6]
		}
		return country, sector
	}
	if len(code) >= 3 && d.sectors[code[:3]] != "" {
		return "", code[:3]
	}
	return "", ""
}
