package coder

import (
	"regexp"
	"slices"
	"strings"

	"parley"
)

// locatives are the prepositions that introduce where something happened.
var locatives = []string{"in", "at", "inside", "near", "across", "outside", "into"}

// mannerNouns head bare "in" phrases that say why or how, not where: "in
// response to", "in retaliation for", "in exchange for" (but "in the
// exchange" may be a place's).
var mannerNouns = []string{"response", "retaliation", "exchange", "line", "support", "favour", "favor",
	"protest", "solidarity", "reaction", "violation", "accordance", "addition", "return", "connection",
	"light", "view", "defiance", "breach", "memory", "honour", "honor", "name", "order", "case", "spite"}

// attackedCases introduce what an attack is aimed at ("fired missiles at
// Kyiv", "strikes on Kharkiv").
var attackedCases = []string{"at", "on", "against", "into"}

// sidelineWords mark a meeting held alongside a larger gathering ("on the
// sidelines of the summit in Riyadh").
var sidelineWords = []string{"sideline", "sidelines", "fringe", "fringes", "margin", "margins"}

// gatheringNouns are the gatherings at or during which events happen.
var gatheringNouns = []string{"meeting", "talk", "talks", "summit", "visit", "conference", "session", "ceremony", "forum", "dinner", "luncheon", "reception"}

