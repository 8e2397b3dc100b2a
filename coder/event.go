package coder

import (
	"slices"
	"strings"

	"parley"
)

// Search depths for the actors of a phrase: a subject names its actor
// close to its head; a target may sit deeper ("the use of force by
// Israeli forces").
const (
	subjDepth   = 2
	targetDepth = 4
)

// pluralAnaphors are subject words that refer back to the participants of
// the last symmetric event when the actor resolver left them unresolved
// ("the two leaders", "both sides", "they").
var pluralAnaphors = []string{"they", "leader", "side", "both", "party", "two", "counterpart", "government", "country", "nation", "minister", "delegation", "president"}

// codeSentence codes the events of one sentence.
func (c *Coder) codeSentence(d *docState, s *sent) []parley.Event {
	var out []parley.Event
	var prevSrcs []actorRef // the last source found in this sentence
	for _, m := range c.findMatches(s) {
		p := &c.patterns[m.pat]
		if p.Say || p.None {
			continue
		}
		if p.Bare != "" && !s.infinitiveAfter(m.toks[len(m.toks)-1]) {
			bare := *p
			bare.Code, bare.Mode = p.Bare, ""
			p = &bare
		}
		f := s.newFrame(m.toks, m.byForm)
		f.material = p.Code >= "14"
		if p.Code >= "14" && s.isConsequence(f) {
			continue
		}
		modality, negated := c.modality(s, f)
		if negated {
			continue
		}
		srcs := d.sources(s, f, p)
		if len(srcs) == 0 && slices.Contains(p.Source, "subj") {
			srcs = d.mentionRightBefore(s, f, prevSrcs)
		}
		tgts := d.targets(s, f, p, srcs)
		if p.Symmetric && len(tgts) == 0 && len(srcs) == 1 {
			tgts = d.subjectPartners(s, f, srcs) // "Israeli and Hamas negotiators resumed talks"
		}
		if len(srcs) == 0 && len(tgts) > 0 {
			srcs = d.nounSubject(s, f, p)
		}
		if len(srcs) > 0 {
			prevSrcs = srcs
		}
		for _, e := range d.emit(s, f, p, m, srcs, tgts, modality) {
			i := slices.IndexFunc(out, func(o parley.Event) bool { return sameReport(o, e) })
			switch {
			case i < 0:
				out = append(out, e)
			case generic(out[i].CAMEO) && !generic(e.CAMEO):
				out[i] = e
			}
		}
	}
	return out
}

// sameReport reports whether two events of one sentence report the same
// thing: the same actors and code, or the same root where one is the
// root's generic code ("held a telephone conversation and discussed trade"
// is one consultation, 041, not also a 040).
func sameReport(a, b parley.Event) bool {
	if actorKey(a.Source) != actorKey(b.Source) || actorKey(a.Target) != actorKey(b.Target) {
		return false
	}
	return a.CAMEO == b.CAMEO || a.CAMEO[:2] == b.CAMEO[:2] && (generic(a.CAMEO) || generic(b.CAMEO))
}

// generic reports whether code is a root's catch-all: "040", "110", "19".
func generic(code string) bool {
	return len(code) == 2 || len(code) == 3 && code[2] == '0'
}

// isConsequence reports whether frame f is a participle clause reporting
// the consequence of the main clause's act ("Shells struck two camps,
// killing at least 35 people"): the act is coded, not its consequence,
// whose subject the parse would wrongly inherit.
func (s *sent) isConsequence(f frame) bool {
	v := f.pred
	return v >= 0 && base(s.toks[v].Deprel) == "advcl" && strings.HasSuffix(strings.ToLower(s.toks[v].Text), "ing") &&
		s.child(v, "nsubj") < 0 && s.child(v, "mark") < 0
}

