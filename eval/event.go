package eval

import (
	"strings"

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
