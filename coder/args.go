package coder

import (
	"slices"
	"strings"
)

// sources finds the event's source actors in the pattern's source slots.
func (d *docState) sources(s *sent, f frame, p *Pattern) []actorRef {
	for _, slot := range p.Source {
		var refs []actorRef
		heads := s.slotHeads(f, slot)
		for _, h := range heads {
			depth := subjDepth
			if slot != "subj" {
				depth = targetDepth
			}
			// The victims of an event noun are never its agent: "air
			// strikes on a school sheltering displaced families killed 30".
			victims := slot == "subj"
			refs = appendRefs(refs, d.actorsIn(s, h, depth, victims))
			if d.weak(refs) {
				// "A spokesman for the Taliban administration": the actor
				// the phrase names beats one guessed from the dateline.
				if deeper := d.actorsInExcept(s, h, depth+1, victims, refs); len(deeper) > 0 && !d.weak(deeper) {
					refs = deeper
				}
			}
		}
		if len(refs) == 0 && slot == "subj" {
			refs = d.reportedPronoun(s, f) // "Norway said it would ..."
		}
		if len(refs) == 0 && slot == "subj" && len(heads) == 1 {
			refs = d.subjectFallback(s, f, heads[0])
		}
		if len(refs) == 0 && slot == "subj" && len(heads) == 1 && s.isPluralAnaphor(heads[0]) {
			refs = appendRefs(refs, d.lastPair)
		}
		if slot == "between" {
			refs = d.distinctCodes(refs)
		}
		if len(refs) > 0 {
			return refs
		}
	}
	if p.Anaphor {
		return d.lastConsult
	}
	return nil
}

// weak reports whether every ref comes from a mention the resolver placed
// only by the dateline.
func (d *docState) weak(refs []actorRef) bool {
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs {
		if r.mention < 0 || !strings.Contains(d.doc.Mentions[r.mention].How, "dateline") {
			return false
		}
	}
	return true
}

// subjectFallback looks past a subject that names no actor: the
// antecedent of a relative pronoun ("Ishiba, who spoke with"), or another
// subject the parser gave the same verb ("Sudan/nsubj 's ...
// commissioner/nsubj thanked").
func (d *docState) subjectFallback(s *sent, f frame, subj int) []actorRef {
	if l := s.lemmas[subj]; l == "who" || l == "which" || l == "that" {
		j := subj - 1
		if j >= 0 && s.toks[j].Text == "," {
			j--
		}
		if mi := d.mentionAt(s, j); j >= 0 && mi >= 0 && d.doc.Mentions[mi].TokenEnd == j+1 {
			return d.refsOf(mi)
		}
		return nil
	}
	h := s.head(subj)
	if h < 0 || h != f.pred {
		return nil // the subject of another clause's verb is no help
	}
	for _, c := range s.children[h] {
		if c != subj && c < h && s.toks[c].Deprel == s.toks[subj].Deprel {
			if refs := d.actorsIn(s, c, subjDepth, false); len(refs) > 0 {
				return refs
			}
		}
	}
	return nil
}

// reportedPronoun resolves a pronoun subject the resolver left open in
// reported speech to the reporter: "Norway said it would recognise ...",
// "the air force said it had shot down ...".
func (d *docState) reportedPronoun(s *sent, f frame) []actorRef {
	if f.pred < 0 || f.viaSubj {
		return nil
	}
	subj, _ := s.subject(f.pred)
	// The form, not the lemma: "pressed him to allow aid" has "him" (lemma
	// "he") as the controller, who is not the reporter.
	if subj < 0 || s.toks[subj].UPOS != "PRON" || !slices.Contains([]string{"it", "they", "he", "she", "we"}, strings.ToLower(s.toks[subj].Text)) {
		return nil
	}
	for v, depth := f.pred, 0; v >= 0 && depth < 3; depth++ {
		h := s.head(v)
		if h < 0 {
			return nil
		}
		if base(s.toks[v].Deprel) == "ccomp" && d.c.isSay(s.lemmas[h]) {
			if rs, _ := s.subject(h); rs >= 0 {
				return d.actorsIn(s, rs, subjDepth, false)
			}
			return nil
		}
		v = h
	}
	return nil
}

