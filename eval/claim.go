package eval

import (
	"strings"

	"parley"
)

// ClaimMiss is a gold claim no produced claim matched. Near lists the
// claims coded from the sentence holding the gold evidence.
type ClaimMiss struct {
	Claim GoldClaim
	Near  []parley.Claim
}

func (r *Report) scoreClaims(g *Gold, name string, d *parley.Document) {
	for i := range g.Claims {
		gc := &g.Claims[i]
		if gc.Doc != name {
			continue
		}
		r.Claims.D++
		miss := ClaimMiss{Claim: *gc}
		ok := false
		for j := range d.Claims {
			c := &d.Claims[j]
			if claimFound(c, gc) {
				ok = true
				break
			}
			if gc.Evidence != "" && strings.Contains(c.Sentence, gc.Evidence) {
				miss.Near = append(miss.Near, *c)
			}
		}
		if ok {
			r.Claims.N++
		} else {
			r.ClaimMisses = append(r.ClaimMisses, miss)
		}
	}
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
