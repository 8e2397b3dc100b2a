package coder

import (
	"slices"
	"strings"
)

// frame is where a matched phrase sits in the parse: its topmost token,
// the predicate that governs it and the tokens whose dependents may fill
// the event's slots.
type frame struct {
	top  int   // the matched token highest in the tree
	pred int   // the verb of the clause, or -1
	toks []int // tokens whose dependents are searched for slots
	// viaSubj is true when a trigger noun is the subject of pred ("a
	// meeting took place between ..."): pred's own subject is then not
	// the source.
	viaSubj bool
	// material is true for material conflict codes (roots 14-20).
	material bool
}

// lightVerbs carry an event noun without adding meaning of their own, so
// their obliques belong to the noun ("held a meeting with", "the meeting
// took place between").
var lightVerbs = []string{
	"be", "begin", "conclude", "conduct", "end", "happen", "have", "hold",
	"occur", "start", "take", "transpire", "witness",
}

// objectControl verbs pass their object to an infinitive complement as its
// subject ("urged Israel to halt": Israel halts).
var objectControl = []string{
	"allow", "ask", "call", "encourage", "force", "help", "invite", "order",
	"persuade", "press", "push", "request", "tell", "urge",
}

// base strips a deprel's subtype: "obl:tmod" → "obl".
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (s *sent) head(t int) int {
	if t < 0 || t >= len(s.toks) {
		return -1
	}
	h := s.toks[t].Head
	if h < 0 || h >= len(s.toks) || h == t {
		return -1
	}
	return h
}

func (s *sent) isVerb(t int) bool {
	u := s.toks[t].UPOS
	return u == "VERB" || u == "AUX"
}

func (s *sent) isNominal(t int) bool {
	u := s.toks[t].UPOS
	return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM"
}

// child returns the first child of t with deprel rel, or -1.
func (s *sent) child(t int, rel string) int {
	for _, c := range s.children[t] {
		if s.toks[c].Deprel == rel {
			return c
		}
	}
	return -1
}

// caseOf returns the lemma of the preposition that introduces t's phrase
// ("with" in "with Iran"), or "": t's own case child, else an adposition
// opening t's subtree, which tolerates the parser hanging the preposition
// on a modifier ("with [US] Secretary").
func (s *sent) caseOf(t int) string {
	for _, c := range s.children[t] {
		if s.toks[c].Deprel == "case" && s.toks[c].UPOS != "PART" {
			return s.lemmas[c]
		}
	}
	if lo, _ := s.span(t); lo < t && s.toks[lo].UPOS == "ADP" && s.toks[lo].Deprel == "case" {
		return s.lemmas[lo]
	}
	return ""
}

// newFrame places match m in the parse of s. A verb matched by its form
// on a token the tagger mislabelled is its own predicate.
func (s *sent) newFrame(m []int, byForm bool) frame {
	f := frame{top: m[0], pred: -1}
	if byForm {
		f.pred, f.toks = m[0], slices.Clone(m)
		return f
	}
	for _, t := range m {
		if !slices.Contains(m, s.head(t)) {
			f.top = t
			break
		}
	}
	f.toks = slices.Clone(m)
	if s.isVerb(f.top) {
		f.pred = f.top
		return f
	}
	for _, c := range s.children[f.top] {
		if s.toks[c].Deprel == "acl" && slices.Contains(lightVerbs, s.lemmas[c]) {
			f.toks = append(f.toks, c) // "a meeting transpired between ..."
		}
	}
	t := f.top
	for range 4 {
		h := s.head(t)
		if h < 0 {
			return f
		}
		switch base(s.toks[t].Deprel) {
		case "nsubj", "csubj":
			f.viaSubj = true
		case "obj", "obl", "nmod", "xcomp", "conj", "appos", "compound", "dep", "iobj":
		default:
			return f
		}
		if s.isVerb(h) {
			f.pred = h
			if f.viaSubj || slices.Contains(lightVerbs, s.lemmas[h]) {
				f.toks = append(f.toks, h)
			}
			return f
		}
		if f.viaSubj {
			return f
		}
		t = h
	}
	return f
}