// subjectPartners finds the other party of a symmetric event inside its
// subject phrase: "Israeli and Hamas negotiators", "US and Chinese
// officials".
func (d *docState) subjectPartners(s *sent, f frame, srcs []actorRef) []actorRef {
	for _, h := range s.slotHeads(f, "subj") {
		// Only modifiers and conjuncts of the subject's head ("Israeli and
		// Hamas negotiators"), not every name inside the phrase.
		var refs []actorRef
		for _, c := range s.children[h] {
			switch base(s.toks[c].Deprel) {
			case "amod", "conj", "compound", "flat":
				if mi := d.mentionAt(s, c); mi >= 0 {
					refs = appendRefs(refs, d.without(d.refsOf(mi), srcs))
				}
			}
		}
		if len(refs) > 0 {
			return refs
		}
	}
	// "X and Y met" whatever the parse: a name joined to the source's by
	// "and".
	if srcs[0].mention < 0 {
		return nil
	}
	start := d.doc.Mentions[srcs[0].mention].TokenStart
	if d.doc.Mentions[srcs[0].mention].Sentence != s.idx || start < 2 || s.lemmas[start-1] != "and" {
		return nil
	}
	if mi := d.mentionAt(s, start-2); mi >= 0 && d.doc.Mentions[mi].TokenEnd == start-1 {
		return d.without(d.refsOf(mi), srcs)
	}
	return nil
}

// nounSubject is the source of a consultation noun with a partner but no
// owner the resolver could name ("his telephonic interactions with ..."):
// the clause's subject.
func (d *docState) nounSubject(s *sent, f frame, p *Pattern) []actorRef {
	if slices.Contains(p.Source, "subj") || s.isVerb(f.top) || p.Code[:2] != "04" {
		return nil
	}
	for _, t := range f.toks {
		if c := s.child(t, "nmod:poss"); c >= 0 && (s.toks[c].UPOS == "PROPN" || s.toks[c].UPOS == "NOUN") {
			return nil // "after Pelosi's visit to Taiwan": a named owner, not the clause's subject
		}
	}
	for _, h := range s.slotHeads(f, "subj") {
		if refs := d.actorsIn(s, h, subjDepth, false); len(refs) > 0 {
			return refs
		}
	}
	return nil
}

// distinctCodes keeps the first of refs that share a code: "a meeting
// between the Prime Minister and the President" names two sides.
func (d *docState) distinctCodes(refs []actorRef) []actorRef {
	var out []actorRef
	for _, r := range refs {
		if !slices.ContainsFunc(out, func(o actorRef) bool { return d.actorOf(o).Code == d.actorOf(r).Code }) {
			out = append(out, r)
		}
	}
	return out
}