// eventPlace locates an event of frame f: a place on the sidelines of a
// gathering, else a locative phrase attached to the event's clause, else
// the dateline; nil when none is known.
func (d *docState) eventPlace(s *sent, f frame, code string, slots []string) *parley.Place {
	for t := range s.toks {
		if !slices.Contains(sidelineWords, s.lemmas[t]) {
			continue
		}
		for j := t + 1; j+1 < len(s.toks); j++ {
			if s.lemmas[j] == "in" {
				if p := d.placeAt(s, j+1); p != nil {
					return p
				}
			}
		}
	}
	var chain []int // the event's clause and those it is conjoined to
	if s.parsed {
		chain = s.clauseChain(f)
		for _, t := range chain {
			var skip func(c int) bool
			if !f.material {
				// "lashed out at Caracas": a bare capital after "at" is the
				// government a verbal act is aimed at, not its place;
				// "denied any role in the Golan attack": the pattern's
				// target phrase is the denial's topic, not where it was
				// made.
				own := slices.Contains(f.toks, t)
				skip = func(c int) bool { return d.atCapital(s, c) || own && d.topicPhrase(s, c, slots) }
			}
			if p := d.locativeOf(s, t, skip); p != nil {
				return p
			}
		}
		for _, t := range chain {
			// "met Benjamin Netanyahu in Jerusalem … and urged him": a
			// name takes no place of its own, so the parser's "in
			// Jerusalem" on the name is where the clause happened.
			for _, c := range s.children[t] {
				if s.toks[c].Deprel == "obj" && s.toks[c].UPOS == "PROPN" {
					if p := d.locativeOf(s, c, nil); p != nil {
						return p
					}
				}
			}
		}
		for _, t := range chain {
			// "a visit to China, during which he met President Xi": where
			// the visit or gathering the clause describes went.
			if h := s.head(t); h >= 0 && s.toks[t].Deprel == "acl:relcl" && (slices.Contains(gatheringNouns, s.lemmas[h]) || s.lemmas[h] == "trip" || s.lemmas[h] == "tour") {
				if p := d.locativeOf(s, h, nil); p != nil {
					return p
				}
				if p := d.destination(s, h, false); p != nil {
					return p
				}
			}
		}
		for _, t := range chain {
			// "discussed regional security during a meeting in Jeddah":
			// where the gathering the event took place at was held.
			for _, c := range s.children[t] {
				if base(s.toks[c].Deprel) == "obl" && slices.Contains(gatheringNouns, s.lemmas[c]) &&
					(s.caseOf(c) == "during" || s.caseOf(c) == "at") {
					if p := d.locativeOf(s, c, nil); p != nil {
						return p
					}
				}
			}
		}
		if strings.HasPrefix(code, "042") {
			// A visit happens where it goes: "to visit Iran", "travelled
			// to Riyadh".
			for _, t := range chain {
				if p := d.destination(s, t, true); p != nil {
					return p
				}
			}
		}
		for _, t := range chain {
			// "in Odesa, where missile strikes killed two": the place a
			// "where" clause describes.
			if w := s.childWithLemma(t, "where"); w > 0 {
				// The words just before "where" name the place, however
				// the parser attached the clause.
				for j := w - 1; j >= 0 && j >= w-3; j-- {
					if p := d.placeAt(s, j); p != nil {
						return p
					}
				}
			}
		}
		if f.material {
			// "attacked Odesa", "fired missiles at Kyiv", "strikes on
			// Kharkiv": the place attacked.
			for _, t := range chain {
				for _, c := range s.children[t] {
					r := base(s.toks[c].Deprel)
					if !(r == "obj" && (attackCode(code) || strings.HasPrefix(code, "17")) ||
						(r == "obl" || r == "nmod") && attackCode(code) && slices.Contains(attackedCases, s.caseOf(c))) {
						continue
					}
					if e, _, end := d.placeIn(s, c); e != nil && e.Kind != "country" && !s.possessor(end-1) {
						p := e.place()
						return &p
					}
				}
			}
			// "struck energy infrastructure in Kyiv": the object's place;
			// "clashed with Hezbollah fighters in villages in southern
			// Lebanon": the place of the one fought.
			for _, t := range chain {
				for _, c := range s.children[t] {
					if r := s.toks[c].Deprel; r == "obj" || base(r) == "obl" && s.caseOf(c) == "with" {
						if p := d.locativeOf(s, c, nil); p != nil {
							return p
						}
					}
				}
			}
		}
	}
	// A locative anywhere in the sentence ("In Khartoum, fighters stormed
	// a hospital and the army carried out air strikes") before the dateline,
	// which only says where the story was filed. For a verbal event (a
	// call, a statement, an appeal) not one inside the event's own clause
	// or the clauses it is conjoined to: "discussed the situation in Gaza"
	// names the topic, not where the call took place.
	lo, hi := -1, -1
	if s.parsed && !f.material && !s.physicalFrame(f, code) {
		// The clause the event's chain of conjuncts and complements
		// reaches highest.
		lo, hi = s.span(chain[len(chain)-1])
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if t > 0 && t >= lo && t <= hi {
			continue
		}
		if slices.Contains(locatives, s.lemmas[t]) && (t == 0 || !slices.Contains(sidelineWords, s.lemmas[t-1])) && !s.topicLocative(t) {
			if p := d.placeAt(s, t+1); p != nil {
				return p
			}
		}
	}
	if d.dateline != nil {
		p := *d.dateline
		return &p
	}
	return nil
}

// settlementNouns head a locative phrase that names a place ("in the
// village of Banjska", "in the town of …").
var settlementNouns = []string{"village", "town", "city", "district", "province", "region", "camp", "port", "county", "municipality", "state", "neighbourhood", "neighborhood", "suburb"}

// unknownLocative reports whether a clause of chain, or its object, has an
// "in" or "near" phrase naming by a proper noun a place that neither the
// gazetteer nor the country list has ("in Banjska", "in the village of
// Banjska"; not "at Columbia University", a venue in the dateline's city).
func (d *docState) unknownLocative(s *sent, chain []int) bool {
	var heads []int
	for _, t := range chain {
		heads = append(heads, t)
		if o := s.child(t, "obj"); o >= 0 {
			heads = append(heads, o) // "attacked Kosovo police in the village of Banjska"
		}
	}
	for _, t := range heads {
		for _, c := range s.children[t] {
			if b := base(s.toks[c].Deprel); b != "obl" && b != "nmod" || !slices.Contains([]string{"in", "near"}, s.caseOf(c)) {
				continue
			}
			if s.toks[c].UPOS == "PROPN" && s.child(c, "det") < 0 && !d.knownPlace(s, c) {
				return true
			}
			if slices.Contains(settlementNouns, s.lemmas[c]) {
				for _, n := range s.children[c] {
					if base(s.toks[n].Deprel) == "nmod" && s.caseOf(n) == "of" && s.toks[n].UPOS == "PROPN" && !d.knownPlace(s, n) {
						return true
					}
				}
			}
		}
	}
	return false
}

