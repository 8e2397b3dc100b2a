package coder

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// personNouns count people: a figure's count must count them ("killed 20
// civilians"), not things ("evacuated 2 embassies", "displaced 2 million
// jobs").
var personNouns = []string{
	"people", "person", "persons", "child", "children", "kid", "baby", "babies", "infant", "woman", "women",
	"man", "men", "girl", "boy", "teen", "youth", "adult", "minor", "elderly", "police", "crew", "staff",
	"family", "families", "life", "lives", "body", "bodies", "other", "others", "victim", "individual",
	"citizen", "national", "troop", "troops", "personnel", "guard", "cadet", "pupil", "hostage", "refugee",
	"migrant", "associate", "colleague", "relative", "patient", "inmate", "captive", "gunman", "gunmen",
	"pilgrim", "tourist", "settler", "clergy", "monk", "nun", "priest", "imam", "medic", "nurse", "rebel",
	"extremist", "terrorist", "separatist", "combatant", "official", "deputy", "mp", "diplomat", "envoy",
	"chief", "head", "suspect", "survivor", "casualty", "casualties", "fatality", "fatalities", "mourner",
	"spectator", "fan", "commuter", "evacuee", "orphan", "sibling", "brother", "sister", "father", "mother",
	"son", "daughter", "husband", "wife", "parent", "grandparent", "cousin", "student", "resident", "civilian",
	"militant", "soldier", "fighter", "jihadist", "journalist", "activist", "protester", "protestor",
	"demonstrator", "worker", "member", "officer", "farmer", "villager", "passenger", "worshipper",
	"peacekeeper", "insurgent", "militiaman", "militiamen", "policeman", "policemen", "fisherman", "fishermen",
	"serviceman", "servicemen", "dead", "injured", "wounded", "missing", "displaced", "detainee", "prisoner",
	"hostages", "household", "inhabitant", "local", "occupant", "faithful", "youngster", "toddler", "newborn",
}

// personSuffixes end nouns that name people: "protester", "demonstrator",
// "journalist", "civilian", "detainee", "migrant", "resident",
// "fisherman".
var personSuffixes = []string{"er", "or", "ist", "ian", "ee", "ant", "ent", "man", "men", "ite", "ese", "ier", "ic"}

// personLike reports whether token t names people: a name or nationality
// ("Palestinians", "Rohingya"), a person noun, or a noun with a person
// suffix.
func (d *docState) personLike(s *sent, t int) bool {
	text := s.toks[t].Text
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) || s.toks[t].UPOS == "PROPN" {
		return true
	}
	l := s.lemmas[t]
	if slices.Contains(personNouns, l) || slices.Contains(personNouns, strings.ToLower(text)) {
		return true
	}
	if _, ok := d.c.places.Demonym(text); ok {
		return true
	}
	for _, suf := range personSuffixes {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}
