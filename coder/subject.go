package coder

import (
	"slices"
	"strings"
)

// headlineVerbs are transitive verbs whose bare "-ed" form in a headline
// is a passive: "Opposition leader arrested ahead of vote".
var headlineVerbs = []string{"arrest", "detain", "jail", "imprison", "kill", "wound", "injure", "expel",
	"deport", "extradite", "sentence", "convict", "charge", "indict", "execute", "kidnap", "abduct",
	"sanction", "ban", "summon", "attack", "shoot", "behead", "hang", "free", "release", "pardon", "oust"}

// headlinePassive reports whether v is a headline's bare past form of a
// transitive verb with a subject and no object, auxiliary or clause: the
// subject is what was done to ("Opposition leader arrested").
func (s *sent) headlinePassive(v int) bool {
	if !s.headline || v < 0 || !s.parsed || !slices.Contains(headlineVerbs, s.lemmas[v]) {
		return false
	}
	if x := s.toks[v].XPOS; x != "VBD" && x != "VBN" {
		return false
	}
	// "Two journalists detained in Belarus, rights group says": the
	// parser may hang the participle on the noun instead of taking the
	// noun for its subject.
	subj := s.toks[v].Deprel == "acl" && s.head(v) >= 0 && s.isNominal(s.head(v))
	for _, c := range s.children[v] {
		switch base(s.toks[c].Deprel) {
		case "obj", "iobj", "aux", "ccomp", "xcomp", "expl", "cop":
			return false
		case "nsubj":
			subj = true
		}
	}
	return subj
}

// raisingPassives are verbs whose passive passes its subject on to the
// infinitive: "are expected to meet", "is scheduled to visit", "was
// reported to have met".
var raisingPassives = []string{"expect", "schedule", "set", "slate", "due", "poise", "report", "say", "believe", "understand", "suppose"}

// subject returns the token that acts as the subject of predicate v,
// following control, coordination and adverbial clauses up the tree
// ("agreed to work", "spoke and discussed", "while condemning, he said"),
// and the agent of a passive. passive is true when v's own clause is
// passive; subj is then the agent or -1.
func (s *sent) subject(v int) (subj int, passive bool) {
	if s.headlinePassive(v) {
		return s.agent(v), true
	}
	for depth := 0; v >= 0 && depth < 6; depth++ {
		if s.bareParticiple(v) {
			// "met troops deployed there": a past participle without
			// auxiliary or subject is passive; its subject is its agent,
			// if any.
			return s.agent(v), true
		}
		subj := -1
		for _, c := range s.children[v] {
			switch s.toks[c].Deprel {
			case "nsubj", "csubj":
				if s.lemmas[c] == "who" || s.lemmas[c] == "which" || s.lemmas[c] == "that" {
					if s.toks[v].Deprel == "acl:relcl" {
						return s.head(v), false
					}
				}
				// Of several subjects (a parse error), the nearest.
				if subj < 0 || abs(c-v) < abs(subj-v) {
					subj = c
				}
			case "nsubj:pass", "csubj:pass":
				return s.agent(v), true
			}
		}
		if subj >= 0 {
			return subj, false
		}
		h := s.head(v)
		if h < 0 {
			return s.leftNominal(v), false
		}
		switch base(s.toks[v].Deprel) {
		case "xcomp":
			// "Erdogan and Putin are expected to meet": the passive
			// subject of a raising verb is the subject of its infinitive.
			if c := s.child(h, "nsubj:pass"); c >= 0 && slices.Contains(raisingPassives, s.lemmas[h]) && s.hasMark(v, "to") {
				return c, false
			}
			if slices.Contains(objectControl, s.lemmas[h]) {
				if c := s.controller(h, len(s.toks)); c >= 0 {
					return c, false // "urged Israel to halt", "called on the UN to deploy"
				}
			}
		case "conj":
		case "advcl":
			if x := s.toks[v].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" {
				// A finite adverbial clause has a subject of its own,
				// which the parser lost ("… after a suicide attack in
				// March killed five engineers"): not the main clause's.
				return -1, false
			}
			// "accused Ukraine of attacking", "thanked China for
			// supporting", "prevented Iran from acquiring": the object of
			// the governing verb does what the gerund says.
			if o := s.child(h, "obj"); o >= 0 && o < v && s.gerundAfter(v) {
				return o, false
			}
			// "urged Israel and Hamas to agree" parsed as an adverbial
			// clause rather than xcomp: still object control.
			if slices.Contains(objectControl, s.lemmas[h]) && s.hasMark(v, "to") {
				if c := s.controller(h, v); c >= 0 {
					return c, false // "called on Baghdad to expel them"
				}
			}
		case "acl":
			if g := s.head(h); s.hasMark(v, "to") && g >= 0 && s.toks[h].Deprel == "obj" && summons(s.toks[g].Text) {
				// "summoned Russia's chargé d'affaires to demand an
				// explanation": the summoner demands.
				sub, _ := s.subject(g)
				return sub, false
			}
			if s.toks[v].Deprel == "acl" && s.toks[v].XPOS == "VBN" && s.agent(v) >= 0 {
				// "30 Palestinian prisoners released by Israel": a passive
				// participle's subject is its agent.
				return s.agent(v), true
			}
			if s.toks[v].Deprel == "acl" {
				// "adopted a resolution demanding that Israel end …": a
				// document's demand is made by whoever adopted it.
				if g := s.head(h); g >= 0 && s.toks[h].Deprel == "obj" && slices.Contains(documentNouns, s.lemmas[h]) && slices.Contains(adoptVerbs, s.lemmas[g]) {
					sub, _ := s.subject(g)
					return sub, false
				}
				return h, false
			}
			return -1, false
		default:
			return -1, false
		}
		if s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN" {
			if base(s.toks[v].Deprel) == "advcl" {
				// "President Alvi, while condemning ...": the parser hung
				// the clause on the name it is about.
				return h, false
			}
			// A verb coordinated with a noun ("imposed sanctions on the
			// Guards and expelled"): the verb that governs the noun.
			n := h
			for steps := 0; h >= 0 && !s.isVerb(h) && steps < len(s.toks); steps++ { // cyclic parses end
				n, h = h, s.head(h)
			}
			if h < 0 {
				// The noun is the root ("Britain imposed/amod sanctions/root
				// ... and expelled"): the subject of a verb beside it.
				return s.nounRootSubject(n), false
			}
		}
		v = h
	}
	return -1, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nounRootSubject finds a subject the parser hung on a root noun or on a
