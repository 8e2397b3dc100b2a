package coder

import (
	"slices"
	"strings"
)

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

// weaponNouns name the means of an attack, which a "with" phrase gives
// ("with drones"), never a party to it.
var weaponNouns = []string{"drone", "missile", "rocket", "artillery", "bomb", "tank", "jet", "aircraft",
	"warplane", "shell", "weapon", "gun", "rifle", "grenade", "explosive", "tear gas", "water cannon", "bulldozer"}

// relationNouns name people by whom they stand with or against, who are
// not that actor: "supporters of the junta" did not protest as the junta.
var relationNouns = []string{"supporter", "opponent", "critic", "family", "relative", "victim",
	"friend", "enemy", "rival", "fan", "follower", "loyalist", "sympathizer", "sympathiser"}

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
	// loc marks a token reached through a locative phrase ("Israeli fire
	// in the West Bank city of Jenin"): a place, which names a party only
	// when the phrase names none other at that depth.
	type item struct {
		tok, depth int
		loc        bool
	}
	queue := []item{{t, 0, false}}
	seen := map[int]bool{t: true}
	var out, atPlace []actorRef
	seenMention := map[int]bool{}
	found := -1
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if found >= 0 && it.depth > found {
			break
		}
		if mi := d.mentionAt(s, it.tok); mi >= 0 && !seenMention[mi] && !d.accordingTo(s, mi) {
			seenMention[mi] = true
			if refs := d.without(d.refsOf(mi), exclude); len(refs) > 0 {
				if it.loc {
					atPlace = append(atPlace, refs...)
				} else {
					out = append(out, refs...)
				}
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
			if rel == "acl" && s.isVerb(c) && s.child(c, "obl:agent") < 0 && s.childWithCase(c, "by") < 0 && s.lemmas[c] != "represent" {
				// "a tanker carrying Iraqi crude bound for Turkey": a
				// description, not a party; "the attack carried out by
				// Hamas" names its agent, "ambassadors representing the
				// MENA region" whom they stand for.
				continue
			}
			if b := base(rel); (b == "nmod" || b == "obl") && s.caseOf(c) == "" && s.commaBetween(it.tok, c) {
				continue // "democracy, while rights groups ...": a misattached clause
			}
			if perp && s.isVictimEdge(it.tok, c) {
				continue
			}
			if base(rel) == "conj" && s.toks[c].UPOS == "VERB" && s.isNominal(it.tok) {
				continue // "welcomed the decision and called on X": a clause, not the phrase's
			}
			if slices.Contains(relationNouns, s.lemmas[it.tok]) && (base(rel) == "nmod" || rel == "compound") {
				continue // "supporters of the junta", "junta supporters": not the junta
			}
			if s.caseOf(c) == "with" && slices.Contains(weaponNouns, s.lemmas[c]) {
				continue // "strikes Russian oil refinery with drones": the means, not a party
			}
			depth := it.depth + 1
			if base(rel) == "conj" || rel == "flat" || rel == "compound" || rel == "amod" && slices.Contains(eventNouns, s.lemmas[it.tok]) {
				depth = it.depth // "Israeli and US strikes": both strike
			}
			if depth > maxDepth {
				continue
			}
			seen[c] = true
			loc := it.loc || (base(rel) == "nmod" || base(rel) == "obl") && slices.Contains(locatives, s.caseOf(c))
			if depth == it.depth {
				queue = append([]item{{c, depth, loc}}, queue...)
			} else {
				queue = append(queue, item{c, depth, loc})
			}
		}
	}
	if len(out) == 0 {
		out = atPlace
	}
	// Act nouns ("the ceasefire", "the attack") are not reused: the actors
	// of "a ceasefire brokered by the United States" are not the parties
	// "the ceasefire" stands for later (see refersToAct).
	common := (s.toks[t].UPOS == "NOUN" || s.toks[t].UPOS == "PROPN") && !slices.Contains(actNouns, s.lemmas[t])
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

// commaBetween reports whether a comma stands between tokens a and b.
func (s *sent) commaBetween(a, b int) bool {
	for j := min(a, b) + 1; j < max(a, b); j++ {
		if s.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// relationSubject reports whether the subject of frame f is a relation
// noun ("Supporters of the junta protested"), whose actors are not the
// subject's.
func (s *sent) relationSubject(f frame) bool {
	for _, h := range s.slotHeads(f, "subj") {
		if slices.Contains(relationNouns, s.lemmas[h]) {
			return true
		}
	}
	return false
}

// childWithCase returns the first nominal dependent of t introduced by
// preposition c, or -1.
func (s *sent) childWithCase(t int, c string) int {
	for _, k := range s.children[t] {
		if b := base(s.toks[k].Deprel); (b == "obl" || b == "nmod") && s.caseOf(k) == c {
			return k
		}
	}
	return -1
}
