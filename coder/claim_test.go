package coder

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"parley"
	"parley/nlp"
)

// TestClaims pins figure extraction on hand-parsed sentences: count,
// qualifier, as-of date and place.
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
		{"Partitive",
			"Three/NUM of/ADP the/DET attackers/NOUN:attacker were/AUX:be killed/VERB:kill",
			"killed 3   "},
		{"Relative",
			"17/NUM Indian/ADJ crew/NOUN members/NOUN:member who/PRON have/AUX been/AUX:be detained/VERB:detain",
			"detained 17   IND"},
		{"Toll",
			"the/DET death/NOUN toll/NOUN rose/VERB:rise to/ADP 300/NUM in/ADP Libya/PROPN",
			"killed 300   LBY"},
		{"ClaimedLives",
			"the/DET blast/NOUN claimed/VERB:claim the/DET lives/NOUN:life of/ADP 31/NUM worshippers/NOUN:worshipper",
			"killed 31   "},
		{"Aside",
			"Nine/NUM people/NOUN ,/PUNCT including/VERB:include three/NUM children/NOUN:child ,/PUNCT were/AUX:be killed/VERB:kill",
			"killed 9   "},
		{"PartitiveOfFigure",
			"Three/NUM of/ADP the/DET injured/ADJ later/ADV succumbed/VERB:succumb",
			"killed 3   "},
		{"ErrSubsetOfFigure", "three/NUM of/ADP the/DET injured/ADJ", ""},
		{"ErrAcrossConjunction",
			"a/DET/2/det dozen/NUM/3/nummod children/NOUN:child/0/root and/CCONJ/5/cc scores/NOUN:score/3/conj of/ADP/7/case others/NOUN:other/5/nmod injured/VERB:injure/3/acl",
			""},
		{"ParsedParticiple",
			"among/ADP/3/case three/NUM/3/nummod people/NOUN/0/root killed/VERB:kill/3/acl in/ADP/7/case the/DET/7/det strike/NOUN/4/obl",
			"killed 3   "},
		{"CompoundVictim",
			"three/NUM border/NOUN guards/NOUN:guard were/AUX:be killed/VERB:kill",
			"killed 3   "},
		{"ErrCompoundUnit", "seized/VERB:seize three/NUM border/NOUN crossings/NOUN:crossing", ""},
		{"ErrVague", "scores/NOUN:score of/ADP others/NOUN:other injured/VERB:injure", ""},
		{"ErrHundreds", "hundreds/NOUN:hundred of/ADP people/NOUN were/AUX:be killed/VERB:kill", ""},
		{"ErrDozens", "dozens/NOUN:dozen were/AUX:be arrested/VERB:arrest", ""},
		{"ErrUnit", "killed/VERB:kill 3/NUM km/NOUN from/ADP the/DET border/NOUN", ""},
		{"ErrActive", "Two/NUM gunmen/NOUN:gunman killed/VERB:kill a/DET police/NOUN officer/NOUN", ""},
		{"ErrNoOne", "no/DET one/NUM was/AUX:be killed/VERB:kill", ""},
		{"ErrNot", "five/NUM soldiers/NOUN:soldier were/AUX:be not/PART injured/VERB:injure", ""},
		{"ErrThreat", "they/PRON threatened/VERB:threaten to/PART kill/VERB:kill 50/NUM hostages/NOUN:hostage", ""},
		{"ErrModal", "the/DET strike/NOUN could/AUX kill/VERB:kill up/ADP to/ADP 1,000/NUM people/NOUN", ""},
		{"ErrYear", "in/ADP 2019/NUM protesters/NOUN:protester were/AUX:be arrested/VERB:arrest", ""},
		{"ErrAge", "a/DET man/NOUN aged/VERB:age 45/NUM was/AUX:be arrested/VERB:arrest", ""},
		{"ErrVote", "lawmakers/NOUN:lawmaker voted/VERB:vote 115/NUM to/ADP 89/NUM ;/PUNCT 89/NUM were/AUX:be detained/VERB:detain", "detained 89   "},
		{"ErrDate", "killed/VERB:kill on/ADP October/PROPN 7/NUM", ""},
		{"ErrMinute", "a/DET 45/NUM -/PUNCT minute/NOUN raid/NOUN killed/VERB:kill", ""},
		{"ErrMoney", "the/DET deaths/NOUN:death of/ADP $/SYM 5/NUM million/NUM", ""},
		{"ErrAgeAfterName", "the/DET death/NOUN of/ADP Raisi/PROPN ,/PUNCT 63/NUM", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, "2023-12-20", tt.spec)
			c.Code(doc)
			got := ""
			if len(doc.Claims) > 0 {
				got = claimLine(doc.Claims[0], false)
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

// claimLine renders a claim as "what count qualifier since place", and
// the actor's code when withActor.
func claimLine(cl parley.Claim, withActor bool) string {
	place := ""
	if cl.Place != nil {
		place = cl.Place.Country
	}
	s := fmt.Sprintf("%s %d %s %s %s", cl.What, cl.Count, cl.Qualifier, cl.Since, place)
	if withActor {
		a := "-"
		if cl.Actor != nil {
			a = cl.Actor.Code
		}
		s += " " + a
	}
	return s
}

// TestParseFigures checks that malformed figure lines are reported at
// file:line.
func TestParseFigures(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"OK", "killed | kill:V | after\n", ""},
		{"OKPhrase", "killed | claim life:N | of\n", ""},
		{"ErrFields", "killed | kill:V\n", "f.txt:1: want WHAT | TRIGGER | FRAME"},
		{"ErrWhat", "# c\nmaimed | maim:V | after\n", "f.txt:2: what \"maimed\""},
		{"ErrFrame", "killed | kill:V | around\n", "f.txt:1: frame \"around\""},
		{"ErrPOS", "killed | kill:X | after\n", "f.txt:1: word \"kill:X\""},
		{"ErrEmpty", "killed |  | after\n", "f.txt:1: empty trigger"},
		{"ErrDup", "killed | kill:V | after\nkilled | kill:V | after\n", "f.txt:2: duplicate of line 1"},
		{"ErrNone", "# nothing\n", "f.txt: no figure triggers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFigures(strings.NewReader(tt.in), "f.txt")
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := ParseFigures(bytes.NewReader(figureData), "coder/data/figures.txt"); err != nil {
		t.Errorf("embedded figures: %v", err)
	}
}

// TestParseEpochs checks the epoch table and its errors.
func TestParseEpochs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"OK", "2022-02-24 | Ukraine, Kyiv\n", ""},
		{"ErrBar", "2022-02-24 Ukraine\n", "e.txt:1: want DATE | CONTEXT WORDS"},
		{"ErrDate", "# c\n24.02.2022 | Ukraine\n", "e.txt:2: date \"24.02.2022\""},
		{"ErrWords", "2022-02-24 | , \n", "e.txt:1: no context words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseEpochs(strings.NewReader(tt.in), "e.txt")
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := epochs(); err != nil {
		t.Errorf("embedded epochs: %v", err)
	}
}

