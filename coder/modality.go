package coder

import (
	"slices"
)

// Words that change whether a clause asserts its event.
var (
	negators     = []string{"not", "never", "n't", "no", "neither", "nor"}
	futureAux    = []string{"will", "shall", "'ll"}
	hypoAux      = []string{"may", "might", "could", "would", "should", "can", "must", "'d"}
	conditionals = []string{"if", "unless", "whether"}
	// Verbs whose infinitive complement did not happen ("refused to meet")
	// or has not happened yet ("plans to visit").
	negatingHeads = []string{"refuse", "fail", "decline", "deny", "reject", "avoid", "cancel", "postpone", "stop"}
	// Verbs whose object never came to be, with what it would have said:
	// "Russia vetoed a resolution condemning the annexation".
	blockingHeads = []string{"block", "veto"}
	futureHeads   = []string{"plan", "expect", "intend", "schedule", "set", "due", "prepare", "hope", "want", "seek", "aim", "wish", "propose", "offer", "ready", "willing", "prepared"}
	// Verbs whose object act was asked for by others and turned down:
	// "rejected calls for a ceasefire" reports no call by the rejecter.
	rebuffHeads = []string{"reject", "dismiss", "ignore", "rebuff", "spurn", "deny", "refuse", "resist"}
	// Passive verbs whose infinitive is hearsay: "was reported to have met".
	hearsayPassives = []string{"report", "say", "believe", "understand", "suppose", "rumour", "rumor"}
	// Verbs whose complement is asked for, alleged or threatened, not
	// done: "urged Israel to halt", "called for the release of", "accused
	// Serbia of backing", "threatened to expel Ethiopian troops".
	allegeHeads  = []string{"accuse", "blame", "allege", "charge", "deny"}
	requestHeads = []string{"urge", "call", "ask", "appeal", "press", "request", "demand", "invite", "encourage", "push", "accuse", "blame", "allege", "deny", "charge", "warn", "threaten"}
)

// modality says whether the clause of frame f asserts its event: negated
// events are dropped by the caller; "future", "hypothetical" and
// "reported" (the complement of a speech verb) are kept and marked.
func (c *Coder) modality(s *sent, f frame) (modality string, negated bool) {
	if !s.parsed {
		return "", false
	}
	v := f.pred
	if v < 0 {
		v = f.top
	}
	check := append(slices.Clone(f.toks), v)
	for _, t := range check {
		for _, ch := range s.children[t] {
			l := s.lemmas[ch]
			switch s.toks[ch].Deprel {
			case "advmod", "neg", "det", "cc:preconj":
				if slices.Contains(negators, l) && !slices.Contains(f.toks, ch) {
					return "", true // but "agree not to use force" says it
				}
			case "aux":
				switch {
				case slices.Contains(futureAux, l):
					modality = "future"
				case l == "would" && !s.conditional(t):
					modality = "future" // "said it would provide": the future in the past
				case slices.Contains(hypoAux, l):
					modality = "hypothetical"
				}
			case "mark":
				switch {
				case slices.Contains(conditionals, l):
					modality = "hypothetical"
				case l == "from" || l == "without":
					return "", true // "banned them from travelling to"
				}
			}
		}
	}
	if h := s.head(f.top); s.isNominal(f.top) && h >= 0 && s.toks[f.top].Deprel == "obj" && slices.Contains(rebuffHeads, s.lemmas[h]) && !slices.Contains(f.toks, h) {
		return "", true // "rejected calls for a ceasefire": the rejecter made no call
	}
	if s.isNominal(f.top) {
		// "opposed any form of official interaction between the United
		// States and Taiwan": no interaction is reported; "no talks" are
		// none.
		for t, k := f.top, 0; t >= 0 && k < 3; t, k = s.head(t), k+1 {
			if d := s.child(t, "det"); d >= 0 {
				if l := s.lemmas[d]; l == "any" || l == "no" {
					return "", true
				}
			}
			if b := base(s.toks[t].Deprel); b != "nmod" {
				break
			}
		}
	}
	if modality == "" && s.infinitive(v) && s.requestedBy(v, f) {
		// "appealed to the leaders of the army and the RSF to return to
		// negotiations and agree to a ceasefire", whatever the parser
		// made of the phrase in between.
		modality = "hypothetical"
	}
	if s.isNominal(f.top) && f.pred >= 0 && slices.Contains(requestHeads, s.lemmas[f.pred]) && !slices.Contains(f.toks, f.pred) && modality == "" {
		modality = "hypothetical" // "called for the release of the hostages"
	}
	if a := s.verbAncestor(v); a >= 0 && slices.Contains(allegeHeads, s.lemmas[a]) && !slices.Contains(f.toks, a) && modality == "" &&
		!s.conjoinedTo(v, a) {
		modality = "hypothetical" // "accused Azerbaijan of carrying out ethnic cleansing"
	}
	// Walk up through complements: "refused to meet", "plans to visit",
	// "said that X attacked Y".
	for t, depth := v, 0; t >= 0 && depth < 4; depth++ {
		rel := s.toks[t].Deprel
		h := s.head(t)
		if h < 0 {
			break
		}
		if (base(rel) == "xcomp" || base(rel) == "advcl" || base(rel) == "ccomp") && slices.Contains(requestHeads, s.lemmas[h]) && !slices.Contains(f.toks, h) {
			if modality == "" {
				modality = "hypothetical" // "urged Israel to halt", "accused Serbia of backing"
			}
			return modality, false
		}
		switch base(rel) {
		case "xcomp":
			switch {
			case slices.Contains(negatingHeads, s.lemmas[h]):
				if !slices.Contains(f.toks, h) {
					return "", true
				}
			case slices.Contains(futureHeads, s.lemmas[h]) && modality == "":
				modality = "future"
			case slices.Contains(hearsayPassives, s.lemmas[h]) && s.child(h, "nsubj:pass") >= 0 && modality == "":
				modality = "reported" // "was reported to have met", "is said to have ordered"
			}
			if m, neg := c.headModality(s, h); neg {
				return "", true
			} else if modality == "" {
				modality = m
			}
		case "ccomp":
			if c.isSay(s.lemmas[h]) && modality == "" {
				modality = "reported"
			}
			return modality, false
		case "acl":
			// "blocked a statement criticising China": the statement, and
			// with it the criticism, never came out.
			if g := s.head(h); g >= 0 && (base(s.toks[h].Deprel) == "obj" || s.toks[h].Deprel == "nsubj:pass") &&
				slices.Contains(blockingHeads, s.lemmas[g]) && !slices.Contains(f.toks, g) {
				return "", true
			}
			return modality, false
		case "conj":
		default:
			return modality, false
		}
		t = h
	}
	return modality, false
}