// slotHeads returns the heads of the phrases that fill slot in frame f.
func (s *sent) slotHeads(f frame, slot string) []int {
	var out []int
	add := func(t int) {
		if t < 0 || slices.Contains(out, t) {
			return
		}
		// A phrase word fills a slot only as the object ("expelled a
		// senior Indian diplomat" for "expel diplomat") or as the subject
		// that opens a phrase ending in its verb ("Ukrainian drones hit"
		// for "drone hit").
		if slices.Contains(f.toks, t) && (slot != "obj" || !s.isNominal(t)) &&
			(slot != "subj" || t != f.toks[0] || !s.isVerb(f.top) || !s.isNominal(t)) {
			return
		}
		out = append(out, t)
	}
	switch slot {
	case "subj":
		if !s.isVerb(f.top) && slices.Contains(agentNouns, s.lemmas[f.top]) {
			// "highlighted PM Kakar's impassioned call for …": the
			// possessor of a speech or visit noun made it.
			if c := s.child(f.top, "nmod:poss"); c >= 0 && s.toks[c].UPOS != "PRON" {
				add(c)
				return out
			}
		}
		if !s.isVerb(f.top) && !f.viaSubj {
			// A subject the parser hung on a phrase noun is the nearest
			// one ("where the two leaders signed/amod agreements").
			for _, t := range f.toks {
				if c := s.child(t, "nsubj"); c >= 0 {
					add(c)
					return out
				}
			}
		}
		if f.pred >= 0 && !f.viaSubj {
			subj, passive := s.subject(f.pred)
			add(subj)
			if passive && s.headlinePassive(f.pred) {
				return out // "Opposition leader arrested": the leader is no agent
			}
			// "The United States and Britain carried out": the parser may
			// give each conjunct its own subject relation.
			if h := s.head(subj); subj >= 0 && h >= 0 {
				for _, c := range s.children[h] {
					if c != subj && c < h && s.toks[c].Deprel == s.toks[subj].Deprel && s.isNominal(c) && s.coordinated(c, subj) {
						add(c)
					}
				}
			}
		}
		if len(out) == 0 && !f.viaSubj {
			// The parser may hang the subject on another phrase word
			// ("Britain imposed sanctions" parsed with "sanctions" as root).
			for _, t := range f.toks {
				if c := s.child(t, "nsubj"); c >= 0 {
					add(c)
					break
				}
			}
		}
		return out
	case "comp":
		for _, t := range f.toks {
			for _, c := range s.children[t] {
				if r := s.toks[c].Deprel; r == "ccomp" || r == "xcomp" {
					add(s.child(c, "nsubj"))
				}
			}
		}
		return out
	case "cond":
		// The other party inside a clausal complement: the subject of its
		// condition ("warned that Israel would strike if Hezbollah
		// violated the truce") or its "against" oblique ("warned that
		// Turkey could intervene against Israel").
		for _, t := range f.toks {
			for _, c := range s.children[t] {
				if s.toks[c].Deprel != "ccomp" {
					continue
				}
				for _, a := range s.children[c] {
					switch {
					case s.toks[a].Deprel == "advcl" && s.child(a, "mark") >= 0 && slices.Contains([]string{"if", "unless"}, s.lemmas[s.child(a, "mark")]):
						add(s.child(a, "nsubj"))
					case base(s.toks[a].Deprel) == "obl" && s.caseOf(a) == "against":
						add(a)
					}
				}
			}
		}
		return out
	}
	for _, t := range f.toks {
		passive := s.child(t, "nsubj:pass") >= 0
		if slot == "obj" && s.toks[t].Deprel == "acl" && s.toks[t].XPOS == "VBN" && s.agent(t) >= 0 && s.child(t, "obj") < 0 {
			add(s.head(t)) // "prisoners released by Israel": what was done to
		}
		objs := 0 // a verb has one direct object; a second is a misparse
		for _, c := range s.children[t] {
			rel := s.toks[c].Deprel
			switch slot {
			case "obj":
				switch {
				case s.toks[c].UPOS == "SCONJ":
					// "demand that ...", misparsed as an object: the
					// clause is no actor's phrase.
				case (rel == "obj" || rel == "iobj") && s.caseOf(c) == "" || passive && rel == "nsubj:pass":
					if objs++; objs <= 1 || rel == "iobj" {
						add(c)
					}
				case base(rel) == "obl" && c > t && s.isNominal(c) && s.caseOf(c) == "" && s.child(t, "obj") < 0:
					add(c) // an object the parser took for a bare oblique (even an agent without "by")
				}
			case "iobj":
				if rel == "iobj" {
					add(c)
				}
			case "poss":
				if rel == "nmod:poss" || rel == "amod" && slices.Contains(eventNouns, s.lemmas[t]) {
					add(c) // "Iran's attack", "Israeli air strikes"
				}
				if rel == "obj" {
					add(s.child(c, "nmod:poss"))
				}
			default: // a preposition
				b := base(rel)
				// Any nominal dependent the preposition introduces: the
				// parser sometimes labels "with Netanyahu" obj.
				if (b == "obl" || b == "nmod" || b == "obj" || b == "iobj" || b == "dep" || b == "appos") && rel != "nmod:poss" && s.caseOf(c) == slot {
					add(c)
				}
			}
		}
	}
	if len(out) == 0 && (slot == "with" || slot == "from" || slot == "between" || slot == "to") && s.isVerb(f.top) {
		// "discussed the situation in Syria with the UN envoy",
		// "recaptured the palace in Khartoum from the RSF", "brokered a
		// ceasefire between Israel and Hamas", "return four border
		// villages to Azerbaijan": the parser hung the partner on the
		// object (or on a phrase inside it), the object of the phrase's
		// last verb ("agreed to return …").
		for _, v := range f.toks {
			o := s.child(v, "obj")
			if !s.isVerb(v) || o < 0 || s.toks[o].UPOS != "NOUN" && s.toks[o].UPOS != "PROPN" {
				continue
			}
			for _, t := range append([]int{o}, s.children[o]...) {
				if t != o && base(s.toks[t].Deprel) != "nmod" {
					continue
				}
				for _, c := range s.children[t] {
					if base(s.toks[c].Deprel) == "nmod" && c > o && s.caseOf(c) == slot {
						add(c)
					}
				}
			}
		}
	}
	return out
}

// agentNouns are act nouns whose possessor is the one who acted ("Kakar's
// call", "Biden's visit"), unlike "the hostages' release".
var agentNouns = []string{"call", "appeal", "demand", "request", "proposal", "offer", "visit", "trip",
	"condemnation", "criticism", "warning", "threat", "pledge", "promise", "refusal", "rejection",
	"invitation", "accusation", "denial", "praise", "plea"}