// verb that modifies it.
func (s *sent) nounRootSubject(n int) int {
	for _, c := range s.children[n] {
		if s.toks[c].Deprel == "nsubj" {
			return c
		}
		if s.isVerb(c) && c < n {
			if sub := s.child(c, "nsubj"); sub >= 0 {
				return sub
			}
		}
	}
	return -1
}

// leftNominal is the subject of a root verb the parser gave none: the
// nearest name or noun before it that hangs on it by a relation a subject
// is often mistaken for ("Foreign Minister Qureshi/compound also apprised").
func (s *sent) leftNominal(v int) int {
	best := -1
	for _, c := range s.children[v] {
		if c > v || !s.isNominal(c) {
			continue
		}
		switch s.toks[c].Deprel {
		case "compound", "nmod:desc", "obl:unmarked", "dep", "appos", "nsubj:outer", "nmod":
			if s.caseOf(c) == "" {
				best = max(best, c)
			}
		}
	}
	return best
}

// coordinated reports whether an "and" joins tokens a and b with nothing
// clausal between them ("The United States and Britain").
func (s *sent) coordinated(a, b int) bool {
	a, b = min(a, b), max(a, b)
	and := false
	for j := a + 1; j < b; j++ {
		switch {
		case s.lemmas[j] == "and":
			and = true
		case s.isVerb(j), s.toks[j].UPOS == "PUNCT" && s.toks[j].Text != ",":
			return false
		}
	}
	return and
}

// agent returns the "by" phrase of a passive predicate, or -1.
func (s *sent) agent(v int) int {
	for _, c := range s.children[v] {
		if base(s.toks[c].Deprel) == "obl" && s.caseOf(c) == "by" {
			return c
		}
	}
	return -1
}

// gerundMarks introduce a gerund whose subject is the object of the verb
// it hangs on ("accuse X of", "blame X for", "charge X with", "warn X
// against", "stop X from", "congratulate X on").
var gerundMarks = []string{"of", "for", "with", "against", "from", "on"}

// gerundAfter reports whether v is an -ing form introduced by one of
// gerundMarks.
func (s *sent) gerundAfter(v int) bool {
	if s.toks[v].XPOS != "VBG" {
		return false
	}
	for _, c := range s.children[v] {
		if r := s.toks[c].Deprel; (r == "mark" || r == "case") && c < v && slices.Contains(gerundMarks, s.lemmas[c]) {
			return true
		}
	}
	return false
}

// hasMark reports whether v has a mark child with lemma m.
func (s *sent) hasMark(v int, m string) bool {
	for _, c := range s.children[v] {
		if s.toks[c].Deprel == "mark" && s.lemmas[c] == m {
			return true
		}
	}
	return false
}

// bareParticiple reports whether v is a past participle heading a
// complement clause of its own, with no subject, auxiliary or object.
func (s *sent) bareParticiple(v int) bool {
	if s.toks[v].XPOS != "VBN" {
		return false
	}
	if base(s.toks[v].Deprel) != "xcomp" {
		// Not acl or advcl: the tagger reads finite verbs after a noun
		// as participles too often ("Russian missiles killed 38 people,
		// officials said").
		return false
	}
	for _, c := range s.children[v] {
		switch base(s.toks[c].Deprel) {
		case "nsubj", "csubj", "aux", "cop", "expl", "obj":
			// With an object it is a finite verb the tagger read as a
			// participle ("missiles killed 38 people").
			return false
		}
	}
	return true
}

// controller returns the dependent of object-control verb h before token
// limit that controls its complement: the object ("urged Israel to"), else
// an oblique with "on" or "upon" ("called on the UN to"); -1 for none.
func (s *sent) controller(h, limit int) int {
	if o := s.child(h, "obj"); o >= 0 && o < limit {
		return o
	}
	if o := s.child(h, "iobj"); o >= 0 && o < limit {
		return o // "asked him to press Russia", with "him" read as iobj
	}
	for _, c := range s.children[h] {
		if cs := s.caseOf(c); c < limit && base(s.toks[c].Deprel) == "obl" && (cs == "on" || cs == "upon") {
			return c
		}
	}
	return -1
}

// documentNouns are texts that make demands and statements on behalf of
// whoever adopts or issues them; adoptVerbs are how they do.
var (
	documentNouns = []string{"resolution", "statement", "declaration", "communique", "communiqué", "motion", "decree", "letter"}
	adoptVerbs    = []string{"adopt", "pass", "approve", "issue", "publish", "release", "endorse", "send"}
)

// summons reports whether verb form w calls someone in, or takes
// something up, for a purpose of the subject's ("summoned the ambassador
// to demand an explanation", "used water cannon to disperse protesters").
// The form, as the lemmatizer may not know "summon".
func summons(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "summon") || strings.HasPrefix(w, "convene") ||
		w == "use" || w == "used" || w == "uses" || w == "using" // "used water cannon to disperse protesters"
}