// conjoinedTo reports whether v reaches a through conjuncts only: "denied
// losing the bridge and accused the army" accuses, whatever "deny" does to
// its own complement.
func (s *sent) conjoinedTo(v, a int) bool {
	for t := v; t >= 0 && t != a; t = s.head(t) {
		if base(s.toks[t].Deprel) != "conj" {
			return false
		}
	}
	return v != a
}

// verbAncestor returns the nearest verb above t, within three steps, or
// -1.
func (s *sent) verbAncestor(t int) int {
	for range 3 {
		if t = s.head(t); t < 0 || s.isVerb(t) {
			return t
		}
	}
	return -1
}

// conditional reports whether clause t carries an "if" or "unless" clause.
func (s *sent) conditional(t int) bool {
	for _, c := range s.children[t] {
		if base(s.toks[c].Deprel) != "advcl" {
			continue
		}
		if m := s.child(c, "mark"); m >= 0 && slices.Contains(conditionals, s.lemmas[m]) {
			return true
		}
	}
	return false
}

// headModality reads the auxiliaries and negation of a governing verb
// ("did not agree to meet", "will agree to meet").
func (c *Coder) headModality(s *sent, h int) (string, bool) {
	m := ""
	for _, ch := range s.children[h] {
		l := s.lemmas[ch]
		switch s.toks[ch].Deprel {
		case "advmod", "neg":
			if slices.Contains(negators, l) {
				return "", true
			}
		case "aux":
			if slices.Contains(futureAux, l) {
				m = "future"
			} else if slices.Contains(hypoAux, l) {
				m = "hypothetical"
			}
		case "mark":
			if slices.Contains(conditionals, l) {
				m = "hypothetical" // "debated whether to allow Kyiv to fire"
			}
		}
	}
	return m, false
}

// isSay reports whether lemma is a speech verb of the pattern file.
func (c *Coder) isSay(lemma string) bool {
	for _, pi := range c.first[lemma] {
		if c.patterns[pi].Say && len(c.patterns[pi].Words) == 1 {
			return true
		}
	}
	return false
}

// infinitive reports whether verb v is a to-infinitive ("to agree") or
// conjoined to one ("to return … and agree").
func (s *sent) infinitive(v int) bool {
	for depth := 0; v >= 0 && depth < 3; depth++ {
		if s.toks[v].XPOS != "VB" {
			return false
		}
		if s.hasMark(v, "to") {
			return true
		}
		if base(s.toks[v].Deprel) != "conj" {
			return false
		}
		v = s.head(v)
	}
	return false
}

// requestedBy reports whether a request verb (requestHeads) outside the
// trigger governs token v within a few steps, through any relation.
func (s *sent) requestedBy(v int, f frame) bool {
	for h, depth := s.head(v), 0; h >= 0 && depth < 8; depth++ {
		if slices.Contains(requestHeads, s.lemmas[h]) && !slices.Contains(f.toks, h) {
			return true
		}
		h = s.head(h)
	}
	return false
}