// knownPlace reports whether the phrase headed by c names a place of the
// gazetteer or a country.
func (d *docState) knownPlace(s *sent, c int) bool {
	if e, _, _ := d.placeIn(s, c); e != nil {
		return true
	}
	if d.c.Country != nil {
		if _, ok := d.c.Country(s.toks[c].Text); ok {
			return true
		}
	}
	return false
}

// physical reports whether an event of CAMEO code with trigger lemma
// happens where its participants are: a visit, a host, talks in a third
// place, mediation, negotiation (042–046), a meeting.
func physical(code, lemma string) bool {
	if !strings.HasPrefix(code, "04") {
		return false
	}
	if len(code) >= 3 && code[2] >= '2' && code[2] <= '6' {
		return true
	}
	switch lemma {
	case "meet", "meeting", "talk", "visit", "host":
		return true
	}
	return false
}

// destination returns the place a "to" phrase of t names ("a visit to
// China", "travelled to Riyadh"), or with obj also its object ("to visit
// Iran"), or nil.
func (d *docState) destination(s *sent, t int, obj bool) *parley.Place {
	for _, c := range s.children[t] {
		if r := base(s.toks[c].Deprel); obj && r == "obj" || (r == "obl" || r == "nmod") && s.caseOf(c) == "to" {
			if p := d.placeAt(s, c); p != nil {
				return p
			}
		}
	}
	return nil
}

// locativeOf returns the place a locative phrase on token t names ("in
// Gaza", "at the UN headquarters in New York"), passing over the phrases
// (by their head) that skip, if any, rejects.
func (d *docState) locativeOf(s *sent, t int, skip func(c int) bool) *parley.Place {
	for _, c := range s.children[t] {
		b := base(s.toks[c].Deprel)
		if (b == "obl" || b == "nmod") && slices.Contains(locatives, s.caseOf(c)) && (skip == nil || !skip(c)) {
			if s.caseOf(c) == "in" && slices.Contains(mannerNouns, s.lemmas[c]) && s.child(c, "det") < 0 {
				continue // "in response to Washington's arms sale" is not in Washington
			}
			lo, hi := s.span(c)
			if b == "obl" && s.afterTopic(t, lo) {
				continue // "discussed the war in Sudan": the war's place, misattached
			}
			for j := lo; j <= hi; j++ {
				if s.inClauseBelow(j, c) {
					continue // "in a deal brokered by China" is not in China
				}
				if p := d.placeAt(s, j); p != nil {
					return p
				}
			}
		}
	}
	return nil
}

// placeAt returns the place named at token t (skipping a leading "the"),
// from the gazetteer or, for a country it lacks, the Country function.
func (d *docState) placeAt(s *sent, t int) *parley.Place {
	if t < len(s.toks) && s.lemmas[t] == "the" {
		t++
	}
	if t >= len(s.toks) {
		return nil
	}
	if e, _ := d.c.places.matchAt(s, t); e != nil {
		p := e.place()
		return &p
	}
	if d.c.Country != nil && s.toks[t].UPOS == "PROPN" {
		if iso, ok := d.c.Country(s.toks[t].Text); ok {
			return &parley.Place{Name: s.toks[t].Text, Country: iso}
		}
	}
	return nil
}

// span returns the first and last token of t's subtree.
func (s *sent) span(t int) (lo, hi int) {
	lo, hi = t, t
	stack := []int{t}
	for n := 0; len(stack) > 0 && n < len(s.toks); n++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, x), max(hi, x)
		stack = append(stack, s.children[x]...)
	}
	return lo, hi
}