// infinitiveAfter reports whether a "to"-infinitive follows token t in its
// clause ("called on Israel to halt").
func (s *sent) infinitiveAfter(t int) bool {
	for j := t + 1; j+1 < len(s.toks) && j <= t+12; j++ {
		switch {
		case s.toks[j].Text == ";" || s.toks[j].Text == "." || s.lemmas[j] == "but":
			return false
		case s.lemmas[j] == "to" && (s.toks[j+1].UPOS == "VERB" || s.toks[j+1].UPOS == "AUX" || s.toks[j].UPOS == "PART"):
			return true
		}
	}
	return false
}

// isPluralAnaphor reports whether token t refers back to a pair: "they",
// "both", or a plural such as "the two leaders", "both governments".
func (s *sent) isPluralAnaphor(t int) bool {
	l := s.lemmas[t]
	switch {
	case l == "they" || l == "both":
		return true
	case l == "two" && s.child(t, "det") >= 0:
		return true // "the two pledged to coordinate"
	case !slices.Contains(pluralAnaphors, l):
		return false
	}
	for _, c := range s.children[t] {
		if cl := s.lemmas[c]; cl == "two" || cl == "both" {
			return true
		}
	}
	return false
}

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
			refs = appendRefs(refs, d.actorsIn(s, h, depth, false))
			if d.weak(refs) {
				// "A spokesman for the Taliban administration": the actor
				// the phrase names beats one guessed from the dateline.
				if deeper := d.actorsInExcept(s, h, depth+1, false, refs); len(deeper) > 0 && !d.weak(deeper) {
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
	if h < 0 {
		return nil
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
	if subj < 0 || s.toks[subj].UPOS != "PRON" || !slices.Contains([]string{"it", "they", "he", "she", "we"}, s.lemmas[subj]) {
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
		if refs := d.actorsInExcept(s, h, subjDepth, false, srcs); len(refs) > 0 {
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
		for _, h := range heads {
			refs = appendRefs(refs, d.actorsInExcept(s, h, targetDepth, perp, srcs))
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
			refs = d.without(d.lastAct([]string{"11"}), srcs) // a denial answers the last accusation
		}
		if len(refs) == 0 && len(heads) == 1 && s.isPluralAnaphor(heads[0]) {
			refs = d.without(d.lastPair, srcs) // "urged both sides to"
		}
		if len(refs) == 0 && slot == "obj" && len(heads) > 0 && s.refersToAct(heads[0]) {
			refs = d.without(d.lastAct(actRoots[s.lemmas[heads[0]]]), srcs)
		}
		if len(refs) == 0 && slot == "obj" && len(heads) == 0 {
			refs = d.mentionRightAfter(s, f)
		}
		if len(refs) == 0 && (p.Mode == "visit" || p.Code == "042" || p.Code == "043") {
			refs = d.without(d.placeActors(s, heads), srcs) // "will visit Islamabad": Pakistan
		}
		if len(refs) > 0 {
			return refs
		}
	}
	return nil
}

// mentionRightBefore is the surface fallback for a subject the parse lost:
// an actor named right before the trigger, past adverbs and a date ("Turkish
// President Erdogan spoke", "Qureshi on Sunday spoke"); after "and", the
// sentence's previous source ("spoke with Abbas and expressed solidarity").
func (d *docState) mentionRightBefore(s *sent, f frame, prev []actorRef) []actorRef {
	first := f.toks[0]
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if mi := d.mentionAt(s, j); mi >= 0 && d.doc.Mentions[mi].TokenEnd == j+1 {
			return d.refsOf(mi)
		}
		switch {
		case s.toks[j].UPOS == "ADV" || s.isDateWord(j):
		case (s.lemmas[j] == "and" || s.lemmas[j] == "also") && len(prev) > 0:
			return prev
		default:
			return nil
		}
	}
	return nil
}

// isDateWord reports whether token t is part of a short time expression
// ("on Sunday", "Wednesday").
func (s *sent) isDateWord(t int) bool {
	w := strings.ToLower(s.toks[t].Text)
	_, day := weekdays[w]
	return day || w == "on" || w == "yesterday" || w == "today" || monthOf(w) != 0 && len(w) >= 3
}

// mentionRightAfter is the surface fallback for an object the parse lost:
// an actor named right after the trigger, past determiners and adjectives
// ("hosted Chinese President Xi Jinping").
func (d *docState) mentionRightAfter(s *sent, f frame) []actorRef {
	first := f.toks[0]
	for j := first + 1; j < len(s.toks) && j <= first+5; j++ {
		if slices.Contains(f.toks, j) {
			return nil
		}
		if mi := d.mentionAt(s, j); mi >= 0 && d.doc.Mentions[mi].TokenStart > first {
			return d.refsOf(mi)
		}
		switch s.toks[j].UPOS {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN": // "a draft Security Council resolution"
		default:
			return nil
		}
	}
	return nil
}

// placeActors returns, for the first of heads that names a place in the
// gazetteer, a synthetic actor for the place's country: the host of a
// visit to it.
func (d *docState) placeActors(s *sent, heads []int) []actorRef {
	for _, h := range heads {
		lo, _ := s.span(h)
		for t := lo; t <= h; t++ {
			e, end := d.c.places.matchAt(s, t)
			if e == nil {
				continue
			}
			name := e.Country
			if c, ok := d.c.places.countries[e.Country]; ok {
				name = c.Name
			}
			d.synth = append(d.synth, parley.Actor{Code: e.Country, Name: name, Country: e.Country, Type: "state", How: "place"})
			return []actorRef{{actor: len(d.doc.Actors) + len(d.synth) - 1, mention: -1, start: s.toks[t].Start, end: s.toks[end-1].End}}
		}
	}
	return nil
}

// actNouns name an act that a reaction refers back to ("condemned the
// launch", "welcomed the decision", "rejected the sanctions").
var actNouns = []string{
	"accusation", "action", "agreement", "allegation", "announcement", "application",
	"demand", "proposal", "offer", "threat", "release", "visit",
	"arrest", "attack", "bombing", "case", "charge", "deal", "decision", "deployment",
	"drill", "exercise", "expulsion", "incursion", "invasion", "killing", "launch", "law",
	"massacre", "measure", "move", "offensive", "operation", "plan", "raid", "recognition",
	"request", "resolution", "sanction", "shelling", "step", "strike", "test", "veto", "vote",
}

// actRoots narrows an act noun to the CAMEO roots of the acts it can name
// ("the launch" is a show of force or a strike, not a sanction); nouns not
// listed may name any act.
var actRoots = map[string][]string{
	"launch": {"15", "19", "13"}, "test": {"15", "19"},
	"attack": {"18", "19", "20"}, "strike": {"18", "19", "20"}, "shelling": {"19"},
	"bombing": {"18", "19", "20"}, "raid": {"17", "18", "19"}, "incursion": {"19", "18"},
	"offensive": {"19"}, "invasion": {"19"}, "killing": {"18", "19", "20"},
	"massacre": {"18", "19", "20"}, "sanction": {"16", "17"}, "veto": {"12"},
	"arrest": {"17"}, "drill": {"15", "06"}, "exercise": {"15", "06"},
	"deployment": {"15"}, "expulsion": {"16", "17"}, "accusation": {"11"},
	"allegation": {"11"}, "charge": {"11"}, "case": {"11"}, "agreement": {"03", "05", "06", "08"},
	"deal": {"03", "05", "06", "08"}, "recognition": {"05"},
	"demand": {"10"}, "proposal": {"02", "03"}, "offer": {"03"}, "threat": {"13"},
	"release": {"08"}, "visit": {"04"},
}

// lastAct returns the source of the latest event of an earlier sentence
// whose root is one of roots; with no roots, of the latest act (not a
// statement, appeal, demand or disapproval).
func (d *docState) lastAct(roots []string) []actorRef {
	for i := len(d.acts) - 1; i >= 0; i-- {
		if len(roots) == 0 && isAct(d.acts[i].code) || slices.Contains(roots, d.acts[i].code[:2]) {
			return d.acts[i].srcs
		}
	}
	return nil
}

// refersToAct reports whether token h is a definite noun naming an earlier
// act: "the launch", "this decision".
func (s *sent) refersToAct(h int) bool {
	if s.toks[h].UPOS != "NOUN" || !slices.Contains(actNouns, s.lemmas[h]) {
		return false
	}
	det := s.child(h, "det")
	return det >= 0 && slices.Contains([]string{"the", "this", "that", "these", "those"}, s.lemmas[det])
}

// isAct reports whether code is an act others react to, rather than a
// statement, appeal, demand or disapproval (accusations and lawsuits, and
// vetoes, are acts).
func isAct(code string) bool {
	switch code[:2] {
	case "01", "02", "10":
		return false
	case "11":
		return code == "112" || strings.HasPrefix(code, "112") || code == "115"
	case "12":
		return code == "129"
	}
	return true
}

// actorsAfter is the surface fallback for a slot whose phrase names no
// actor in the parse: the first actor named in the noun phrase that runs on
// from head ("to the government and brotherly people of Iran", ", notably
// the United Nations"), which survives the parser misplacing a
// coordination.
func (d *docState) actorsAfter(s *sent, h int, perp bool, exclude []actorRef) []actorRef {
	for j := h + 1; j < len(s.toks) && j <= h+12; j++ {
		if mi := d.mentionAt(s, j); mi >= 0 {
			if refs := d.without(d.refsOf(mi), exclude); len(refs) > 0 {
				return refs
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

// emit builds the events of one match from its sources and targets.
// Symmetric events are emitted in both directions; a symmetric event with
// a plural source and no target pairs the source's members.
func (d *docState) emit(s *sent, f frame, p *Pattern, m match, srcs, tgts []actorRef, modality string) []parley.Event {
	type pair struct{ src, tgt *actorRef }
	var pairs []pair
	if p.Symmetric && len(tgts) == 0 && len(srcs) >= 2 {
		for i := range srcs {
			for j := range srcs {
				if i != j {
					pairs = append(pairs, pair{&srcs[i], &srcs[j]})
				}
			}
		}
	} else {
		srcList := refPtrs(srcs, p.OptSource)
		tgtList := refPtrs(tgts, p.OptTarget)
		for _, a := range srcList {
			for _, b := range tgtList {
				if a == nil && b == nil {
					continue
				}
				pairs = append(pairs, pair{a, b})
				if p.Symmetric && a != nil && b != nil {
					pairs = append(pairs, pair{b, a})
				}
			}
		}
	}
	var out []parley.Event
	for _, pr := range pairs {
		if pr.src != nil && pr.tgt != nil && d.sameActor(*pr.src, *pr.tgt) {
			continue
		}
		if p.Code < "06" && (pr.tgt != nil && d.isMedia(*pr.tgt) || pr.src != nil && d.isMedia(*pr.src)) {
			continue // "briefed the media", "told reporters": not diplomacy
		}
		if (p.Code == "042" || p.Code == "043") && pr.tgt != nil && d.notHost(*pr.tgt) {
			continue // "hosting refugees" is not hosting a visit
		}
		ev := d.newEvent(s, f, p, m, modality)
		if modality == "future" && strings.HasPrefix(p.Code, "04") {
			// A meeting or visit announced, not yet held: CAMEO codes the
			// intent (036).
			d.recode(&ev, "036")
		}
		if pr.src != nil {
			ev.Source = d.eventActor(*pr.src)
		}
		if pr.tgt != nil {
			ev.Target = d.eventActor(*pr.tgt)
		}
		ev.Symmetric = p.Symmetric && pr.src != nil && pr.tgt != nil
		out = append(out, ev)
	}
	if len(out) > 0 {
		d.remember(p, srcs, tgts)
		if len(srcs) > 0 {
			d.sentActs = append(d.sentActs, act{srcs: srcs, code: p.Code})
		}
	}
	return out
}

// refPtrs returns pointers to refs, or a single nil when refs is empty and
// optional.
func refPtrs(refs []actorRef, optional bool) []*actorRef {
	if len(refs) == 0 {
		if optional {
			return []*actorRef{nil}
		}
		return nil
	}
	out := make([]*actorRef, len(refs))
	for i := range refs {
		out[i] = &refs[i]
	}
	return out
}

// sameActor reports whether a and b are the same actor, carry the same
// code, or are a state and one of its own organs: an event from an actor to
// itself is a misreading.
func (d *docState) sameActor(a, b actorRef) bool {
	x, y := d.actorOf(a), d.actorOf(b)
	switch {
	case a.actor == b.actor || x.Code == y.Code:
		return true
	case x.Country == "" || x.Country != y.Country:
		return false
	}
	// "Russia's government warned Russia": a state and its own organs.
	return x.Code == x.Country || y.Code == y.Country
}

// notHost reports whether r is a population rather than a party one visits
// or hosts: refugees, civilians, students, patients.
func (d *docState) notHost(r actorRef) bool {
	switch d.actorOf(r).Sector {
	case "REF", "CVL", "EDU", "HLH", "MED", "AGR", "LAB", "BUS", "REL", "CRM":
		return true
	}
	return false
}

// isMedia reports whether r is the press.
func (d *docState) isMedia(r actorRef) bool {
	a := d.actorOf(r)
	return a.Sector == "MED" || strings.HasSuffix(a.Code, "MED")
}

// remember keeps the participants of consultations and symmetric events
// for later anaphora.
func (d *docState) remember(p *Pattern, srcs, tgts []actorRef) {
	if len(p.Code) >= 2 && p.Code[:2] == "04" && len(srcs) > 0 {
		d.lastConsult = srcs
	}
	if p.Symmetric {
		all := appendRefs(slices.Clone(srcs), tgts)
		if len(all) >= 2 {
			d.lastPair = all
		}
	}
}

// newEvent fills everything but the actors.
func (d *docState) newEvent(s *sent, f frame, p *Pattern, m match, modality string) parley.Event {
	doc := d.doc
	code, _ := d.c.book.Lookup(p.Code)
	first, last := s.toks[m.toks[0]], s.toks[m.toks[len(m.toks)-1]]
	ev := parley.Event{
		CAMEO:        code.Code,
		CAMEOName:    code.Name,
		QuadClass:    code.QuadClass,
		Goldstein:    code.Goldstein,
		PLOVER:       d.c.ploverFor(p, s.s.Text(doc)),
		Sentence:     s.s.Text(doc),
		Start:        s.s.Start,
		End:          s.s.End,
		Trigger:      doc.Text[first.Start:last.End],
		TriggerStart: first.Start,
		TriggerEnd:   last.End,
		Rule:         p.Rule,
		Modality:     modality,
	}
	ev.Date, ev.DateSource = d.eventDate(s, f, modality == "future")
	ev.Place = d.eventPlace(s, f)
	return ev
}

// recode gives ev another CAMEO code, with its name, scores and PLOVER
// type.
func (d *docState) recode(ev *parley.Event, code string) {
	c, ok := d.c.book.Lookup(code)
	if !ok {
		return
	}
	ev.CAMEO, ev.CAMEOName, ev.QuadClass, ev.Goldstein = c.Code, c.Name, c.QuadClass, c.Goldstein
	ev.PLOVER = d.c.plover.ForCAMEO(code)
}

// ploverFor maps the pattern's code to PLOVER and refines the mode: the
// pattern's own mode first, else cue words in the sentence when the code
// implies none.
func (c *Coder) ploverFor(p *Pattern, sentence string) parley.PLOVER {
	pl := c.plover.ForCAMEO(p.Code)
	switch {
	case p.Mode != "":
		pl.Mode = p.Mode
	case pl.Mode == "":
		pl = c.plover.Refine(pl, sentence)
	}
	return pl
}
