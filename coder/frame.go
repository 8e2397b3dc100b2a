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

// subject returns the token that acts as the subject of predicate v,
// following control, coordination and adverbial clauses up the tree
// ("agreed to work", "spoke and discussed", "while condemning, he said"),
// and the agent of a passive. passive is true when v's own clause is
// passive; subj is then the agent or -1.
func (s *sent) subject(v int) (subj int, passive bool) {
	for depth := 0; v >= 0 && depth < 6; depth++ {
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
			if slices.Contains(objectControl, s.lemmas[h]) {
				if o := s.child(h, "obj"); o >= 0 {
					return o, false
				}
				for _, c := range s.children[h] {
					if cs := s.caseOf(c); base(s.toks[c].Deprel) == "obl" && (cs == "on" || cs == "upon") {
						return c, false // "called on the UN to deploy"
					}
				}
			}
		case "conj", "advcl":
		case "acl":
			if s.toks[v].Deprel == "acl" {
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

// slotHeads returns the heads of the phrases that fill slot in frame f.
func (s *sent) slotHeads(f frame, slot string) []int {
	var out []int
	add := func(t int) {
		if t < 0 || slices.Contains(out, t) {
			return
		}
		// A phrase word fills a slot only as the object ("expelled a
		// senior Indian diplomat" for "expel diplomat").
		if slices.Contains(f.toks, t) && (slot != "obj" || !s.isNominal(t)) {
			return
		}
		out = append(out, t)
	}
	switch slot {
	case "subj":
		if f.pred >= 0 && !f.viaSubj {
			subj, _ := s.subject(f.pred)
			add(subj)
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
	}
	for _, t := range f.toks {
		passive := s.child(t, "nsubj:pass") >= 0
		for _, c := range s.children[t] {
			rel := s.toks[c].Deprel
			switch slot {
			case "obj":
				switch {
				case (rel == "obj" || rel == "iobj") && s.caseOf(c) == "" || passive && rel == "nsubj:pass":
					add(c)
				case (rel == "obl" || rel == "obl:unmarked") && c > t && s.isNominal(c) && s.caseOf(c) == "" && s.child(t, "obj") < 0:
					add(c) // an object the parser took for a bare oblique
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
	return out
}

// eventNouns name acts whose victims follow a preposition ("the attacks
// on worshippers", "the killing of civilians"): who is condemned for them
// is the perpetrator, never the victim.
var eventNouns = []string{
	"abuse", "act", "action", "aggression", "airstrike", "arrest", "assassination",
	"atrocity", "attack", "blockade", "bombardment", "bombing", "crackdown", "crime",
	"death", "demolition", "detention", "eviction", "invasion", "killing", "massacre",
	"murder", "occupation", "offensive", "operation", "raid", "shelling", "siege",
	"strike", "violation", "violence",
}

// victimCases introduce an event noun's victim or place.
var victimCases = []string{"on", "against", "in", "at", "upon", "into", "toward", "towards", "of", "inside"}

// isVictimEdge reports whether child c of t is the victim or place of an
// event noun t.
func (s *sent) isVictimEdge(t, c int) bool {
	if !slices.Contains(eventNouns, s.lemmas[t]) {
		return false
	}
	b := base(s.toks[c].Deprel)
	return (b == "nmod" || b == "obl") && slices.Contains(victimCases, s.caseOf(c))
}

// clausal relations end the search for actors inside a phrase: the actors
// of a relative or adverbial clause are not the phrase's.
var clausal = []string{"acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "cc", "mark", "discourse", "vocative", "reparandum", "list", "dislocated", "orphan"}

// actorsIn returns the actors a phrase headed by t names, nearest the head
// first: the mention at the head, else at the shallowest depth where any
// is found. Coordinated members count as the head's depth ("Egypt, Jordan
// and Qatar"); clauses are not entered.
func (d *docState) actorsIn(s *sent, t, maxDepth int, perp bool) []actorRef {
	return d.actorsInExcept(s, t, maxDepth, perp, nil)
}

// actorsInExcept is actorsIn passing over the actors of exclude (an
// event's source, when looking for its target): "condolences to the
// government and people of Iran" from a government's own leader.
func (d *docState) actorsInExcept(s *sent, t, maxDepth int, perp bool, exclude []actorRef) []actorRef {
	type item struct{ tok, depth int }
	queue := []item{{t, 0}}
	seen := map[int]bool{t: true}
	var out []actorRef
	seenMention := map[int]bool{}
	found := -1
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if found >= 0 && it.depth > found {
			break
		}
		if mi := d.mentionAt(s, it.tok); mi >= 0 && !seenMention[mi] {
			seenMention[mi] = true
			if refs := d.without(d.refsOf(mi), exclude); len(refs) > 0 {
				out = append(out, refs...)
				found = it.depth
			}
		}
		for _, c := range s.children[it.tok] {
			rel := s.toks[c].Deprel
			if seen[c] || slices.Contains(clausal, rel) || slices.Contains(clausal, base(rel)) && rel != "acl" {
				continue
			}
			if rel == "acl" && s.child(c, "mark") >= 0 {
				continue // "parties to protect civilians": a purpose, not the phrase's
			}
			if perp && s.isVictimEdge(it.tok, c) {
				continue
			}
			depth := it.depth + 1
			if base(rel) == "conj" || rel == "flat" || rel == "compound" {
				depth = it.depth
			}
			if depth > maxDepth {
				continue
			}
			seen[c] = true
			if depth == it.depth {
				queue = append([]item{{c, depth}}, queue...)
			} else {
				queue = append(queue, item{c, depth})
			}
		}
	}
	common := s.toks[t].UPOS == "NOUN" || s.toks[t].UPOS == "PROPN"
	if len(out) == 0 && common && s.child(t, "det") >= 0 && s.lemmas[s.child(t, "det")] == "the" {
		// "the Ambassadors": the same noun resolved earlier in the document.
		return d.nounRefs[nounKey(s.lemmas[t])]
	}
	if len(out) > 0 && found > 0 && common && d.mentionAt(s, t) < 0 {
		d.nounRefs[nounKey(s.lemmas[t])] = out
	}
	return out
}

// without returns refs less those naming an actor of exclude, or one with
// the same code.
func (d *docState) without(refs, exclude []actorRef) []actorRef {
	if len(exclude) == 0 {
		return refs
	}
	var out []actorRef
	for _, r := range refs {
		if !slices.ContainsFunc(exclude, func(x actorRef) bool { return d.sameActor(r, x) }) {
			out = append(out, r)
		}
	}
	return out
}

// nounKey folds a noun's plural for nominal anaphora: the tagger may
// lemmatize "Ambassadors" as a name.
func nounKey(lemma string) string {
	return strings.TrimSuffix(lemma, "s")
}