// reDateline matches a dateline at the start of a paragraph: "ISLAMABAD
// (Agency) –", "Islamabad, Pakistan –", "KYIV, May 3 (Reuters) -".
var reDateline = regexp.MustCompile(`(?m)^\s*([A-Z][A-Za-z'’.\- ]{1,40}?)\s*(?:,|\(|–|—| - |:)`)

// findDateline returns the place of the document's dateline: doc.Dateline
// when ingest found one, else a dateline opening one of the first
// paragraphs after the headline.
func (d *docState) findDateline() *parley.Place {
	g := d.c.places
	if d.doc.Dateline != "" {
		if p, ok := g.Lookup(d.doc.Dateline); ok {
			return &p
		}
		if d.c.Country != nil {
			if iso, ok := d.c.Country(d.doc.Dateline); ok {
				return &parley.Place{Name: d.doc.Dateline, Country: iso}
			}
		}
	}
	body := d.doc.Text[min(d.titleEnd, len(d.doc.Text)):]
	if len(body) > 1500 {
		body = body[:1500]
	}
	for _, m := range reDateline.FindAllStringSubmatch(body, 4) {
		if d.doc.Dateline != "" {
			break // ingest's dateline names no known place; its country may follow
		}
		name := strings.TrimSpace(m[1])
		if p, ok := g.Lookup(name); ok && p.Name != "" {
			e := g.byName[placeKey(name)]
			if e.Kind == "capital" || e.Kind == "city" {
				return &p
			}
		}
	}
	// "APULIA, Italy, June 14 –": a place the gazetteer lacks, in the
	// country named after it.
	for _, m := range reDatelineCountry.FindAllStringSubmatch(body, 4) {
		if e, ok := g.byName[placeKey(strings.TrimSpace(m[1]))]; ok && e.Kind == "country" {
			return d.countryPlace(e.Country)
		}
	}
	return nil
}

// reDatelineCountry finds a dateline whose place is followed by its
// country ("APULIA, Italy, June 14 –").
var reDatelineCountry = regexp.MustCompile(`(?m)^\s*[A-Z][A-Z'’.\- ]{1,40}?\s*,\s*([A-Z][A-Za-z .'’-]{2,30}?)\s*,`)

// notePlaces remembers the last place sentence s names after a locative
// preposition ("in Gaza and the West Bank"), for figures whose own sentence
// names none.
func (d *docState) notePlaces(s *sent) {
	for t := 1; t < len(s.toks); t++ {
		prev := t - 1
		if s.lemmas[prev] == "the" && prev > 0 {
			prev--
		}
		l := s.lemmas[prev]
		if !slices.Contains(locatives, l) && l != "and" && l != "," && l != "on" && l != "from" {
			continue
		}
		if e, end := d.c.places.matchAt(s, t); e != nil {
			p := e.place()
			d.lastPlace = &p
			t = end - 1
		}
	}
}

// childWithLemma returns the first dependent of token t with lemma, or -1.
func (s *sent) childWithLemma(t int, lemma string) int {
	for _, c := range s.children[t] {
		if s.lemmas[c] == lemma {
			return c
		}
	}
	return -1
}

