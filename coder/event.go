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
		if len(srcs) == 0 && slices.Contains(p.Source, "subj") && (f.pred < 0 || !s.bareParticiple(f.pred) && !s.headlinePassive(f.pred)) && !s.relationSubject(f) {
			// Not before a bare participle: "freed a Russian convicted of
			// murder" names who was convicted, not who convicted; nor
			// inside a subject such as "supporters of the junta".
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
	// "Police used tear gas to disperse demonstrators": the act without a
	// target is the one with it.
	return slices.DeleteFunc(out, func(e parley.Event) bool {
		return e.Target == nil && e.Source != nil && slices.ContainsFunc(out, func(o parley.Event) bool {
			return o.Target != nil && o.CAMEO == e.CAMEO && actorKey(o.Source) == actorKey(e.Source)
		})
	})
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

// emit builds the events of one match from its sources and targets.
// Symmetric events are emitted in both directions; a symmetric event with
// a plural source and no target pairs the source's members.
func (d *docState) emit(s *sent, f frame, p *Pattern, m match, srcs, tgts []actorRef, modality string) []parley.Event {
	type pair struct {
		src, tgt *actorRef
		rev      bool // the reverse of a symmetric pair: the target as source
	}
	var pairs []pair
	if (p.Symmetric || s.reciprocal(f)) && len(tgts) == 0 && len(srcs) >= 2 {
		for i := range srcs {
			for j := range srcs {
				if i != j {
					pairs = append(pairs, pair{&srcs[i], &srcs[j], false})
				}
			}
		}
	} else {
		if (len(tgts) == 0 && p.OptTarget || strings.HasPrefix(p.Code, "14") && s.summoned(f.pred)) && s.purposeOfObject(f.pred) {
			return nil // "summoned the ambassador to protest": the summons is the act
		}
		srcList := refPtrs(srcs, p.OptSource)
		tgtList := refPtrs(tgts, p.OptTarget)
		for _, a := range srcList {
			for _, b := range tgtList {
				if a == nil && b == nil {
					continue
				}
				pairs = append(pairs, pair{a, b, false})
				if p.Symmetric && a != nil && b != nil && !slices.Contains(pledgeWords, p.Words[0].Lemma) {
					pairs = append(pairs, pair{b, a, true})
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
		if p.Words[0].Lemma == "order" && pr.src != nil && pr.tgt != nil && d.ownForces(*pr.src, *pr.tgt) {
			continue // "Netanyahu ordered the army to halt": a command, not a demand on another
		}
		if p.Code == "043" && !s.headline && s.habitual(m.toks[0]) {
			continue // "Lithuania, which hosts many exiled opposition figures": no visit
		}
		ev := d.newEvent(s, f, p, m, modality)
		if modality == "future" && strings.HasPrefix(p.Code, "04") {
			// A meeting or visit announced, not yet held: CAMEO codes the
			// intent (036); one party's readiness is its own ("Iran was
			// ready to resume talks with the United States"), a meeting
			// set for a date both parties'.
			if pr.rev && s.willing(f.pred) {
				continue
			}
			d.recode(&ev, "036")
		}
		if pr.src != nil {
			ev.Source = d.eventActor(*pr.src)
			if p.Code == "180" && len(p.Words) == 1 && d.stateForce(*pr.src) {
				// "a massive Russian attack on Ukraine": a state's attack
				// is conventional force, not terror (both ASSAULT, whose
				// mode the sentence's cues set: "drone and missile attack").
				mode := ev.PLOVER.Mode
				d.recode(&ev, "190")
				if ev.PLOVER.Type == "ASSAULT" && ev.PLOVER.Mode == "" {
					ev.PLOVER.Mode = mode
				}
			}
		}
		if pr.tgt != nil {
			ev.Target = d.eventActor(*pr.tgt)
			if p.Code == "051" && len(p.Words) == 1 && p.Words[0].Lemma == "welcome" && d.welcomedGuest(s, f, *pr.tgt) {
				// "Xi Jinping welcomed Brazilian President Lula at the Great
				// Hall of the People": a host greeting a guest, not praise.
				d.recode(&ev, "043")
			}
			if pl := d.hostPlace(s, *pr.tgt); pl != nil && ev.Place != nil && ev.Place.Country != pl.Country {
				ev.Place = pl // "visited Moscow and Beijing": the visit to China was in Beijing
			}
		}
		ev.Symmetric = p.Symmetric && pr.src != nil && pr.tgt != nil
		if d.dateline != nil && ev.Place != nil && *ev.Place == *d.dateline && s.parsed && d.unknownLocative(s, s.clauseChain(f)) &&
			foreign(ev, d.dateline.Country) {
			// "attacked Kosovo police in the village of Banjska" in a
			// story filed from Brussels: a place the gazetteer lacks is
			// better left unknown than put where the story was filed when
			// both parties are of other countries ("Gunmen stormed a
			// school in Kuriga" under an Abuja dateline stays in Abuja).
			ev.Place = nil
		}
		out = append(out, ev)
	}
	if len(out) > 0 {
		d.remember(p, srcs, tgts)
		if len(srcs) > 0 {
			actors := srcs
			if p.Symmetric {
				// "Lee met Ishiba …; Pyongyang denounced the meeting":
				// both sides met.
				actors = appendRefs(slices.Clone(srcs), tgts)
			}
			d.sentActs = append(d.sentActs, act{srcs: actors, tgts: tgts, code: p.Code, sent: s.idx})
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
	case !organ(x) || !organ(y):
		return false // "Pakistani airstrikes killed a TTP commander": the TTP is no organ of the state
	}
	// "Russia's government warned Russia": a state and its own organs.
	return x.Code == x.Country || y.Code == y.Country
}

// organ reports whether a is a state or one of its organs (government,
// armed forces, police, courts, legislature, intelligence), rather than
// people or groups inside the country: rebels, the opposition, parties,
// civilians, the press ("Pakistan arrested Pakistani journalists" is an
// event, not a state acting on itself).
func organ(a parley.Actor) bool {
	switch a.Sector {
	case "", "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return a.Type != "group"
	}
	return false
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
	ev.Date, ev.DateSource = d.eventDate(s, f, modality == "future", modality == "reported" && p.Code < "15")
	ev.Place = d.eventPlace(s, f, code.Code, p.Target)
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

// purposeOfObject reports whether verb v is an infinitive whose governing
// verb has a direct object ("summoned the ambassador to protest", "urged
// them to protest"): its understood subject is uncertain and the governing
// verb carries the event.
func (s *sent) purposeOfObject(v int) bool {
	if v < 0 {
		return false
	}
	if m := s.child(v, "mark"); m < 0 || s.lemmas[m] != "to" {
		return false
	}
	h := s.head(v)
	if h < 0 {
		return false
	}
	switch base(s.toks[v].Deprel) {
	case "advcl", "xcomp":
		return s.isVerb(h) && s.child(h, "obj") >= 0
	case "acl": // the parser may hang the infinitive on the object itself
		return s.toks[h].Deprel == "obj"
	}
	return false
}

// hostPlace returns the place a target taken from a place name
// (placeActors) stands for, or nil for any other target.
func (d *docState) hostPlace(s *sent, r actorRef) *parley.Place {
	if r.mention >= 0 || d.actorOf(r).How != "place" {
		return nil
	}
	for t, tok := range s.toks {
		if tok.Start == r.start {
			return d.placeAt(s, t)
		}
	}
	return nil
}

// willingHeads state one party's readiness, not an arrangement between two.
var willingHeads = []string{"ready", "willing", "prepared", "want", "wish", "hope", "seek", "offer"}

// willing reports whether v is the complement of a word of readiness
// ("ready to resume talks", "wants to meet"), up through three xcomps.
func (s *sent) willing(v int) bool {
	for k := 0; v >= 0 && k < 3 && base(s.toks[v].Deprel) == "xcomp"; k++ {
		v = s.head(v)
		if v >= 0 && slices.Contains(willingHeads, s.lemmas[v]) {
			return true
		}
	}
	return false
}

// summoned reports whether v is the purpose of a summons ("summoned the
// ambassador to protest"), hung on the verb or on its object.
func (s *sent) summoned(v int) bool {
	h := s.head(v)
	if h >= 0 && s.toks[v].Deprel == "acl" {
		h = s.head(h)
	}
	return h >= 0 && (s.lemmas[h] == "summon" || slices.Contains(verbLemmas(s.toks[h].Text), "summon"))
}

// pledgeWords open symmetric phrases whose subject alone commits itself:
// "the two leaders pledged to strengthen ties" pairs the leaders, but in
// "pledged to strengthen coordination with the United States" the United
// States pledged nothing.
var pledgeWords = []string{"pledge", "vow", "promise", "commit", "resolve", "offer"}

// reciprocal reports whether the predicate's object is "each other" or
// "one another": "both sides accused each other of violating the
// ceasefire" is an accusation each way.
func (s *sent) reciprocal(f frame) bool {
	v := f.pred
	if v < 0 {
		v = f.top
	}
	o := s.child(v, "obj")
	if o < 0 || o+1 >= len(s.toks) {
		return false
	}
	a, b := s.lemmas[o], strings.ToLower(s.toks[o+1].Text)
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// stateForce reports whether r is a state or one of its armed or governing
// organs.
func (d *docState) stateForce(r actorRef) bool {
	a := d.actorOf(r)
	if a.Type == "state" {
		return true
	}
	switch a.Sector {
	case "GOV", "MIL", "COP", "SPY":
		return a.Country != "" && a.Type != "group"
	}
	return false
}

// habitual reports whether verb t is in the simple present outside a
// headline, which reports a state of affairs ("Qatar, which hosts Hamas's
// political office"), not an act.
func (s *sent) habitual(t int) bool {
	x := s.toks[t].XPOS
	return (x == "VBZ" || x == "VBP") && s.toks[t].UPOS == "VERB"
}

// ownForces reports whether tgt is the armed forces or police of src's
// country, or forces of no known country: whom src commands.
func (d *docState) ownForces(src, tgt actorRef) bool {
	t := d.actorOf(tgt)
	if t.Sector != "MIL" && t.Sector != "COP" {
		return false
	}
	return t.Country == "" || t.Country == d.actorOf(src).Country
}

// foreign reports whether both parties to ev have countries and neither
// is iso. With one party only ("Israeli strikes killed three in the
// village of …" filed from Beirut) the dateline's country is likely where
// it happened.
func foreign(ev parley.Event, iso string) bool {
	for _, a := range []*parley.EventActor{ev.Source, ev.Target} {
		if a == nil || a.Country == "" || a.Country == iso {
			return false
		}
	}
	return true
}

// welcomedGuest reports whether the object of "welcome" in frame f is the
// person r names, not an act of theirs ("welcomed Lula", not "welcomed
// Lula's decision").
func (d *docState) welcomedGuest(s *sent, f frame, r actorRef) bool {
	if r.mention < 0 || d.actorOf(r).Type != "person" {
		return false
	}
	for _, h := range s.slotHeads(f, "obj") {
		if d.doc.Mentions[r.mention].Head == h {
			return true
		}
	}
	return false
}