// targets finds the event's target actors in the first of the pattern's
// target slots that names any.
func (d *docState) targets(s *sent, f frame, p *Pattern, srcs []actorRef) []actorRef {
	perp := p.Code >= "09" && p.Code < "14"
	for _, slot := range p.Target {
		var refs []actorRef
		heads := s.slotHeads(f, slot)
		if slices.Contains(prepositions, slot) && len(heads) > 1 {
			// One preposition slot has one phrase: of several the parser
			// hung on the phrase's words, the nearest after it that names
			// an actor ("sanctions on six Iranian officials over the
			// crackdown on protesters": not the protesters).
			last := slices.Max(f.toks)
			slices.SortStableFunc(heads, func(a, b int) int { return nearAfter(a, last) - nearAfter(b, last) })
			for _, h := range heads {
				if refs = d.actorsInExcept(s, h, targetDepth, perp, srcs); len(refs) > 0 {
					break
				}
			}
		} else {
			for _, h := range heads {
				refs = appendRefs(refs, d.actorsInExcept(s, h, targetDepth, perp, srcs))
			}
		}
		for _, h := range heads {
			if len(refs) == 0 {
				refs = d.actorsAfter(s, h, perp, srcs)
			}
		}
		if len(refs) == 0 && slices.Contains(prepositions, slot) {
			// The preposition right after the phrase, whatever the parse
			// made of its object ("eased sanctions on Venezuela's oil").
			last := slices.Max(f.toks)
			for j := last + 1; j < len(s.toks) && j <= last+3; j++ {
				if s.lemmas[j] == slot && s.toks[j].UPOS == "ADP" {
					refs = d.actorsAfter(s, j, perp, srcs)
					break
				}
			}
		}
		if len(refs) == 0 && strings.HasPrefix(p.Code, "016") {
			refs = d.without(d.accuser(srcs), srcs)
		}
		if len(refs) == 0 && len(heads) == 1 && s.lemmas[heads[0]] == "they" {
			// "the presence of US forces … called on Baghdad to expel
			// them": a plural named before it in the sentence.
			refs = d.without(d.pluralBefore(s, heads[0]), srcs)
		}
		if len(refs) == 0 && len(heads) == 1 && s.isPluralAnaphor(heads[0]) {
			refs = d.without(d.lastPair, srcs) // "urged both sides to"
		}
		if len(refs) == 0 && slot == "obj" && len(heads) > 0 && s.refersToAct(heads[0]) {
			from := 0
			if slices.Contains(vagueActs, s.lemmas[heads[0]]) {
				from = s.idx - 2
			}
			l := s.lemmas[heads[0]]
			a := d.lastActAt(actRoots[l], from)
			refs = d.without(a.srcs, srcs)
			if (l == "exchange" || l == "swap") && len(refs) > 0 {
				// An exchange has two sides: the last release's parties
				// ("Germany freed a Russian …; MIT said it had mediated the
				// exchange": Germany and Russia).
				refs = d.without(appendRefs(slices.Clone(a.srcs), a.tgts), srcs)
			}
		}
		if len(refs) == 0 && slot == "obj" && len(heads) == 0 {
			refs = d.mentionRightAfter(s, f)
		}
		if len(refs) == 0 && (p.Mode == "visit" || p.Code == "042" || p.Code == "043" || strings.HasPrefix(p.Code, "07") && slot != "obj" ||
			attackCode(p.Code) && (slot == "obj" || slices.Contains(attackedCases, slot)) ||
			strings.HasPrefix(p.Code, "16") && (slot == "from" || slot == "to")) {
			// "will visit Islamabad": Pakistan; "delivered food to Port
			// Sudan": Sudan; "attacked Odesa", "fired missiles at Kyiv":
			// Ukraine; "recalled its ambassador from Tehran": Iran.
			refs = d.without(d.placeActors(s, heads), srcs)
		}
		if len(refs) == 0 && slices.Contains(prepositions, slot) {
			refs = d.without(d.swallowedHost(s, heads), srcs)
		}
		if len(refs) > 0 && attackCode(p.Code) && (slot == "obj" || slices.Contains(attackedCases, slot)) {
			refs = d.placesAttacked(s, refs)
		}
		if len(refs) > 0 {
			return refs
		}
	}
	if p.Code == "045" {
		// "agreed to restore relations, in a deal brokered by China": the
		// parties of the agreement its sentence reports.
		for i := len(d.sentActs) - 1; i >= 0; i-- {
			if a := d.sentActs[i]; len(a.srcs) >= 2 && !strings.HasPrefix(a.code, "045") {
				if refs := d.without(a.srcs, srcs); len(refs) >= 2 {
					return refs
				}
			}
		}
	}
	if strings.HasPrefix(p.Code, "10") && len(srcs) > 0 && d.inPair(srcs) {
		// A demand with no one named, made by a party to the last
		// consultation, is made of the other party ("spoke with Netanyahu
		// and demanded full accountability").
		return d.without(d.lastPair, srcs)
	}
	return nil
}

