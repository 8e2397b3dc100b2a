package coder

import (
	"slices"
	"strings"
	"testing"
)

var (
	khan   = mention{0, 1, "PAKGOV", "Imran Khan"}
	israel = func(i int) mention { return mention{i, i + 1, "ISR", "Israel"} }
)

// TestFrames pins how source and target are found in the parse, one
// syntactic frame per case.
func TestFrames(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name     string
		spec     string
		mentions []mention
		want     []string
	}{
		{"OK",
			"Khan/PROPN/2/nsubj condemned/VERB:condemn/0/root Israel/PROPN/2/obj ./PUNCT/2/punct",
			[]mention{khan, israel(2)}, []string{"111 PAKGOV>ISR"}},
		{"Passive",
			"Israel/PROPN/3/nsubj:pass was/AUX:be/3/aux:pass condemned/VERB:condemn/0/root by/ADP/5/case Pakistan/PROPN/3/obl ./PUNCT/3/punct",
			[]mention{israel(0), {4, 5, "PAK", "Pakistan"}}, []string{"111 PAK>ISR"}},
		{"Coordination",
			"Khan/PROPN/4/nsubj and/CCONJ/3/cc Alvi/PROPN/1/conj condemned/VERB:condemn/0/root Israel/PROPN/4/obj ./PUNCT/4/punct",
			[]mention{khan, {2, 3, "PAKGOV", "Arif Alvi"}, israel(4)}, []string{"111 PAKGOV>ISR", "111 PAKGOV>ISR"}},
		{"Symmetric",
			"Khan/PROPN/2/nsubj met/VERB:meet/0/root Abbas/PROPN/2/obj in/ADP/5/case Riyadh/PROPN/2/obl ./PUNCT/2/punct",
			[]mention{khan, {2, 3, "PSEGOV", "Mahmoud Abbas"}}, []string{"040 PAKGOV>PSEGOV", "040 PSEGOV>PAKGOV"}},
		{"ErrNegated",
			"Khan/PROPN/4/nsubj did/AUX:do/4/aux not/PART/4/advmod condemn/VERB/0/root Israel/PROPN/4/obj ./PUNCT/4/punct",
			[]mention{khan, israel(4)}, nil},
		{"Future",
			"Khan/PROPN/3/nsubj will/AUX/3/aux visit/VERB/0/root China/PROPN/3/obj ./PUNCT/3/punct",
			[]mention{khan, {3, 4, "CHN", "China"}}, []string{"036 PAKGOV>CHN future"}},
		{"ErrBlocked",
			"Hungary/PROPN/2/nsubj blocked/VERB:block/0/root an/DET/5/det EU/PROPN/5/compound statement/NOUN/2/obj criticising/VERB:criticise/5/acl China/PROPN/6/obj ./PUNCT/2/punct",
			[]mention{{0, 1, "HUN", "Hungary"}, {3, 4, "IGOEUREEC", "European Union"}, {6, 7, "CHN", "China"}}, nil},
		{"Issued",
			"Hungary/PROPN/2/nsubj welcomed/VERB:welcome/0/root an/DET/5/det EU/PROPN/5/compound statement/NOUN/2/obj criticising/VERB:criticise/5/acl China/PROPN/6/obj ./PUNCT/2/punct",
			[]mention{{0, 1, "HUN", "Hungary"}, {3, 4, "IGOEUREEC", "European Union"}, {6, 7, "CHN", "China"}}, []string{"051 HUN>IGOEUREEC", "111 IGOEUREEC>CHN"}},
		{"ErrVictimAsAgent",
			"Strikes/NOUN:strike/4/nsubj on/ADP/3/case civilians/NOUN:civilian/1/nmod killed/VERB:kill/0/root 30/NUM/6/nummod people/NOUN:person/4/obj ./PUNCT/4/punct",
			[]mention{{2, 3, "CVL", "civilians"}}, nil},
		{"ErrUnnamedOwner",
			"Beijing/PROPN/2/nsubj suspended/VERB:suspend/0/root talks/NOUN:talk/2/obj after/ADP/7/case Pelosi/PROPN/7/nmod:poss 's/PART/5/case visit/NOUN/2/obl to/ADP/9/case Taiwan/PROPN/7/nmod ./PUNCT/2/punct",
			[]mention{{0, 1, "CHNGOV", "China government"}, {8, 9, "TWN", "Taiwan"}}, nil},
		{"NearestPrepositionPhrase",
			"US/PROPN/2/nsubj imposed/VERB:impose/0/root sanctions/NOUN:sanction/2/obj on/ADP/5/case officials/NOUN:official/3/nmod over/ADP/7/case crackdown/NOUN/2/obl on/ADP/9/case protesters/NOUN:protester/2/obl ./PUNCT/2/punct",
			[]mention{{0, 1, "USA", "United States"}, {4, 5, "IRNGOV", "Iranian officials"}, {8, 9, "CVL", "protesters"}}, []string{"163 USA>IRNGOV"}},
		{"ErrVictimAsTarget",
			"Khan/PROPN/2/nsubj condemned/VERB:condemn/0/root the/DET/4/det killing/NOUN:killing/2/obj of/ADP/6/case leader/NOUN/4/nmod Haniyeh/PROPN/6/appos ./PUNCT/2/punct",
			[]mention{khan, {6, 7, "PSEHMS", "Ismail Haniyeh"}}, nil},
		{"Raising",
			"Khan/PROPN/3/nsubj:pass is/AUX:be/3/aux:pass expected/VERB:expect/0/root to/PART/5/mark meet/VERB:meet/3/xcomp Abbas/PROPN/5/obj ./PUNCT/3/punct",
			[]mention{khan, {5, 6, "PSEGOV", "Mahmoud Abbas"}}, []string{"036 PAKGOV>PSEGOV future", "036 PSEGOV>PAKGOV future"}},
		{"Hearsay",
			"Khan/PROPN/3/nsubj:pass was/AUX:be/3/aux:pass reported/VERB:report/0/root to/PART/6/mark have/AUX/6/aux met/VERB:meet/3/xcomp Abbas/PROPN/6/obj ./PUNCT/3/punct",
			[]mention{khan, {6, 7, "PSEGOV", "Mahmoud Abbas"}}, []string{"040 PAKGOV>PSEGOV reported", "040 PSEGOV>PAKGOV reported"}},
		{"AccusedAfterDenial",
			"Khan/PROPN/2/nsubj denied/VERB:deny/0/root it/PRON/2/obj and/CCONJ/5/cc accused/VERB:accuse/2/conj Israel/PROPN/5/obj ./PUNCT/2/punct",
			[]mention{khan, israel(5)}, []string{"112 PAKGOV>ISR"}},
		{"ReporterNoTarget",
			"Khan/PROPN/2/nsubj fired/VERB:fire/0/root a/DET/4/det missile/NOUN/2/obj on/ADP/6/case Thursday/PROPN/2/obl ,/PUNCT/15/punct the/DET/9/det country/NOUN/14/nmod:poss 's/PART/9/case Joint/PROPN/14/compound Chiefs/PROPN/14/compound of/ADP/14/case Staff/PROPN/15/nsubj said/VERB:say/2/advcl ./PUNCT/2/punct",
			[]mention{khan, {10, 14, "PAKMIL", "Joint Chiefs of Staff"}}, []string{"194 PAKGOV>-"}},
		{"WeaponNoTarget",
			"Khan/PROPN/2/nsubj struck/VERB:strike/0/root a/DET/4/det refinery/NOUN/2/obj with/ADP/6/case drones/NOUN:drone/4/nmod ./PUNCT/2/punct",
			[]mention{khan, {5, 6, "MIL", "forces"}}, []string{"190 PAKGOV>-"}},
		{"PhraseEndingInVerb",
			"US/PROPN/2/nsubj reaffirmed/VERB:reaffirm/0/root its/PRON/4/nmod:poss commitment/NOUN/2/obj to/PART/6/mark defend/VERB/4/acl the/DET/8/det Philippines/PROPN/2/obl ./PUNCT/2/punct",
			[]mention{{0, 1, "USA", "United States"}, {7, 8, "PHL", "Philippines"}}, []string{"0334 USA>PHL"}},
		{"BannedPartyOwner",
			"Khan/PROPN/2/nsubj banned/VERB:ban/0/root the/DET/4/det party/NOUN/2/obj of/ADP/6/case Abbas/PROPN/4/nmod ./PUNCT/2/punct",
			[]mention{khan, {5, 6, "PSEGOV", "Mahmoud Abbas"}}, []string{"1722 PAKGOV>PSEGOV"}},
		{"ErrAnyInteraction",
			"Khan/PROPN/2/nsubj opposed/VERB:oppose/0/root any/DET/4/det form/NOUN/2/obj of/ADP/6/case talks/NOUN:talk/4/nmod with/ADP/8/case Abbas/PROPN/6/nmod ./PUNCT/2/punct",
			[]mention{khan, {7, 8, "PSEGOV", "Mahmoud Abbas"}}, nil},
		{"ObjectPronounNotReporter",
			"Abbas/PROPN/2/nsubj pressed/VERB:press/9/ccomp him/PRON:he/2/obj to/PART/5/mark meet/VERB:meet/2/xcomp Raisi/PROPN/5/obj ,/PUNCT/9/punct Pakistan/PROPN/9/nsubj said/VERB:say/0/root ./PUNCT/9/punct",
			[]mention{{0, 1, "PSEGOV", "Mahmoud Abbas"}, {5, 6, "IRNGOV", "Ebrahim Raisi"}, {7, 8, "PAK", "Pakistan"}}, nil},
		{"Hypothetical",
			"Khan/PROPN/3/nsubj may/AUX/3/aux meet/VERB/0/root Abbas/PROPN/3/obj ./PUNCT/3/punct",
			[]mention{khan, {3, 4, "PSEGOV", "Mahmoud Abbas"}}, []string{"040 PAKGOV>PSEGOV hypothetical", "040 PSEGOV>PAKGOV hypothetical"}},
		{"Control",
			"Khan/PROPN/4/nsubj and/CCONJ/3/cc Raisi/PROPN/1/conj agreed/VERB:agree/0/root to/PART/6/mark work/VERB/4/xcomp together/ADV/6/advmod ./PUNCT/4/punct",
			[]mention{khan, {2, 3, "IRNGOV", "Ebrahim Raisi"}}, []string{"030 PAKGOV>IRNGOV", "030 IRNGOV>PAKGOV"}},
		{"Adverbial",
			"While/SCONJ/2/mark condemning/VERB:condemn/6/advcl Israel/PROPN/2/obj ,/PUNCT/2/punct Khan/PROPN/6/nsubj praised/VERB:praise/0/root Egypt/PROPN/6/obj ./PUNCT/6/punct",
			[]mention{israel(2), {4, 5, "PAKGOV", "Imran Khan"}, {6, 7, "EGY", "Egypt"}}, []string{"111 PAKGOV>ISR", "051 PAKGOV>EGY"}},
		{"Possessive",
			"Abbas/PROPN/2/nsubj appreciated/VERB:appreciate/0/root Pakistan/PROPN/5/nmod:poss 's/PART/3/case support/NOUN/2/obj ./PUNCT/2/punct",
			[]mention{{0, 1, "PSEGOV", "Mahmoud Abbas"}, {2, 3, "PAK", "Pakistan"}}, []string{"051 PSEGOV>PAK"}},
		{"Perpetrator",
			"Khan/PROPN/2/nsubj condemned/VERB:condemn/0/root the/DET/4/det attacks/NOUN:attack/2/obj on/ADP/6/case worshippers/NOUN:worshipper/4/nmod by/ADP/8/case Israel/PROPN/4/nmod ./PUNCT/2/punct",
			[]mention{khan, {5, 6, "CVL", "civilians"}, israel(7)}, []string{"111 PAKGOV>ISR", "180 ISR>CVL"}},
		{"Reported",
			"Khan/PROPN/2/nsubj said/VERB:say/0/root Israel/PROPN/4/nsubj attacked/VERB:attack/2/ccomp Gaza/PROPN/4/obj ./PUNCT/2/punct",
			[]mention{khan, israel(2), {4, 5, "PSE", "Gaza"}}, []string{"190 ISR>PSE reported"}},
		{"Between",
			"A/DET/2/det meeting/NOUN/3/nsubj took/VERB:take/0/root place/NOUN/3/obj between/ADP/6/case Khan/PROPN/3/obl and/CCONJ/8/cc Abbas/PROPN/6/conj ./PUNCT/3/punct",
			[]mention{{5, 6, "PAKGOV", "Imran Khan"}, {7, 8, "PSEGOV", "Mahmoud Abbas"}}, []string{"040 PAKGOV>PSEGOV", "040 PSEGOV>PAKGOV"}},
		{"CallOnVisit",
			"Ambassador/PROPN/3/nsubj Li/PROPN/1/flat called/VERB:call/0/root on/ADP/6/case the/DET/6/det Khan/PROPN/3/obl ./PUNCT/3/punct",
			[]mention{{0, 2, "CHNGOV", "Li Wei"}, {5, 6, "PAKGOV", "Imran Khan"}}, []string{"042 CHNGOV>PAKGOV"}},
		{"CallOnAppeal",
			"Khan/PROPN/2/nsubj called/VERB:call/0/root on/ADP/4/case Israel/PROPN/2/obl to/PART/6/mark halt/VERB/2/xcomp attacks/NOUN:attack/6/obj ./PUNCT/2/punct",
			[]mention{khan, israel(3)}, []string{"020 PAKGOV>ISR"}},
		{"WelcomeToPlace",
			"Xi/PROPN/2/nsubj welcomed/VERB:welcome/0/root Putin/PROPN/2/obj to/ADP/5/case Beijing/PROPN/2/obl ./PUNCT/2/punct",
			[]mention{{0, 1, "CHNGOV", "Xi Jinping"}, {2, 3, "RUSGOV", "Vladimir Putin"}}, []string{"043 CHNGOV>RUSGOV"}},
		{"WelcomeNotPlace",
			"Xi/PROPN/2/nsubj welcomed/VERB:welcome/0/root Putin/PROPN/2/obj to/ADP/5/case talks/NOUN:talk/2/obl ./PUNCT/2/punct",
			[]mention{{0, 1, "CHNGOV", "Xi Jinping"}, {2, 3, "RUSGOV", "Vladimir Putin"}}, []string{"051 CHNGOV>RUSGOV"}},
		{"ErrNoTarget",
			"Khan/PROPN/2/nsubj praised/VERB:praise/0/root the/DET/4/det weather/NOUN/2/obj ./PUNCT/2/punct",
			[]mention{khan}, nil},
		{"ErrSelf",
			"Khan/PROPN/2/nsubj praised/VERB:praise/0/root himself/PRON:himself/2/obj ./PUNCT/2/punct",
			[]mention{khan, {2, 3, "PAKGOV", "Imran Khan"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, "2023-12-20", tt.spec, tt.mentions...)
			c.Code(doc)
			got := eventLines(doc.Events)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", doc.Text, got, tt.want)
			}
		})
	}
}

