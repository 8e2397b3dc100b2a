package actor

import "strings"

// personFor returns the docPerson of dictionary person p.
func (st *state) personFor(p *person) *docPerson {
	for _, dp := range st.people {
		if dp.p == p {
			return dp
		}
	}
	dp := &docPerson{p: p, keys: p.names[0], name: p.Name}
	st.people = append(st.people, dp)
	return dp
}

func wordKeysOf(s string) []string {
	var out []string
	for _, w := range wordKeys(s) {
		out = append(out, w.key)
	}
	return out
}

// pick chooses among dictionary people sharing a name: the one in office
// on the document's date, else the one whose office fits the title.
func (st *state) pick(ps []*person, title *agent) *person {
	if len(ps) == 1 {
		return ps[0]
	}
	for _, p := range ps {
		if !st.date.IsZero() {
			if _, ok := p.officeOn(st.date); ok {
				return p
			}
		}
	}
	for _, p := range ps {
		for _, o := range p.Offices {
			if title != nil && titleCompat(st.d.canonicalTitle(o.Title), title) {
				return p
			}
		}
	}
	return ps[0]
}

// matchDoc finds the document person a short name refers to: the same
// name, its last or first word, or a part of it ending in the surname.
func (st *state) matchDoc(keys []string) *docPerson {
	var found *docPerson
	for _, dp := range st.people {
		names := [][]string{dp.keys}
		if dp.p != nil {
			names = dp.p.names
		}
		for _, n := range names {
			if nameMatches(keys, n) {
				if found != nil && found != dp {
					return nil // ambiguous
				}
				found = dp
			}
		}
	}
	return found
}

func nameMatches(short, full []string) bool {
	if len(short) == 0 || len(full) == 0 || len(short) > len(full) {
		return false
	}
	if len(short) == 1 {
		return short[0] == full[len(full)-1] || (short[0] == full[0] && len(full) > 1)
	}
	if short[len(short)-1] != full[len(full)-1] {
		return false
	}
	j := 0
	for _, k := range full {
		if j < len(short) && short[j] == k {
			j++
		}
	}
	return j == len(short)
}

// bySurname returns the dictionary people with surname keys' last word
// whose offices fit title (around the document's date, when it has one); for a one-word name also those whose name starts
// with it, as Chinese and Korean names do ("President Xi").
func (st *state) bySurname(keys []string, title *agent) []*person {
	var out []*person
	ps := st.d.surnames[keys[len(keys)-1]]
	if len(keys) == 1 {
		ps = append(append([]*person(nil), ps...), st.d.firstNames[keys[0]]...)
	}
	for _, p := range ps {
		if containsPerson(out, p) {
			continue
		}
		for _, o := range p.Offices {
			// On a dated document, only someone who held that office
			// around the date: "President Ali" in 2024 is not a president
			// of 1990.
			if titleCompat(st.d.canonicalTitle(o.Title), title) && (st.date.IsZero() || near(o, st.date)) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// titleCompat reports whether two titles can name the same office:
// "Secretary" and "Secretary of State", "Minister" and "Foreign Minister".
func titleCompat(a, b *agent) bool {
	if a == nil || b == nil {
		return false
	}
	if a == b {
		return true
	}
	x, y := a.Canonical, b.Canonical
	if len(x) > len(y) {
		x, y = y, x
	}
	if (x == "Chief" && leaderTitles[y]) || (y == "Chief" && leaderTitles[x]) {
		return true // "the North Korean leader" is its Supreme Leader
	}
	return strings.HasPrefix(y, x+" ") || (x == "Minister" && strings.HasSuffix(y, " Minister"))
}

// leaderTitles are the offices "leader" or "head" can stand for.
var leaderTitles = map[string]bool{"President": true, "Prime Minister": true, "Chancellor": true,
	"King": true, "Queen": true, "Emir": true, "Sultan": true, "Supreme Leader": true, "Crown Prince": true}