// TestSince pins as-of dates: the year as written, a conflict's epoch,
// the most recent such day before publication, or unknown.
func TestSince(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, published, text, want string }{
		{"Epoch", "", "More than 11,000 people in Gaza have died since October 7.", "2023-10-07"},
		{"EpochLaterYear", "2024-11-20", "Israeli strikes have killed 43,000 people since October 7.", "2023-10-07"},
		{"EpochBefore", "2023-09-01", "In Gaza 30 people were arrested since October 7.", "2022-10-07"},
		{"Published", "2024-03-01", "Police have arrested 40 people since January 12.", "2024-01-12"},
		{"LastYear", "2024-03-01", "Police have arrested 40 people since November 12.", "2023-11-12"},
		{"Written", "", "Police have arrested 40 people since 12 November 2021.", "2021-11-12"},
		{"Attack", "", "Hamas said 9,000 people had been killed since the October 7 attack.", "2023-10-07"},
		{"Unknown", "", "Police have arrested 40 people since November 12.", ""},
		{"None", "2024-03-01", "Police have arrested 40 people.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &parley.Document{Text: tt.text}
			if tt.published != "" {
				doc.Published = parley.Time{Time: day(tt.published)}
			}
			doc.Sentences = nlp.Tokenize(tt.text)
			d := newDocState(c, doc)
			got := d.since(d.sentence(0)).String()
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzParseEpochs checks that the epoch parser never panics.
func FuzzParseEpochs(f *testing.F) {
	f.Add(string(epochData))
	f.Add("2023-10-07 | Gaza\n2023-13-01 | x\n|")
	f.Fuzz(func(t *testing.T, s string) {
		ParseEpochs(strings.NewReader(s), "fuzz")
	})
}

// BenchmarkClaims measures figure extraction over the coder's sentences.
func BenchmarkClaims(b *testing.B) {
	c := testCoder(b)
	doc := build(b, "2023-12-20", "the/DET death/NOUN of/ADP more/ADJ than/ADP 11,000/NUM people/NOUN since/ADP October/PROPN 7/NUM")
	d := newDocState(c, doc)
	s := d.sentence(0)
	b.ResetTimer()
	for range b.N {
		c.claimSentence(d, s)
	}
}

// FuzzClaims checks figure extraction on arbitrary text and arbitrary (even
// broken) parses: it never panics, and every claim counts someone, names
// a known kind of figure and points into the text.
func FuzzClaims(f *testing.F) {
	f.Add("At least 20 people were killed and 30 wounded in Gaza since October 7.", []byte{3, 1, 4})
	f.Add("Police arrested a dozen suspects; the death toll rose to 300.", []byte{9, 9})
	f.Add("The war has claimed more than 500,000 lives", []byte{})
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, text string, seed []byte) {
		doc := &parley.Document{Text: text, Published: parley.Time{Time: day("2024-01-10")}}
		doc.Sentences = nlp.Tokenize(text)
		k := 0
		b := func() int {
			k++
			if len(seed) == 0 {
				return k
			}
			return int(seed[k%len(seed)]) + k
		}
		for si := range doc.Sentences {
			toks := doc.Sentences[si].Tokens
			for i := range toks {
				toks[i].Head = b()%(len(toks)+2) - 1
				toks[i].UPOS = fuzzUPOS[b()%len(fuzzUPOS)]
				toks[i].Deprel = fuzzDeprels[b()%len(fuzzDeprels)]
				toks[i].Lemma = strings.ToLower(toks[i].Text)
			}
		}
		c.Code(doc)
		for _, cl := range doc.Claims {
			if cl.Count < 1 || !contains(figureWhats, cl.What) || cl.Trigger == "" {
				t.Fatalf("bad claim %+v", cl)
			}
			if cl.Start < 0 || cl.End > len(text) || cl.Start > cl.End || !strings.Contains(text, cl.Trigger) {
				t.Fatalf("claim evidence out of range: %+v", cl)
			}
		}
	})
}
