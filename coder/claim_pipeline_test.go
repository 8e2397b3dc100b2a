package coder

import (
	"strings"
	"sync"
	"testing"

	"parley"
	"parley/actor"
	"parley/nlp"
)

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
		want                  []string // claimLine with actor, or " ?" for any actor
	}{
		{"ArrestCity", "2024-02-05", "Police in Lagos arrested 23 protesters on Monday.",
			[]string{"detained 23   NGA ?"}},
		{"DiedWounded", "2024-02-05", "Two soldiers died and five were wounded in an ambush in Mali, the army said.",
			[]string{"killed 2   MLI ?", "injured 5   MLI ?"}},
		{"Toll", "2023-09-14", "The death toll from the floods in Libya has risen to more than 4,000.",
			[]string{"killed 4000 more than  LBY ?"}},
		{"TwoDozen", "2022-10-01", "Security forces detained two dozen activists in Tehran.",
			[]string{"detained 24   IRN ?"}},
		{"Lives", "2023-01-31", "The bombing claimed the lives of 31 worshippers in Peshawar.",
			[]string{"killed 31   PAK ?"}},
		{"SinceEpoch", "2023-06-01", "More than 1,200 people have been killed in Sudan since April 15, the UN said.",
			[]string{"killed 1200 more than 2023-04-15 SDN ?"}},
		{"SinceYear", "", "Some 500 people have been arrested since March 3, 2021, rights groups said.",
			[]string{"detained 500 about 2021-03-03  ?"}},
		{"SinceUnknownYear", "", "Some 500 people have been arrested since March 3, rights groups said.",
			[]string{"detained 500 about   ?"}},
		{"Missing", "2023-06-20", "A dozen migrants are missing off the coast of Greece.",
			[]string{"missing 12   GRC ?"}},
		{"Perpetrator", "2024-01-09", "Russian shelling wounded 11 civilians in Kharkiv.",
			[]string{"injured 11   UKR RUS"}},
		{"CoordinatedSubjects", "2024-10-12", "Two Pakistani soldiers and three Afghan border guards were killed in the clash, officials on both sides said.",
			[]string{"killed 3   AFG ?", "killed 2   PAK ?"}},
		{"VictimsNoPerpetrator", "2024-08-10", "Air strikes on a school sheltering displaced families in the city killed at least 30 people, the civil defence agency said.",
			[]string{"killed 30 at least   -"}},
		{"Fled", "2023-10-02", "Nearly 1,500 villagers have fled to Chad.",
			[]string{"displaced 1500 nearly  TCD ?"}},
		{"Apposition", "2024-02-05", "Nine people, including three children, were killed in Mogadishu.",
			[]string{"killed 9   SOM ?"}},
		{"Participle", "2024-02-05", "A 12-year-old boy was among three people killed in the strike on Kharkiv.",
			[]string{"killed 3   UKR ?"}},
		{"LivesInside", "2024-02-05", "The war in Yemen has claimed more than 150,000 lives.",
			[]string{"killed 150000 more than  YEM ?"}},
		{"ReportedMissing", "2024-02-05", "Over 500 people were reported missing after the floods in Libya.",
			[]string{"missing 500 more than  LBY ?"}},
		{"FearedDead", "2024-02-05", "About 200 people are feared dead in Malawi.",
			[]string{"killed 200 about  MWI ?"}},
		{"BelievedTo", "2024-02-05", "Some 40 migrants are believed to have drowned off Tunisia; 12 are believed to have been killed.",
			[]string{"killed 40 about  TUN ?", "killed 12   TUN ?"}},
		{"Bodies", "2024-02-05", "Rescuers pulled 30 bodies from the rubble in Gaza.",
			[]string{"killed 30   PSE ?"}},
		{"AgentBy", "2024-02-05", "At least 25 people were killed by Israeli strikes on Gaza City.",
			[]string{"killed 25 at least  PSE ISR"}},
		{"Abducted", "2024-03-08", "Gunmen abducted 287 pupils from a school in Kaduna.",
			[]string{"detained 287   NGA ?"}},
		{"Coordinated", "2021-08-27", "The bombers attacked the airport in Kabul, killing 13 U.S. troops and at least 60 Afghans.",
			[]string{"killed 13   AFG ?", "killed 60 at least  AFG ?"}},
		{"Subset", "2024-02-05", "An explosion at a plant in China injured 7 workers, 2 of them critically.",
			[]string{"injured 7   CHN ?"}},
		{"Breakdown", "2024-03-27", "A bomber hit a convoy in Pakistan, killing six people, five Chinese nationals and their driver.",
			[]string{"killed 6   PAK ?"}},
		{"List", "2024-03-27", "The blast in Quetta killed 5 soldiers, 3 policemen and 2 children.",
			[]string{"killed 5   PAK ?", "killed 3   PAK ?", "killed 2   PAK ?"}},
		{"TollLead", "2023-02-10", "The death toll from the two earthquakes in Turkey rose to 21,000.",
			[]string{"killed 21000   TUR ?"}},
		{"TollPutAt", "2024-07-04", "She demanded freedom for all political prisoners, whom rights groups put at about 1,400.",
			[]string{"detained 1400 about   ?"}},
		{"Pardoned", "2024-07-04", "The president pardoned 18 political prisoners in Minsk.", nil},
		{"CrossedBorder", "2023-11-01", "More than 165,000 Afghans have crossed the border from Pakistan.",
			[]string{"displaced 165000 more than  AFG ?"}},
		{"TroopsCrossed", "2022-02-24", "About 5,000 troops crossed the border into Ukraine.", nil},
		{"ShortScale", "2024-02-05", "Some 1.5m people have been displaced in Sudan.",
			[]string{"displaced 1500000 about  SDN ?"}},
		{"NumberKilled", "2024-02-05", "The number of people killed in Libya rose to 56.",
			[]string{"killed 56   LBY ?"}},
		{"TollPasses", "2024-02-29", "Gaza death toll passes 30,000.",
			[]string{"killed 30000 more than  PSE ?"}},
		{"Range", "2024-02-05", "Between 20 and 30 people were killed in Mali.",
			[]string{"killed 30 up to  MLI ?"}},
		{"LostLives", "2024-02-05", "More than 40 people lost their lives in the floods in Brazil.",
			[]string{"killed 40 more than  BRA ?"}},
		{"Headline", "2024-02-05", "Three dead, 12 hurt in blast in Karachi.",
			[]string{"killed 3   PAK ?", "injured 12   PAK ?"}},
		{"HeadlineArrest", "2024-02-05", "Police arrest 12 over riots in Dhaka.",
			[]string{"detained 12   BGD ?"}},
		{"Released", "2024-02-05", "Israel freed 39 Palestinian prisoners.", nil},
		{"Martyred", "2024-02-05", "At least 10 persons were martyred in the attack in Quetta.",
			[]string{"killed 10 at least  PAK ?"}},
		{"ShotDead", "2024-02-05", "Police shot dead 3 protesters in Dhaka.",
			[]string{"killed 3   BGD ?"}},
		{"Succumbed", "2024-02-05", "Three of the injured later succumbed to their wounds in Gaza.",
			[]string{"killed 3   PSE ?"}},
		{"Homeless", "2024-02-05", "The floods left 10,000 people homeless in Pakistan.",
			[]string{"displaced 10000   PAK ?"}},
		{"ForcedToFlee", "2024-02-05", "Nearly 2 million people have been forced to flee their homes in Gaza.",
			[]string{"displaced 2000000 nearly  PSE ?"}},
		{"ForcedFromHomes", "2024-02-05", "The war has forced 1 million people from their homes in Haiti.",
			[]string{"displaced 1000000   HTI ?"}},
		{"TookHostages", "2023-10-20", "Hamas killed 1,200 people in Israel and took around 250 hostages.",
			[]string{"killed 1200   ISR PSEHMS", "detained 250 about  ISR -"}},
		{"DeathSentences", "2024-02-05", "The court handed down 3 death sentences in Cairo.", nil},
		{"RefugeeCamps", "2024-02-05", "Two refugee camps in Chad were flooded.", nil},
		{"Deaths", "2024-02-05", "The ministry recorded 11 deaths in Aleppo.",
			[]string{"killed 11   SYR ?"}},
		{"NounAgent", "2024-02-05", "Iran condemned the killing of 3 journalists by Israeli forces in Lebanon.",
			[]string{"killed 3   LBN ISRMIL"}},
		{"HeadlinePassive", "2024-02-05", "20 Palestinians killed in Israeli strike on Jabalia.",
			[]string{"killed 20   PSE -"}},
		{"HeadlineKills", "2024-02-05", "Israeli strike kills 17 Palestinians in Nuseirat.",
			[]string{"killed 17   PSE ?"}},
		{"Jobs", "2024-02-05", "The recession displaced 2 million jobs in Spain.", nil},
		{"Embassies", "2024-02-05", "The government evacuated 2 embassies in Sudan.", nil},
		{"TakenHostage", "2023-10-20", "About 240 people were taken hostage in Israel.",
			[]string{"detained 240 about  ISR ?"}},
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
			for i, cl := range doc.Claims {
				line := claimLine(cl, true)
				if i < len(tt.want) && strings.HasSuffix(tt.want[i], " ?") {
					// The tagger's reading decides the actor; not pinned.
					line = claimLine(cl, false) + " ?"
				}
				got = append(got, line)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
