package eval

import (
	"strings"
	"unicode"

	"parley"
)

// codeMatch reports whether code starts with one of prefixes; nil prefixes
// accept anything. A prefix starting with "---" stands for any three-letter
// country followed by the rest ("---REB" accepts "AFGREB" and "REB...").
func codeMatch(code string, prefixes []string) bool {
	if prefixes == nil {
		return true
	}
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
		if rest, ok := strings.CutPrefix(p, "---"); ok && len(code) >= 3 && strings.HasPrefix(code[3:], rest) {
			return true
		}
	}
	return false
}

// actorMatch reports whether an event's source or target is acceptable:
// nil prefixes accept any actor or none; otherwise the actor must be there
// and its code must match.
func actorMatch(a *parley.EventActor, prefixes []string) bool {
	if prefixes == nil {
		return true
	}
	return a != nil && codeMatch(a.Code, prefixes)
}

// eventMatches reports whether produced event e matches gold event g: its
// CAMEO code starts with one of g's prefixes, its date is g's (when g gives
// one), and its source and target match (in either direction when g is
// symmetric).
func eventMatches(e *parley.Event, g *GoldEvent) bool {
	if !codeMatch(e.CAMEO, g.CAMEO) || !dateMatch(e.Date, g) {
		return false
	}
	if actorMatch(e.Source, g.Source) && actorMatch(e.Target, g.Target) {
		return true
	}
	return g.Symmetric && actorMatch(e.Source, g.Target) && actorMatch(e.Target, g.Source)
}

func dateMatch(d parley.Date, g *GoldEvent) bool {
	s := d.String()
	if g.Date != "" && s != g.Date {
		return false
	}
	if g.DateRange[0] != "" && (s == "" || s < g.DateRange[0] || s > g.DateRange[1]) {
		return false
	}
	return true
}

// titles are words that name an office, not a person; they never make two
// names match.
var titles = map[string]bool{
	"president": true, "prime": true, "minister": true, "pm": true, "fm": true, "dr": true,
	"secretary": true, "foreign": true, "general": true, "state": true, "vice": true,
	"deputy": true, "chancellor": true, "premier": true, "king": true, "queen": true,
	"prince": true, "princess": true, "crown": true, "sheikh": true, "emir": true,
	"sultan": true, "ambassador": true, "envoy": true, "chief": true, "senator": true,
	"governor": true, "mayor": true, "chairman": true, "chairperson": true, "mr": true,
	"mrs": true, "ms": true, "sir": true, "lord": true, "the": true, "and": true,
	"for": true, "his": true, "her": true, "its": true, "counterpart": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "leader": true,
	"commander": true, "army": true, "defence": true, "defense": true,
}

// nameWords returns the lower-case words of s that can identify a name:
// letters only, three or more of them, titles aside.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 3 && !titles[w] {
			out = append(out, w)
		}
	}
	return out
}

// actorFound reports whether a produced actor matches gold actor g: its code
// starts with one of g's codes and its name shares a whole word of three or
// more letters (titles aside) with g's name or one of its aliases.
func actorFound(a *parley.Actor, g *GoldActor) bool {
	if !codeMatch(a.Code, g.Code) {
		return false
	}
	gold := map[string]bool{}
	for _, n := range append([]string{g.Name}, g.Aliases...) {
		for _, w := range nameWords(n) {
			gold[w] = true
		}
	}
	for _, w := range nameWords(a.Name) {
		if gold[w] {
			return true
		}
	}
	return false
}

// qualifiers maps the ways articles hedge a figure to one canonical form.
var qualifiers = map[string]string{
	"over": "more than", "more than": "more than", "above": "more than", "in excess of": "more than",
	"upwards of": "more than", "at least": "at least", "no fewer than": "at least", "no less than": "at least",
	"about": "about", "around": "about", "approximately": "about", "some": "about", "roughly": "about",
	"nearly": "nearly", "almost": "nearly", "close to": "nearly", "up to": "up to", "as many as": "up to",
	"fewer than": "less than", "less than": "less than", "under": "less than",
}

func normQualifier(q string) string {
	q = strings.Join(strings.Fields(strings.ToLower(q)), " ")
	if n, ok := qualifiers[q]; ok {
		return n
	}
	return q
}

// claimFound reports whether produced claim c matches gold claim g: same
// kind of figure (what) and count, and, where g gives them, the same
// qualifier (synonyms such as "over" and "more than" agree), the same as-of
// date, and a place whose country code or name is g's place.
func claimFound(c *parley.Claim, g *GoldClaim) bool {
	if !strings.EqualFold(c.What, g.What) || c.Count != g.Count {
		return false
	}
	if g.Qualifier != "" && normQualifier(c.Qualifier) != normQualifier(g.Qualifier) {
		return false
	}
	if g.Since != "" && c.Since.String() != g.Since {
		return false
	}
	if g.Place != "" {
		if c.Place == nil {
			return false
		}
		if !strings.EqualFold(c.Place.Country, g.Place) && !strings.EqualFold(c.Place.Name, g.Place) {
			return false
		}
	}
	return true
}