// reporter reports whether mention mi is the subject of a speech verb or
// the source named by "according to".
func (d *docState) reporter(s *sent, mi int) bool {
	if d.accordingTo(s, mi) {
		return true
	}
	m := d.doc.Mentions[mi]
	h := m.Head
	if h < 0 || h >= len(s.toks) || !strings.HasPrefix(s.toks[h].Deprel, "nsubj") {
		return false
	}
	v := s.head(h)
	return v >= 0 && d.c.isSay(s.lemmas[v])
}

// nearAfter orders positions by distance after last, those before it
// after all of them.
func nearAfter(t, last int) int {
	if t > last {
		return t - last
	}
	return 1<<20 + last - t
}

// inPair reports whether every source took part in the last consultation
// or symmetric event.
func (d *docState) inPair(srcs []actorRef) bool {
	return len(d.lastPair) >= 2 && len(d.without(srcs, d.lastPair)) == 0
}

// actorsAfter is the surface fallback for a slot whose phrase names no
// actor in the parse: the first actor named in the noun phrase that runs on
// from head ("to the government and brotherly people of Iran", ", notably
// the United Nations"), which survives the parser misplacing a
// coordination.
func (d *docState) actorsAfter(s *sent, h int, perp bool, exclude []actorRef) []actorRef {
	victims := false // inside "the killing of …": the victims, never the perpetrator
	for j := h + 1; j < len(s.toks) && j <= h+12; j++ {
		if mi := d.mentionAt(s, j); mi >= 0 && !victims {
			if d.reporter(s, mi) {
				return nil // ", South Korea's Joint Chiefs of Staff said"
			}
			if refs := d.without(d.refsOf(mi), exclude); len(refs) > 0 {
				return refs
			}
		}
		if perp && s.toks[j].UPOS == "ADP" {
			switch {
			case s.lemmas[j] == "by":
				victims = false
			case s.lemmas[j] == "of" && slices.Contains(eventNouns, s.lemmas[j-1]):
				victims = true
			}
		}
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADV", "NUM":
		case "PART":
			if s.lemmas[j] != "'s" {
				return nil // "to protect civilians": an infinitive, not the phrase
			}
		case "ADP":
			if s.lemmas[j] != "of" && !(perp && s.lemmas[j] == "by") {
				return nil
			}
		case "PUNCT":
			// A comma continues the phrase only into a list or an aside
			// (", particularly the United Nations"), not into a new clause.
			if s.toks[j].Text != "," || j+1 >= len(s.toks) || s.toks[j+1].UPOS != "ADV" && d.mentionAt(s, j+1) < 0 && s.lemmas[j+1] != "the" {
				return nil
			}
			for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
				if d.c.isSay(s.lemmas[k]) {
					return nil // ", the Foreign Office said"
				}
			}
		default:
			return nil
		}
	}
	return nil
}

// appendRefs appends the refs of add whose actor out does not hold yet.
func appendRefs(out, add []actorRef) []actorRef {
	for _, r := range add {
		if !slices.ContainsFunc(out, func(o actorRef) bool { return o.actor == r.actor }) {
			out = append(out, r)
		}
	}
	return out
}

// pluralBefore returns the actors of the nearest mention before token t
// whose head is a plural noun ("US forces", "the militants").
func (d *docState) pluralBefore(s *sent, t int) []actorRef {
	for j := t - 1; j >= 0; j-- {
		if x := s.toks[j].XPOS; x != "NNS" && x != "NNPS" {
			continue
		}
		if mi := d.mentionAt(s, j); mi >= 0 && d.doc.Mentions[mi].Head == j {
			return d.refsOf(mi)
		}
		// "Chinese business leaders": the plural's nationality.
		for _, c := range s.children[j] {
			if r := s.toks[c].Deprel; r != "amod" && r != "compound" && r != "nmod:poss" {
				continue
			}
			if mi := d.mentionAt(s, c); mi >= 0 && d.doc.Mentions[mi].Head == c {
				return d.refsOf(mi)
			}
		}
	}
	return nil
}

