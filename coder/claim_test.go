package coder

import (
	"fmt"
	"testing"
)

// TestClaims pins figure extraction: count, qualifier, as-of date and
// place.
func TestClaims(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, spec string
		want       string // what count qualifier since place; "" for none
	}{
		{"SinceDate",
			"the/DET death/NOUN of/ADP more/ADJ than/ADP 11,000/NUM people/NOUN since/ADP October/PROPN 7/NUM",
			"killed 11000 more than 2023-10-07 "},
		{"Demonym",
			"despite/ADP the/DET deaths/NOUN:death of/ADP over/ADP 19,000/NUM Palestinians/PROPN ,/PUNCT including/VERB women/NOUN",
			"killed 19000 more than  PSE"},
		{"Dozen",
			"resulting/VERB:result in/ADP deaths/NOUN:death of/ADP innocent/ADJ Palestinians/PROPN including/VERB over/ADP a/DET dozen/NUM children/NOUN:child",
			"killed 12 more than  PSE"},
		{"Passive",
			"At/ADP least/ADJ 20/NUM people/NOUN were/AUX:be killed/VERB:kill in/ADP Gaza/PROPN",
			"killed 20 at least  PSE"},
		{"Arrests",
			"Police/NOUN:police arrested/VERB:arrest 15/NUM protesters/NOUN:protester in/ADP Karachi/PROPN",
			"detained 15   PAK"},
		{"TwoDozen",
			"The/DET strikes/NOUN:strike injured/VERB:injure two/NUM dozen/NUM civilians/NOUN:civilian in/ADP Kharkiv/PROPN",
			"injured 24   UKR"},
		{"Displaced",
			"more/ADJ than/ADP 4,000/NUM people/NOUN have/AUX been/AUX:be displaced/VERB:displace in/ADP Darfur/PROPN",
			"displaced 4000 more than  SDN"},
		{"ErrVague", "scores/NOUN:score of/ADP others/NOUN:other injured/VERB:injure", ""},
		{"ErrHundreds", "hundreds/NOUN:hundred of/ADP people/NOUN were/AUX:be killed/VERB:kill", ""},
		{"ErrUnit", "killed/VERB:kill 3/NUM km/NOUN from/ADP the/DET border/NOUN", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, "2023-12-20", tt.spec)
			c.Code(doc)
			got := ""
			if len(doc.Claims) > 0 {
				cl := doc.Claims[0]
				place := ""
				if cl.Place != nil {
					place = cl.Place.Country
				}
				got = fmt.Sprintf("%s %d %s %s %s", cl.What, cl.Count, cl.Qualifier, cl.Since, place)
			}
			if got != tt.want {
				t.Errorf("%s\n got %q\nwant %q", doc.Text, got, tt.want)
			}
			if len(doc.Claims) > 1 {
				t.Errorf("got %d claims, want at most 1", len(doc.Claims))
			}
		})
	}
}