// TestEventEvidence checks the fields around an event: date, place, PLOVER
// mode and evidence offsets.
func TestEventEvidence(t *testing.T) {
	c := testCoder(t)
	doc := build(t, "2023-12-20",
		"Khan/PROPN/2/nsubj telephoned/VERB:telephone/0/root Raisi/PROPN/2/obj on/ADP/5/case Wednesday/PROPN/2/obl in/ADP/7/case Tehran/PROPN/2/obl ./PUNCT/2/punct",
		khan, mention{2, 3, "IRNGOV", "Ebrahim Raisi"})
	c.Code(doc)
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events %q, want 2", len(doc.Events), eventLines(doc.Events))
	}
	e := doc.Events[0]
	checks := []struct{ field, got, want string }{
		{"cameo", e.CAMEO, "041"},
		{"plover", e.PLOVER.Type + "/" + e.PLOVER.Mode, "CONSULT/phone"},
		{"date", e.Date.String(), "2023-12-20"},
		{"date_source", e.DateSource, "text"},
		{"trigger", e.Trigger, "telephoned"},
		{"trigger offsets", doc.Text[e.TriggerStart:e.TriggerEnd], "telephoned"},
		{"sentence", e.Sentence, doc.Text},
		{"source text", e.Source.Text, "Khan"},
		{"rule", strings.SplitN(e.Rule, ":", 2)[0], "coder/data/patterns.txt"},
	}
	if e.Place != nil {
		checks = append(checks, struct{ field, got, want string }{"place", e.Place.Name + "/" + e.Place.Country, "Tehran/IRN"})
	} else {
		t.Error("place: got nil, want Tehran")
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s: got %q, want %q", ck.field, ck.got, ck.want)
		}
	}
	if !e.Symmetric {
		t.Error("symmetric: got false, want true")
	}
}