// swallowedHost returns a synthetic actor for a country that the actor
// resolver read into a title phrase before it: in "recalled its
// ambassador to Israel" the phrase is the envoy (resolved or not), and
// Israel no mention of its own. Only a country name counts, never a city
// or capital ("fired rockets at Tel Aviv": a place, no target).
func (d *docState) swallowedHost(s *sent, heads []int) []actorRef {
	if d.c.Country == nil {
		return nil
	}
	for _, h := range heads {
		lo, _ := s.span(h)
		if mi := d.mentionAt(s, h); mi >= 0 && d.doc.Mentions[mi].TokenStart >= lo {
			continue // a mention of its own, already searched
		}
		if s.caseOf(h) != "" {
			lo++ // the preposition
		}
		if lo < h && s.lemmas[lo] == "the" {
			lo++
		}
		if e, _ := d.c.places.matchAt(s, lo); e != nil && e.Kind != "country" {
			continue // "fired rockets at Tel Aviv": a city is where, not whom
		}
		iso, ok := d.c.Country(d.doc.Text[s.toks[lo].Start:s.toks[h].End])
		if !ok {
			continue
		}
		return []actorRef{d.placeState(iso, s.toks[lo].Start, s.toks[h].End)}
	}
	return nil
}

// accordingTo reports whether mention mi follows "according to": a
// source of the report ("…, according to South Korea's Joint Chiefs of
// Staff"), never a party to it, wherever the parser hung it.
func (d *docState) accordingTo(s *sent, mi int) bool {
	k := d.doc.Mentions[mi].TokenStart
	return k >= 2 && k < len(s.toks) && strings.EqualFold(s.toks[k-2].Text, "according") && strings.EqualFold(s.toks[k-1].Text, "to")
}

// attackCode reports whether CAMEO code is a use of force (18, 19, 20),
// whose target a place can stand for: the state it lies in.
func attackCode(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// placesAttacked replaces a capital that refs name for its government
// ("bombed Beirut": Lebanon's government) by its state: a city struck is
// a place, not the government that sits there.
func (d *docState) placesAttacked(s *sent, refs []actorRef) []actorRef {
	out := slices.Clone(refs)
	for i, r := range out {
		if r.mention < 0 || d.doc.Mentions[r.mention].How != "metonym" {
			continue
		}
		m := d.doc.Mentions[r.mention]
		if e, _ := d.c.places.matchAt(s, m.TokenStart); e != nil && (e.Kind == "capital" || e.Kind == "city") {
			out[i] = d.placeState(e.Country, m.Start, m.End)
		}
	}
	return out
}

// accuser returns the source of the last accusation against one of srcs,
// which a denial by them answers: in its own sentence ("Israel blamed
// Hezbollah …, but the group denied any involvement") or before it.
func (d *docState) accuser(srcs []actorRef) []actorRef {
	// The accused and the denier may be two organs of one state ("blamed
	// the Rwandan army …; Rwanda's government spokeswoman denied").
	same := func(s, t actorRef) bool {
		if d.sameActor(s, t) {
			return true
		}
		a, b := d.actorOf(s), d.actorOf(t)
		return a.Country != "" && a.Country == b.Country && (d.stateForce(s) || d.stateForce(t))
	}
	accused := func(a act) bool {
		return strings.HasPrefix(a.code, "11") && slices.ContainsFunc(a.tgts, func(t actorRef) bool {
			return slices.ContainsFunc(srcs, func(s actorRef) bool { return same(s, t) })
		})
	}
	for i := len(d.sentActs) - 1; i >= 0; i-- {
		if accused(d.sentActs[i]) {
			return d.sentActs[i].srcs
		}
	}
	for i := len(d.acts) - 1; i >= 0; i-- {
		if accused(d.acts[i]) {
			return d.acts[i].srcs
		}
	}
	return nil
}