// clausalRels are the relations of clauses hanging inside a phrase.
var clausalRels = []string{"acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}

// inClauseBelow reports whether token j lies in a clause inside the
// phrase headed by c (j's path up to c passes a clausal relation).
func (s *sent) inClauseBelow(j, c int) bool {
	for x, steps := j, 0; x >= 0 && x != c && steps < len(s.toks); steps++ {
		if slices.Contains(clausalRels, base(s.toks[x].Deprel)) {
			return true
		}
		x = s.head(x)
	}
	return false
}

// topicCases introduce the topic of a statement or protest ("on" does
// not: "strikes on a camp in Rafah" hit Rafah).
var topicCases = []string{"against", "over", "about", "regarding", "concerning"}

// topicNouns name situations a talk is about, whose place a locative right
// after them names even when the parser hangs it on the verb.
var topicNouns = []string{"war", "situation", "crisis", "conflict", "fighting", "violence", "tension",
	"development", "escalation", "crackdown", "unrest", "offensive", "ceasefire", "truce"}

// afterTopic reports whether position lo, where an oblique of verb t
// starts, directly follows t's object when that names a topic ("discussed
// the war | in Sudan"), or the end of a topic phrase deeper in another of
// its dependents.
func (s *sent) afterTopic(t, lo int) bool {
	for _, o := range s.children[t] {
		if s.toks[o].Deprel != "obj" || !slices.Contains(topicNouns, s.lemmas[o]) {
			continue
		}
		if _, hi := s.span(o); hi == lo-1 {
			return true
		}
	}
	// Deeper in another dependent: "hosted Erdogan for talks on the war |
	// in Gaza".
	for k, n := lo-1, 0; k >= 0 && k != t && n < 6; k, n = s.head(k), n+1 {
		if slices.Contains(topicNouns, s.lemmas[k]) {
			if _, hi := s.span(k); hi == lo-1 {
				return true
			}
		}
	}
	return false
}

// topicLocative reports whether the locative preposition t belongs to a
// place that only qualifies a topic: "rallied against the war in Gaza",
// "concern over the situation in Sudan".
func (s *sent) topicLocative(t int) bool {
	if !s.parsed {
		return false
	}
	p := s.head(t) // the place noun "in" marks
	if p < 0 {
		return false
	}
	n := s.head(p) // the noun the place qualifies
	if n >= 0 && base(s.toks[p].Deprel) == "obl" && s.afterTopic(n, t) {
		return true // "hosted Erdogan for talks on the war in Gaza", misattached
	}
	if n < 0 || base(s.toks[p].Deprel) != "nmod" {
		return false
	}
	if slices.Contains(topicCases, s.caseOf(n)) {
		return true
	}
	// "since the start of the war in Ukraine": a time, not a place, up to
	// two nouns further up.
	for k := 0; k < 3 && n >= 0; k, n = k+1, s.head(n) {
		if slices.Contains(temporalCases, s.caseOf(n)) {
			return true
		}
		if base(s.toks[n].Deprel) != "nmod" {
			break
		}
	}
	return false
}

// temporalCases open a time phrase whose places are not the event's.
var temporalCases = []string{"since", "until", "till"}

// physicalFrame reports whether the event of frame f is physical (see
// physical) by its top token or any trigger token: "held talks" is talks.
func (s *sent) physicalFrame(f frame, code string) bool {
	if physical(code, s.lemmas[f.top]) {
		return true
	}
	for _, t := range f.toks {
		if physical(code, s.lemmas[t]) {
			return true
		}
	}
	return false
}

// possessor reports whether token t ends a possessor ("Tehran's attack"):
// it is marked nmod:poss or followed by "'s".
func (s *sent) possessor(t int) bool {
	if s.toks[t].Deprel == "nmod:poss" {
		return true
	}
	return t+1 < len(s.toks) && (s.lemmas[t+1] == "'s" || s.toks[t+1].Text == "’s" || s.toks[t+1].Text == "'s")
}

// topicPhrase reports whether the phrase headed by c, introduced by one of
// the prepositions skip, names a topic rather than a place: its head is no
// place ("denied any role in the Golan attack"; "allow aid into Gaza"
// still names Gaza).
func (d *docState) topicPhrase(s *sent, c int, skip []string) bool {
	if !slices.Contains(skip, s.caseOf(c)) {
		return false
	}
	e, start, end := d.placeIn(s, c)
	return e == nil || c < start || c >= end
}

// atCapital reports whether the phrase headed by c is "at" and a bare
// capital ("lashed out at Caracas").
func (d *docState) atCapital(s *sent, c int) bool {
	if s.caseOf(c) != "at" || s.child(c, "det") >= 0 {
		return false
	}
	e, start, _ := d.placeIn(s, c)
	return e != nil && e.Kind == "capital" && start == c
}
