package eval

import (
	"strings"
	"unicode"

	"parley"
)

// ActorMiss is a gold actor no produced actor matched. Near lists the
// document's actors that share a name word with it (under another code).
type ActorMiss struct {
	Actor GoldActor
	Near  []parley.Actor
}

func (r *Report) scoreActors(g *Gold, name string, d *parley.Document) {
	for i := range g.Actors {
		ga := &g.Actors[i]
		if ga.Doc != name {
			continue
		}
		r.Actors.D++
		miss := ActorMiss{Actor: *ga}
		ok := false
		for j := range d.Actors {
			a := &d.Actors[j]
			if actorFound(a, ga) {
				ok = true
				break
			}
			if sharesWord(a, ga) {
				miss.Near = append(miss.Near, *a)
			}
		}
		if ok {
			r.Actors.N++
		} else {
			r.ActorMisses = append(r.ActorMisses, miss)
		}
	}
}

// actorFound reports whether a produced actor matches gold actor g: its code
// starts with one of g's codes and its name shares a whole word of three or
// more letters (titles aside) with g's name or one of its aliases.
func actorFound(a *parley.Actor, g *GoldActor) bool {
	return codeMatch(a.Code, g.Code) && sharesWord(a, g)
}

// sharesWord reports whether a's name shares a name word with g's name or
// one of its aliases.
func sharesWord(a *parley.Actor, g *GoldActor) bool {
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
