package actor

import "strings"

// single reads a one-phrase mention at item k (a country, demonym, capital,
// organisation or name) and returns the next item.
func (f *finder) single(k int) int {
	it := f.its[k]
	if (len(it.ents) == 0 && f.plainCap(k)) || f.get(k, kPerson) != nil {
		end, c := f.name(k)
		if end > k {
			c.weak, c.how = len(c.persons) == 0, "name"
			if t, cues, former, ok := f.postTitle(end); ok && len(c.nameKeys) >= 2 {
				// "Ali Shamkhani, secretary of Iran's Supreme National
				// Security Council": a title after the name.
				c.title, c.cues, c.former, c.weak, c.how = t, cues, former, false, "title"
			}
			f.add(c, k, end)
			return f.ledBy(k, end)
		}
	}
	if len(it.ents) == 0 {
		return k + 1
	}
	if e := f.get(k, kOrg); e != nil {
		if f.key(k-1) == "(" && f.key(k+1) == ")" && dashes[f.key(k+2)] {
			return k + 1 // "NEW DELHI, March 26 (PTI) –": a dateline's agency credit
		}
		if f.plainCap(k-1) && !f.shout && !f.titled && !f.isFirst(k-1) {
			return k + 1 // "Supreme National Security Council" is no UN organ
		}
		if e.org.Type == "region" && f.plainCap(k+1) && !f.shout && !f.titled {
			return k + 1 // "Asia Cup", "Africa Cup of Nations"
		}
		f.add(cand{kind: cOrg, org: e.org, how: "org"}, k, k+1)
		return k + 1
	}
	if e := f.get(k, kCountry); e != nil {
		if f.falseFriend(k) {
			return k + 1
		}
		f.add(cand{kind: cCountry, country: e.country, how: "country"}, k, k+1)
		return k + 1
	}
	if e := f.get(k, kCapital); e != nil {
		if f.isFirst(k) && datelineEnd[f.key(k+1)] {
			f.dateline = e.country
			return k + 1
		}
		if f.falseFriend(k) || f.afterLocative(k) || (f.key(k+1) == "," && f.get(k+2, kCountry) != nil) {
			return k + 1
		}
		f.add(cand{kind: cCapital, country: e.country, how: "metonym"}, k, k+1)
		return k + 1
	}
	if e := f.get(k, kAdjective); e != nil {
		if f.plainCap(k+1) && !f.shout {
			return k + 1 // "Indian Ocean": part of a proper name
		}
		f.add(cand{kind: cDemonym, country: e.country, how: "demonym"}, k, k+1)
		return k + 1
	}
	if e := f.get(k, kPlural); e != nil {
		f.add(cand{kind: cPlural, country: e.country, how: "demonym"}, k, k+1)
		return k + 1
	}
	if e := f.get(k, kAgent); e != nil && !f.modifiesNoun(k, e, false) && !f.insideName(k) {
		f.add(cand{kind: cGroup, agent: e.agent, how: "agent"}, k, k+1)
		return k + 1
	}
	return k + 1
}

// falseFriend reports whether a one-word country or capital at item k is
// part of a longer proper name: "Michael Jordan", "Chad Smith", "Georgia
// Tech", "Washington Post".
func (f *finder) falseFriend(k int) bool {
	if f.shout || f.its[k].n > 1 {
		return false
	}
	if f.plainCap(k+1) && !strings.HasPrefix(f.word(k+1).key, "'") {
		return true
	}
	// "Atlanta, Georgia": a place named after its state, for the names
	// that are also US states or given names.
	if ambiguousNames[f.word(k).key] && f.key(k-1) == "," && f.plainCap(k-2) {
		return true
	}
	if f.plainCap(k-1) && !(f.isFirst(k-1) && stopCaps[f.key(k-1)]) {
		return true
	}
	if f.get(k-1, kPerson) != nil || f.get(k-1, kHonorific) != nil {
		return true
	}
	// "Gulf of Oman", "Sea of Japan", "University of Tehran": a place or
	// body named after the country.
	if f.key(k-1) == "of" && f.plainCap(k-2) && namedAfter[f.word(k-2).key] {
		return true
	}
	return false
}

// namedAfter are the words of names formed "X of <country>" that name no
// actor of the country.
var namedAfter = setOf(`gulf sea strait straits bay isthmus lake university`)

// ambiguousNames are country names that are also US states, given names or
// words; they get the stricter "City, Name" test.
var ambiguousNames = setOf(`georgia jordan chad turkey niger guinea`)

// ledBy reads "the Modi government", "the Biden administration": a name
// (items k..end) right before a government noun. The group takes the
// country of whoever the name resolves to. It returns the next item.
func (f *finder) ledBy(k, end int) int {
	e := f.get(end, kAgentCue)
	if e == nil || e.agent.Sector != "GOV" || f.key(end+1) == "'s" {
		return end
	}
	owner := len(f.out) - 1
	f.add(cand{kind: cGroup, agent: e.agent, items: []int{owner}, how: "agent"}, k, end+1)
	return end + 1
}

// postTitle reads an appositive title after a name at item j:
// ", [the] [cues] [modifiers] title [of [the] <country>['s]]". It returns the
// title, the country cues and whether the office is a former one.
func (f *finder) postTitle(j int) (*agent, []*country, bool, bool) {
	if f.key(j) != "," {
		return nil, nil, false, false
	}
	j++
	if determiners[f.key(j)] {
		j++
	}
	cues, j := f.cuesAt(j)
	former := false
	for f.get(j, kModifier) != nil || f.get(j, kFormer) != nil {
		former = former || f.get(j, kFormer) != nil
		j++
	}
	e := f.get(j, kTitle)
	if e == nil || e.plural {
		return nil, nil, false, false
	}
	j++
	if len(cues) == 0 && f.key(j) == "of" {
		h := j + 1
		if f.key(h) == "the" {
			h++
		}
		if c := f.get(h, kCountry); c != nil {
			cues = []*country{c.country}
		} else if a := f.get(h, kAdjective); a != nil {
			cues = []*country{a.country} // "of the Pakistani cabinet"
		}
	}
	return e.agent, cues, former, true
}

// dashes are the marks that close a dateline ("(Reuters) –").
var dashes = setOf(`– — -`)

// afterLocative reports whether the capital at item k follows a locative,
// directly or through a list of capitals: "visited Moscow and Beijing"
// names two places, not the Chinese government.
func (f *finder) afterLocative(k int) bool {
	j := k - 1
	for (f.key(j) == "and" || f.key(j) == "or" || f.key(j) == ",") && f.get(j-1, kCapital) != nil {
		j -= 2
	}
	return locatives[f.key(j)]
}
