package nlp

import (
	"bytes"
	"strings"
	"testing"

	"parley"
)

// TestRelations pins the syntax the event coder relies on in news-like
// sentences: who is the subject and the object of the main verb, and how
// conjoined actors attach.
func TestRelations(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text     string
		dep, head, rel string
	}{
		{"SubjectOfDenounced", "He strongly denounced the indiscriminate use of force by the occupation forces.", "He", "denounced", "nsubj"},
		{"ObjectOfDenounced", "He strongly denounced the indiscriminate use of force by the occupation forces.", "use", "denounced", "obj"},
		{"SubjectOfMet", "The foreign minister met his Saudi counterpart in Riyadh on Tuesday.", "minister", "met", "nsubj"},
		{"ObjectOfMet", "The foreign minister met his Saudi counterpart in Riyadh on Tuesday.", "counterpart", "met", "obj"},
		{"PassiveSubject", "The talks were hosted by Qatar.", "talks", "hosted", "nsubj:pass"},
		{"PassiveAux", "The talks were hosted by Qatar.", "were", "hosted", "aux:pass"},
		{"Agent", "The talks were hosted by Qatar.", "Qatar", "hosted", "obl:agent"},
		{"ConjoinedSubjects", "FM Qureshi and Secretary Blinken agreed to stay in touch.", "Blinken", "Qureshi", "conj"},
		{"FirstSubject", "FM Qureshi and Secretary Blinken agreed to stay in touch.", "Qureshi", "agreed", "nsubj"},
		{"Xcomp", "FM Qureshi and Secretary Blinken agreed to stay in touch.", "stay", "agreed", "xcomp"},
		{"Possessive", "PM Kakar expressed Pakistan’s unwavering solidarity with the Palestinian people.", "Pakistan", "solidarity", "nmod:poss"},
		{"ObjectOfExpressed", "PM Kakar expressed Pakistan’s unwavering solidarity with the Palestinian people.", "solidarity", "expressed", "obj"},
		{"SubjectOfExpressed", "PM Kakar expressed Pakistan’s unwavering solidarity with the Palestinian people.", "Kakar", "expressed", "nsubj"},
		{"HeldTalksWith", "Iran held talks with Egypt on Monday.", "Egypt", "talks", "nmod"},
		{"TitledSubject", "PM Sharif expressed support for the Afghan people.", "Sharif", "expressed", "nsubj"},
		{"Title", "PM Sharif expressed support for the Afghan people.", "PM", "Sharif", "nmod:desc"},
		{"TitledConjuncts", "President Dr Omar Farooq and President Tarek Haddad of Jordan on Monday had a telephonic conversation.", "Tarek", "Omar", "conj"},
		{"InitialPlural", "Clashes between the two armies continued on Monday.", "Clashes", "continued", "nsubj"},
		{"TalksBetween", "Talks between the two sides resumed in Doha on Monday.", "Talks", "resumed", "nsubj"},
		{"FunctionWordName", "The president held talks with Vietnamese leader To Lam in Beijing on Tuesday.", "Lam", "To", "flat"},
		{"SpeakerConj", "The leader said the presence of foreign forces in the country was illegal and called on the government to expel them.", "called", "said", "conj"},
		{"TitledObject", "Gen. Asim Munir and FM Ishaq Dar met Secretary Antony J Blinken in Washington.", "Antony", "met", "obj"},
		{"TitledSecondConjunct", "Gen. Asim Munir and FM Ishaq Dar met Secretary Antony J Blinken in Washington.", "Ishaq", "Asim", "conj"},
		{"VisitingGuest", "The president met visiting Kenyan President William Ruto in the capital on Tuesday.", "William", "met", "obj"},
		{"VisitingAttribute", "The president met visiting Kenyan President William Ruto in the capital on Tuesday.", "visiting", "William", "amod"},
		{"VisitingMeetingDay", "The president met visiting Kenyan President William Ruto in the capital on Tuesday.", "Tuesday", "met", "obl"},
		{"VisitingPlace", "They avoided visiting Paris during the strike.", "Paris", "visiting", "obj"},
		{"UnseenInitialName", "Xi Jinping held talks with the visiting leader in Beijing.", "Xi", "held", "nsubj"},
		{"PossessorOfSubject", "Ukraine's Zelenskiy thanked Denmark for its new package of military assistance.", "Ukraine", "Zelenskiy", "nmod:poss"},
		{"ReportedSubject", "Air strikes on a school sheltering displaced families in the city killed at least 30 people, the civil defence agency said.", "strikes", "killed", "nsubj"},
		{"ReportedObject", "Air strikes on a school sheltering displaced families in the city killed at least 30 people, the civil defence agency said.", "people", "killed", "obj"},
		{"Reporter", "Air strikes on a school sheltering displaced families in the city killed at least 30 people, the civil defence agency said.", "agency", "said", "nsubj"},
		{"ReportedBareObject", "A car bomb killed 12 people in a market in the capital, police said.", "people", "killed", "obj"},
		{"ReportedCountedObject", "Israeli troops killed three Palestinians in a raid on the camp, the health ministry said.", "Palestinians", "killed", "obj"},
		{"TwoWordTitle", "Saudi Crown Prince Mohammed bin Salman and US President Joe Biden discussed regional security during a meeting in Jeddah.", "Crown", "Prince", "compound"},
		{"TwoWordTitleHead", "Saudi Crown Prince Mohammed bin Salman and US President Joe Biden discussed regional security during a meeting in Jeddah.", "Prince", "Mohammed", "nmod:desc"},
		{"SubjectOfTwoWordTitle", "Saudi Crown Prince Mohammed bin Salman and US President Joe Biden discussed regional security during a meeting in Jeddah.", "Mohammed", "discussed", "nsubj"},
		{"ObjectAfterTitledConjunct", "Saudi Crown Prince Mohammed bin Salman and US President Joe Biden discussed regional security during a meeting in Jeddah.", "security", "discussed", "obj"},
		{"SpeakerAfterDay", "The north fired a short-range ballistic missile into the sea on Thursday, the country's Joint Chiefs of Staff said, hours after the allies began joint military exercises.", "Chiefs", "said", "nsubj"},
		{"ObjectOfAccused", "The ministry on Monday accused the Afghan Taliban of sheltering militants who carried out attacks inside the country.", "Taliban", "accused", "obj"},
		{"GerundOfAccused", "The ministry on Monday accused the Afghan Taliban of sheltering militants who carried out attacks inside the country.", "sheltering", "accused", "advcl"},
		{"ObjectOfGerund", "The ministry on Monday accused the Afghan Taliban of sheltering militants who carried out attacks inside the country.", "militants", "sheltering", "obj"},
		{"PossessedConjunct", "Israel and Lebanon's Hezbollah agreed on Tuesday to a ceasefire.", "Hezbollah", "Israel", "conj"},
		{"PossessorOfConjunct", "Israel and Lebanon's Hezbollah agreed on Tuesday to a ceasefire.", "Lebanon", "Hezbollah", "nmod:poss"},
		{"ObjectBeforeSince", "Moscow has expelled more than a dozen British diplomats since the start of the war.", "diplomats", "expelled", "obj"},
		{"SinceOblique", "Moscow has expelled more than a dozen British diplomats since the start of the war.", "since", "start", "case"},
		{"RelativeDuringWhich", "The prime minister returned home after concluding an official visit to China, during which he met the president.", "met", "visit", "acl:relcl"},
		{"ActiveNotPassive", "Pakistan's military accused Indian forces of unprovoked firing that wounded three civilians.", "Pakistan", "accused", "nsubj"},
		{"SubjectBeforeRelative", "The rebels, who control much of the north, have attacked convoys on the highway since March.", "rebels", "attacked", "nsubj"},
		{"RelativeOnSubject", "The rebels, who control much of the north, have attacked convoys on the highway since March.", "control", "rebels", "acl:relcl"},
		{"PerfectNotAdjective", "The rebels, who control much of the north, have attacked convoys on the highway.", "convoys", "attacked", "obj"},
		{"PerfectSubject", "The rebels, who control much of the north, have attacked convoys on the highway.", "rebels", "attacked", "nsubj"},
		{"RelativeOnName", "The talks followed the death of President Ali Haddad, who died in a crash on Sunday.", "died", "Ali", "acl:relcl"},
		{"ClauseAfterRelative", "The ministry did not condemn the strikes on the port, which hit a school, instead expressing regret over the deaths.", "expressing", "condemn", "advcl"},
		{"FrontedClause", "After meeting Prime Minister Ali Haddad in New Delhi, the German chancellor flew to Tokyo.", "meeting", "flew", "advcl"},
		{"SubjectAfterFronted", "After meeting Prime Minister Ali Haddad in New Delhi, the German chancellor flew to Tokyo.", "chancellor", "flew", "nsubj"},
		{"SubjectAfterClauseMark", "The army accused the rebels of harbouring fighters after a clash at the border post killed two soldiers.", "clash", "killed", "nsubj"},
		{"ClauseMarkedByAfter", "Officials blamed the rebels for the blast after an attack on the convoy killed three guards.", "killed", "blamed", "advcl"},
		{"ObjectBeforeNextMonth", "The Indian prime minister will visit Russia next month.", "Russia", "visit", "obj"},
		{"NextMonthOblique", "The Indian prime minister will visit Russia next month.", "month", "visit", "obl:unmarked"},
		{"DueToVisit", "The Kenyan president is due to visit Ethiopia in March.", "visit", "due", "xcomp"},
		{"CounterpartNoun", "The agreement was signed by Egyptian Foreign Minister Badr Abdelatty and his Jordanian counterpart Ayman Safadi on Wednesday.", "counterpart", "Ayman", "nmod:desc"},
		{"MarkNotCase", "Clashes broke out in Nairobi after police arrested an opposition leader.", "after", "arrested", "mark"},
		{"ClauseAfterMainVerb", "Clashes broke out in Nairobi after police arrested an opposition leader.", "arrested", "broke", "advcl"},
		{"SubjectBeforeMarkedClause", "Protests erupted in Amman after police arrested a prominent activist.", "Protests", "erupted", "nsubj"},
		{"ListedSubject", "The United States, Argentina and Panama condemned the detention.", "Argentina", "States", "conj"},
		{"CompoundGerund", "Sri Lanka signed a debt restructuring deal with China's Export-Import Bank.", "deal", "signed", "obj"},
		{"UnseenDemonymBeforeTitle", "Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Mohamud in Ankara.", "Ethiopian", "Abiy", "amod"},
		{"UnseenDemonymGuest", "Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud in Ankara for talks.", "Abiy", "hosted", "obj"},
		{"UnseenNameNotAdverb", "Prabowo later spoke by phone with US President Joe Biden.", "Prabowo", "spoke", "nsubj"},
		{"AppositiveClaimNoun", "Kosovo's government accused Belgrade of backing the attackers, a charge Serbia denied.", "charge", "accused", "appos"},
		{"AppositiveClaimRelative", "Kosovo's government accused Belgrade of backing the attackers, a charge Serbia denied.", "denied", "charge", "acl:relcl"},
		{"LastBeforeParticiple", "Talks between the two ministers were last held in February.", "last", "held", "advmod"},
		{"MarkedClauseAfterAppositive", "Kenyan President William Ruto hosted Sudan's army chief Abdel Fattah al-Burhan in Nairobi on Wednesday, days after Burhan's rival, RSF leader Mohamed Hamdan Dagalo, toured several African capitals.", "rival", "toured", "nsubj"},
		{"TearGasCompound", "Police used tear gas to disperse demonstrators.", "Police", "used", "nsubj"},
		{"BareParticipleConjOnObject", "Ambassador Jiang appreciated Pakistan's efforts and reaffirmed China's support for Pakistan's sovereignty.", "reaffirmed", "appreciated", "conj"},
		{"ListItemAfterDeterminer", "Jordan, Egypt, Saudi Arabia, the United Arab Emirates and Turkey on Tuesday condemned the visit.", "Emirates", "Jordan", "conj"},
		{"PerfectWithAdverb", "Ottawa had earlier expelled six Indian diplomats.", "diplomats", "expelled", "obj"},
		{"ParticipleAfterNounRoot", "Belgian police used water cannon to disperse protesters who pelted officers with eggs.", "police", "used", "nsubj"},
		{"VerbConjOnObject", "South Africa's foreign minister Naledi Pandor welcomed the decision and called on the UN Security Council to enforce it.", "called", "welcomed", "conj"},
		{"ControlVerbConjoined", "President Bola Tinubu condemned the killings and ordered security forces to hunt down the perpetrators.", "ordered", "condemned", "conj"},
		{"ControlVerbObject", "President Bola Tinubu condemned the killings and ordered security forces to hunt down the perpetrators.", "forces", "ordered", "obj"},
		{"ControlVerbComplement", "The minister condemned the attack and urged police to arrest the gunmen.", "arrest", "urged", "xcomp"},
		{"ParticipleOnOrderer", "Niger's military rulers ordered the French ambassador to leave the country within 48 hours, accusing Paris of acting against Niger's interests.", "accusing", "ordered", "advcl"},
		{"TitledFirstConjunct", "President Dr Omar Farooq and President Tarek Haddad of Jordan on Monday had a telephonic conversation.", "Omar", "had", "nsubj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &parley.Document{Text: tt.text}
			p.Annotate(doc)
			s := doc.Sentences[0]
			d, h := find(s, tt.dep), find(s, tt.head)
			if d < 0 || h < 0 {
				t.Fatalf("%q or %q not among the tokens of %q", tt.dep, tt.head, tt.text)
			}
			got := s.Tokens[d]
			if got.Head != h || got.Deprel != tt.rel {
				head := "ROOT"
				if got.Head >= 0 {
					head = s.Tokens[got.Head].Text
				}
				t.Errorf("%q: %s --%s--> %s, want --%s--> %s", tt.text, tt.dep, got.Deprel, head, tt.rel, tt.head)
			}
		})
	}
}

