package coder

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"parley"
	"parley/actor"
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

var (
	claimStagesOnce sync.Once
	claimNLP        *nlp.Pipeline
	claimActors     *actor.Resolver
	claimStagesErr  error
)

// codeText runs nlp, actor resolution and the coder on text, as the
// pipeline does.
func codeText(t *testing.T, published, text string) *parley.Document {
	t.Helper()
	claimStagesOnce.Do(func() {
		if claimNLP, claimStagesErr = nlp.Default(); claimStagesErr == nil {
			claimActors, claimStagesErr = actor.Default()
		}
	})
	if claimStagesErr != nil {
		t.Fatal(claimStagesErr)
	}
	c := *testCoder(t)
	c.Country = claimActors.Country
	doc := &parley.Document{Doc: "test.txt", Text: text}
	if published != "" {
		doc.Published = parley.Time{Time: day(published), DateOnly: true}
	}
	claimNLP.Annotate(doc)
	claimActors.Resolve(doc)
	c.Code(doc)
	return doc
}

// TestClaimsPipeline pins figures on sentences parsed by the real
// pipeline: what a reader of the news would count, and nothing else.
func TestClaimsPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the nlp model")
	}
	tests := []struct {
		name, published, text string
		want                  []string // claimLine with actor
	}{
		{"ArrestCity", "2024-02-05", "Police in Lagos arrested 23 protesters on Monday.",
			[]string{"detained 23   NGA COP"}},
		{"DiedWounded", "2024-02-05", "Two soldiers died and five were wounded in an ambush in Mali, the army said.",
			[]string{"killed 2   MLI -", "injured 5   MLI -"}},
		{"Toll", "2023-09-14", "The death toll from the floods in Libya has risen to more than 4,000.",
			[]string{"killed 4000 more than  LBY -"}},
		{"TwoDozen", "2022-10-01", "Security forces detained two dozen activists in Tehran.",
			[]string{"detained 24   IRN MIL"}},
		{"Lives", "2023-01-31", "The bombing claimed the lives of 31 worshippers in Peshawar.",
			[]string{"killed 31   PAK -"}},
		{"SinceEpoch", "2023-06-01", "More than 1,200 people have been killed in Sudan since April 15, the UN said.",
			[]string{"killed 1200 more than 2023-04-15 SDN -"}},
		{"SinceYear", "", "Some 500 people have been arrested since March 3, 2021, rights groups said.",
			[]string{"detained 500 about 2021-03-03  -"}},
		{"SinceUnknownYear", "", "Some 500 people have been arrested since March 3, rights groups said.",
			[]string{"detained 500 about   -"}},
		{"Missing", "2023-06-20", "A dozen migrants are missing off the coast of Greece.",
			[]string{"missing 12   GRC -"}},
		{"Perpetrator", "2024-01-09", "Russian shelling wounded 11 civilians in Kharkiv.",
			[]string{"injured 11   UKR RUS"}},
		{"Fled", "2023-10-02", "Nearly 1,500 villagers have fled to Chad.",
			[]string{"displaced 1500 nearly  TCD -"}},
		{"Apposition", "2024-02-05", "Nine people, including three children, were killed in Mogadishu.",
			[]string{"killed 9   SOM -"}},
		{"Participle", "2024-02-05", "A 12-year-old boy was among three people killed in the strike on Kharkiv.",
			[]string{"killed 3   UKR -"}},
		{"LivesInside", "2024-02-05", "The war in Yemen has claimed more than 150,000 lives.",
			[]string{"killed 150000 more than  YEM -"}},
		{"ReportedMissing", "2024-02-05", "Over 500 people were reported missing after the floods in Libya.",
			[]string{"missing 500 more than  LBY -"}},
		{"FearedDead", "2024-02-05", "About 200 people are feared dead in Malawi.",
			[]string{"killed 200 about  MWI -"}},
		{"BelievedTo", "2024-02-05", "Some 40 migrants are believed to have drowned off Tunisia; 12 are believed to have been killed.",
			[]string{"killed 40 about  TUN -", "killed 12   TUN -"}},
		{"Bodies", "2024-02-05", "Rescuers pulled 30 bodies from the rubble in Gaza.",
			[]string{"killed 30   PSE -"}},
		{"AgentBy", "2024-02-05", "At least 25 people were killed by Israeli strikes on Gaza City.",
			[]string{"killed 25 at least  PSE ISR"}},
		{"Abducted", "2024-03-08", "Gunmen abducted 287 pupils from a school in Kaduna.",
			[]string{"detained 287   NGA UAF"}},
		{"Coordinated", "2021-08-27", "The bombers attacked the airport in Kabul, killing 13 U.S. troops and at least 60 Afghans.",
			[]string{"killed 13   AFG -", "killed 60 at least  AFG -"}},
		{"Subset", "2024-02-05", "An explosion at a plant in China injured 7 workers, 2 of them critically.",
			[]string{"injured 7   CHN -"}},
		{"Breakdown", "2024-03-27", "A bomber hit a convoy in Pakistan, killing six people, five Chinese nationals and their driver.",
			[]string{"killed 6   PAK -"}},
		{"List", "2024-03-27", "The blast in Quetta killed 5 soldiers, 3 policemen and 2 children.",
			[]string{"killed 5   PAK -", "killed 3   PAK -", "killed 2   PAK -"}},
		{"TollLead", "2023-02-10", "The death toll from the two earthquakes in Turkey rose to 21,000.",
			[]string{"killed 21000   TUR -"}},
		{"TollPutAt", "2024-07-04", "She demanded freedom for all political prisoners, whom rights groups put at about 1,400.",
			[]string{"detained 1400 about   -"}},
		{"Pardoned", "2024-07-04", "The president pardoned 18 political prisoners in Minsk.", nil},
		{"CrossedBorder", "2023-11-01", "More than 165,000 Afghans have crossed the border from Pakistan.",
			[]string{"displaced 165000 more than  AFG -"}},
		{"TroopsCrossed", "2022-02-24", "About 5,000 troops crossed the border into Ukraine.", nil},
		{"ShortScale", "2024-02-05", "Some 1.5m people have been displaced in Sudan.",
			[]string{"displaced 1500000 about  SDN -"}},
		{"NumberKilled", "2024-02-05", "The number of people killed in Libya rose to 56.",
			[]string{"killed 56   LBY -"}},
		{"TollPasses", "2024-02-29", "Gaza death toll passes 30,000.",
			[]string{"killed 30000 more than  PSE -"}},
		{"Range", "2024-02-05", "Between 20 and 30 people were killed in Mali.",
			[]string{"killed 30 up to  MLI -"}},
		{"LostLives", "2024-02-05", "More than 40 people lost their lives in the floods in Brazil.",
			[]string{"killed 40 more than  BRA -"}},
		{"Headline", "2024-02-05", "Three dead, 12 hurt in blast in Karachi.",
			[]string{"killed 3   PAK -", "injured 12   PAK -"}},
		{"HeadlineArrest", "2024-02-05", "Police arrest 12 over riots in Dhaka.",
			[]string{"detained 12   BGD -"}},
		{"Released", "2024-02-05", "Israel freed 39 Palestinian prisoners.", nil},
		{"Jobs", "2024-02-05", "The recession displaced 2 million jobs in Spain.", nil},
		{"Embassies", "2024-02-05", "The government evacuated 2 embassies in Sudan.", nil},
		{"TakenHostage", "2023-10-20", "About 240 people were taken hostage in Israel.",
			[]string{"detained 240 about  ISR -"}},
		{"SuspectsFled", "2024-02-05", "The three suspects fled the scene in Madrid.", nil},
		{"Projection", "2024-02-05", "The flooding is expected to displace 10,000 people in Bangladesh.", nil},
		{"JailedYears", "2024-02-05", "They were jailed for 5 years in Moscow.", nil},
		{"NoOne", "2024-02-05", "No one was killed in the attack on the embassy in Beirut.", nil},
		{"ActiveSubject", "2024-02-05", "Two gunmen killed a police officer in Nairobi.", nil},
		{"Threat", "2024-02-05", "The group threatened to kill 50 hostages.", nil},
		{"Modal", "2024-02-05", "Experts warned the dam failure could kill up to 1,000 people.", nil},
		{"Year", "2024-02-05", "He was arrested in 2019 and released two years later.", nil},
		{"Age", "2024-02-05", "Police arrested a man aged 45 in Paris.", nil},
		{"AgeComma", "2024-02-05", "The victim, 34, was killed in Lyon.", nil},
		{"Vague", "2024-02-05", "Hundreds of people were killed and dozens were arrested.", nil},
		{"Money", "2024-02-05", "A $5 million fund will help the families of those killed.", nil},
		{"Minutes", "2024-02-05", "After a 45-minute gunfight, the suspects were arrested.", nil},
		{"Vote", "2024-02-05", "The Senate voted 70 to 29 to approve the bill.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := codeText(t, tt.published, tt.text)
			var got []string
			for _, cl := range doc.Claims {
				got = append(got, claimLine(cl, true))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
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
	_ = time.Now
}