// TestEventPlace pins where an event is placed: at the gathering it took
// place during, and not in the place of the topic a talk was about.
func TestEventPlace(t *testing.T) {
	c := testCoder(t)
	abbas := mention{2, 3, "PSEGOV", "Mahmoud Abbas"}
	tests := []struct {
		name, spec, want string
		mentions         []mention // nil: Khan and Abbas as tokens 0 and 2
	}{
		{"Gathering",
			"Khan/PROPN/4/nsubj and/CCONJ/3/cc Abbas/PROPN/1/conj discussed/VERB:discuss/0/root security/NOUN/4/obj during/ADP/8/case a/DET/8/det meeting/NOUN/4/obl in/ADP/10/case Riyadh/PROPN/8/nmod ./PUNCT/4/punct",
			"Riyadh", nil},
		{"Topic",
			"Khan/PROPN/4/nsubj and/CCONJ/3/cc Abbas/PROPN/1/conj discussed/VERB:discuss/0/root the/DET/6/det war/NOUN/4/obj in/ADP/8/case Sudan/PROPN/4/obl ./PUNCT/4/punct",
			"", nil},
		{"TimeNotPlace",
			"Khan/PROPN/2/nsubj expelled/VERB:expel/0/root Abbas/PROPN/2/obj since/SCONJ/6/case the/DET/6/det start/NOUN/2/obl of/ADP/9/case the/DET/9/det war/NOUN/6/nmod in/ADP/11/case Sudan/PROPN/9/nmod ./PUNCT/2/punct",
			"", nil},
		{"DuringVisit",
			"Khan/PROPN/2/nsubj concluded/VERB:conclude/0/root a/DET/4/det visit/NOUN/2/obj to/ADP/6/case China/PROPN/4/nmod ,/PUNCT/10/punct during/ADP/9/case which/PRON/10/obl he/PRON/10/nsubj met/VERB:meet/4/acl:relcl Abbas/PROPN/10/obj ./PUNCT/2/punct",
			"China", []mention{khan, {5, 6, "CHN", "China"}, {8, 9, "PAKGOV", "Imran Khan"}, {10, 11, "PSEGOV", "Mahmoud Abbas"}}},
		{"Place",
			"Khan/PROPN/4/nsubj and/CCONJ/3/cc Abbas/PROPN/1/conj discussed/VERB:discuss/0/root trade/NOUN/4/obj in/ADP/7/case Riyadh/PROPN/4/obl ./PUNCT/4/punct",
			"Riyadh", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tt.mentions
			if ms == nil {
				ms = []mention{khan, abbas}
			}
			doc := build(t, "2024-05-01", tt.spec, ms...)
			c.Code(doc)
			if len(doc.Events) == 0 {
				t.Fatalf("no event in %q", tt.spec)
			}
			for _, e := range doc.Events {
				got := ""
				if e.Place != nil {
					got = e.Place.Name
				}
				if got != tt.want {
					t.Errorf("%s %s>%s placed in %q, want %q", e.CAMEO, e.Source.Code, e.Target.Code, got, tt.want)
				}
			}
		})
	}
}