func find(s parley.Sentence, text string) int {
	for i, t := range s.Tokens {
		if t.Text == text {
			return i
		}
	}
	return -1
}

// TestAnnotateTree checks the invariants of every parse: one root, heads in
// range, no cycles, every token analysed, offsets matching the text.
func TestAnnotateTree(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Leaders Meet\n\nBEIRUT (Wire) – Mr. Aoun, who arrived on Monday, met U.S. envoys. They didn't agree; talks will resume... “Why?” he asked.\n"
	doc := &parley.Document{Text: text}
	p.Annotate(doc)
	if len(doc.Sentences) < 4 {
		t.Fatalf("got %d sentences, want at least 4", len(doc.Sentences))
	}
	for _, s := range doc.Sentences {
		roots := 0
		for i, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text || tok.UPOS == "" || tok.Lemma == "" || tok.Deprel == "" {
				t.Errorf("token %d %+v incomplete", i, tok)
			}
			if tok.Head == -1 {
				roots++
				if tok.Deprel != "root" {
					t.Errorf("root %q has relation %q", tok.Text, tok.Deprel)
				}
				continue
			}
			if tok.Head < 0 || tok.Head >= len(s.Tokens) || tok.Head == i {
				t.Fatalf("token %d head %d out of range", i, tok.Head)
			}
			for k, steps := tok.Head, 0; k != -1; k, steps = s.Tokens[k].Head, steps+1 {
				if steps > len(s.Tokens) {
					t.Fatalf("cycle through token %d in %q", i, s.Text(doc))
				}
			}
		}
		if roots != 1 {
			t.Errorf("%q has %d roots", s.Text(doc), roots)
		}
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	in := "# sent_id = a-1\n# text = They don't.\n1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in), "in")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 4 || sents[0].Words[1].Head != -1 || sents[0].Words[0].Head != 2 {
		t.Fatalf("got %+v", sents)
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, sents); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(&out, "out")
	if err != nil || len(again) != 1 || len(again[0].Multiword) != 1 || again[0].Words[2].Text != "n't" {
		t.Fatalf("round trip: %v %+v", err, again)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ErrColumns", "1\tx\n", "in:1: want 10 tab-separated columns"},
		{"ErrID", "2\tx\tx\tX\t_\t_\t0\troot\t_\t_\n", "in:1: word ID"},
		{"ErrHead", "1\tx\tx\tX\t_\t_\t5\troot\t_\t_\n\n", "head 5 outside"},
		{"ErrHeadText", "1\tx\tx\tX\t_\t_\tq\troot\t_\t_\n", "bad HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.in), "in")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add("# text = a\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t0\troot\t_\t_\n2\tn't\t_\t_\t_\t_\t1\tadvmod\t_\t_\n1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteCoNLLU(&out, sents); err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			for _, w := range s.Words {
				if w.Head < -1 || w.Head >= len(s.Words) {
					t.Fatalf("head %d out of range", w.Head)
				}
			}
		}
	})
}
