package coder

import (
	"slices"

	"parley"
)

// claimActor returns who the sentence holds responsible for a figure whose
// trigger is a verb: the agent of "were killed by", or the subject of an
// active, transitive trigger ("strikes killed 20 people"); the subject of
// "20 people died" is the victims.
func (d *docState) claimActor(s *sent, trig int, transitive bool) *parley.EventActor {
	// A participle the parser hung on a noun ("Pakistan, killing six")
	// has no subject of its own.
	if s.parsed && s.isVerb(trig) && s.ownClause(trig) {
		subj, passive := s.subject(trig)
		subjs := []int{subj}
		if transitive && !passive {
			// Of several subjects (a parse error), any that names an actor.
			for _, c := range s.children[trig] {
				if s.toks[c].Deprel == "nsubj" && c != subj {
					subjs = append(subjs, c)
				}
			}
		}
		for _, sj := range subjs {
			if sj < 0 || !passive && !transitive {
				continue
			}
			// Not the victims of an event noun subject ("strikes on a school
			// sheltering displaced families killed 30").
			for _, r := range d.actorsIn(s, sj, subjDepth, !passive) {
				if d.perpMention(s, r, trig, passive) {
					return d.eventActor(r)
				}
			}
		}
	}
	if !transitive {
		return nil
	}
	return d.surfaceActor(s, trig)
}

// surfaceActor finds the perpetrator of a figure without the parse (or
// where the parser mistook the trigger for an adjective): the agent after
// "by" ("were killed by Israeli forces"), else an actor named in the
// phrase right before an active trigger ("Russian shelling wounded 11").
func (d *docState) surfaceActor(s *sent, trig int) *parley.EventActor {
	if a, found := d.agentAfter(s, trig+1, trig+3); found {
		return a
	}
	if trig > 0 && slices.Contains(passiveAux, s.lemmas[trig-1]) {
		return nil
	}
	for j := trig - 1; j >= 0 && j >= trig-4; j-- {
		switch s.toks[j].UPOS {
		case "NOUN", "PROPN", "ADJ", "DET", "":
		default:
			return nil
		}
		if refs := d.refsAt(s, j); len(refs) > 0 {
			if !d.perpMention(s, refs[0], trig, false) {
				return nil
			}
			return d.eventActor(refs[0])
		}
	}
	return nil
}

// refsAt returns the actors the mention at token t names.
func (d *docState) refsAt(s *sent, t int) []actorRef {
	if mi := d.mentionAt(s, t); mi >= 0 {
		return d.refsOf(mi)
	}
	return nil
}

// ownClause reports whether verb v heads a clause whose subject the parse
// can give: not a participle or adverbial clause the parser hung on a
// noun ("an air strike on villagers ..., killing 100").
func (s *sent) ownClause(v int) bool {
	h := s.head(v)
	switch base(s.toks[v].Deprel) {
	case "acl":
		return false
	case "advcl", "conj", "xcomp":
		// A name right before the verb is its own subject, which the
		// parser missed ("after a suicide attack in March killed five").
		j := v - 1
		for j >= 0 && s.toks[j].UPOS == "ADV" {
			j--
		}
		return h >= 0 && s.isVerb(h) && (j < 0 || !s.nounish(j))
	}
	return true
}

// perpMention reports whether the mention of r can name the perpetrator
// of a figure triggered at trig: before an active trigger (after it
// stands the victim), and not a place ("in northwest Pakistan").
func (d *docState) perpMention(s *sent, r actorRef, trig int, passive bool) bool {
	m := d.doc.Mentions[r.mention]
	if m.Sentence != s.idx || !passive && m.TokenStart > trig {
		return false
	}
	j := m.TokenStart - 1
	for j >= 0 && slices.Contains(directions, s.lemmas[j]) {
		j--
	}
	return j < 0 || !slices.Contains(claimLocatives, s.lemmas[j]) && s.lemmas[j] != "into" && s.lemmas[j] != "from"
}

// agentAfter returns the actor a "by" phrase between tokens from and to
// names ("were killed by Israeli forces", "the killing of 3 journalists by
// the army"); found reports whether there was such a phrase at all.
func (d *docState) agentAfter(s *sent, from, to int) (a *parley.EventActor, found bool) {
	for j := from; j < len(s.toks) && j <= to; j++ {
		if x := s.toks[j].Text; x == "," || x == ";" || x == "." {
			return nil, false
		}
		if s.lemmas[j] != "by" {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
			if refs := d.refsAt(s, k); len(refs) > 0 {
				return d.eventActor(refs[0]), true
			}
		}
		return nil, true
	}
	return nil, false
}
