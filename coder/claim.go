package coder

import (
	"slices"
	"strings"
	"sync"

	"parley"
)

// claimMemory is what figure extraction remembers across sentences: the
// place of the last figure and its sentence, for follow-ups such as
// "Three soldiers were also killed."
type claimMemory struct {
	place *parley.Place
	sent  int
}

// figureGap is how many tokens may stand between the words of a
// multi-word trigger ("claimed the lives of").
const figureGap = 2

// claimNegators deny a figure: "no one was killed", "were not injured".
var claimNegators = []string{"not", "n't", "never", "no", "nobody", "none", "without"}

// hypotheticals make a figure a threat, a plan or a projection rather
// than a report: "could kill thousands", "threatened to arrest 50".
var hypotheticals = []string{"could", "would", "might", "may", "will", "shall", "to", "if", "unless", "risk"}

// reportVerbs before "to" report rather than plan: "are believed to
// have been killed", "were said to be missing".
var reportVerbs = []string{"believe", "believed", "say", "said", "report", "reported", "fear", "feared", "know", "known", "think", "thought", "confirm", "confirmed", "estimate", "estimated"}

// perpetratorNouns are people who flee the scene rather than their homes:
// "the three suspects fled" counts no displaced people.
var perpetratorNouns = []string{
	"suspect", "gunman", "attacker", "assailant", "militant", "soldier", "troop", "fighter", "robber",
	"thief", "inmate", "prisoner", "driver", "killer", "perpetrator", "kidnapper", "smuggler", "hijacker",
	"force", "personnel", "serviceman", "servicemen", "marine", "paratrooper", "mercenary", "guerrilla",
}

// figureIndexes caches, per figure table, the figures by the lemma of
// their first word; tables are immutable once parsed.
var figureIndexes sync.Map // *Figure → map[string][]int

// figureIndex returns the figures of figs by the lemma of their first
// word.
func figureIndex(figs []Figure) map[string][]int {
	if len(figs) == 0 {
		return nil
	}
	if m, ok := figureIndexes.Load(&figs[0]); ok {
		return m.(map[string][]int)
	}
	m := map[string][]int{}
	for i, f := range figs {
		m[f.Words[0].Lemma] = append(m[f.Words[0].Lemma], i)
	}
	figureIndexes.Store(&figs[0], m)
	return m
}

// claimSentence finds the figures of one sentence.
func (c *Coder) claimSentence(d *docState, s *sent) []parley.Claim {
	var out []parley.Claim
	used := map[int]bool{}
	idx := figureIndex(c.figures)
	for t := range s.toks {
		cands := idx[s.lemmas[t]]
		if low := strings.ToLower(s.toks[t].Text); low != s.lemmas[t] {
			cands = append(cands[:len(cands):len(cands)], idx[low]...)
		}
		for _, fi := range cands {
			f := c.figures[fi]
			last, ok := s.figureAt(f, t)
			if !ok {
				continue
			}
			num, end, ok := findCount(s, f, t, last)
			if !ok || used[num] || s.claimBlocked(t, last, num) {
				continue
			}
			if v := victimAfter(s, end); f.What == "displaced" && v >= 0 && (slices.Contains(perpetratorNouns, s.lemmas[v]) || slices.Contains(perpetratorNouns, strings.TrimSuffix(s.lemmas[v], "s"))) {
				continue
			}
			if f.What == "detained" && s.released(num) {
				continue
			}
			if v := victimAfter(s, end); v >= 0 && (v < t || v > last) && !d.personLike(s, victimHead(s, v)) {
				continue
			}
			used[num] = true
			out = append(out, d.newClaim(s, f, t, last, num, end))
			if f.Frame != "of" && f.Frame != "after" {
				continue
			}
			// "killing 13 troops and at least 60 civilians": each
			// coordinated count is a figure of its own.
			for {
				num, end, ok = coordinatedCount(s, end)
				if !ok || used[num] {
					break
				}
				used[num] = true
				out = append(out, d.newClaim(s, f, t, last, num, end))
			}
		}
	}
	return out
}

// figureAt reports whether figure f's trigger phrase starts at token t,
// and where it ends. A word matches by lemma or by its lowercase text
// (the lemmatizer may not know an irregular form).
func (s *sent) figureAt(f Figure, t int) (last int, ok bool) {
	j := t
	gap := figureGap
	if f.Frame == "inside" {
		gap = figureGap + 4
	}
	for i, w := range f.Words {
		if i > 0 {
			k := j + 1
			for k < len(s.toks) && k <= j+1+gap && !s.wordIs(w, k) && (gapOK(s.toks[k]) || slices.Contains(qualifierWords, s.lemmas[k])) {
				k++
			}
			j = k
		}
		if j >= len(s.toks) || !s.wordIs(w, j) {
			return 0, false
		}
	}
	return j, true
}

// wordIs reports whether token t is word w.
func (s *sent) wordIs(w Word, t int) bool {
	if t >= len(s.toks) || !posOK(w.POS, s.toks[t].UPOS) {
		return false
	}
	return s.lemmas[t] == w.Lemma || len(s.toks[t].Text) == len(w.Lemma) && strings.EqualFold(s.toks[t].Text, w.Lemma)
}

// claimBlocked reports whether a figure from trigger words [first, last]
// and count num is denied ("no one was killed", "were not injured") or
// hypothetical ("could kill up to 1,000", "threatened to arrest 50").
func (s *sent) claimBlocked(first, last, num int) bool {
	lo, hi := min(first, num), max(first, num)
	for j := max(lo-1, 0); j < hi; j++ {
		if j == num {
			continue
		}
		if slices.Contains(claimNegators, s.lemmas[j]) {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		l := s.lemmas[j]
		if l == "to" && j > 0 && slices.Contains(reportVerbs, s.lemmas[j-1]) {
			// "are believed to have been killed" reports a figure.
			break
		}
		if slices.Contains(hypotheticals, l) {
			return true
		}
		if slices.Contains(claimNegators, l) {
			return true
		}
		if u := s.toks[j].UPOS; u != "AUX" && u != "ADV" && u != "PART" && !slices.Contains(passiveAux, l) {
			break
		}
	}
	return false
}

// newClaim builds a claim from figure f (trigger words first to last) and
// the count in tokens [num, end), and places and dates it.
func (d *docState) newClaim(s *sent, f Figure, first, last, num, end int) parley.Claim {
	doc := d.doc
	count, _, _ := parseCount(s, num)
	qual, qstart := qualifierBefore(s, num)
	if qual == "" {
		qual = rangeQualifier(s, num)
	}
	trig := first
	if f.Frame != "before" && f.Frame != "passive" {
		trig = last
	}
	cl := parley.Claim{
		What:      f.What,
		Count:     count,
		Qualifier: qual,
		Sentence:  s.s.Text(doc),
		Start:     s.s.Start,
		End:       s.s.End,
		Trigger:   doc.Text[s.toks[first].Start:s.toks[last].End],
		Rule:      f.Rule,
	}
	victims := victimAfter(s, end)
	if victims >= 0 {
		cl.Victims = s.toks[victimHead(s, victims)].Text
	}
	if !d.ref.IsZero() {
		cl.Date = parley.Date{Time: d.ref}
	}
	cl.Since = d.since(s)
	cl.Actor = d.claimActor(s, trig, f.Frame == "after" || f.Frame == "passive")
	lo, hi := min(first, qstart), max(last, victims, num)
	cl.Place = d.claimPlace(s, f.What, trig, lo, hi, cl.Actor)
	if cl.Place != nil {
		p := *cl.Place
		d.claims.place, d.claims.sent = &p, s.idx
	}
	return cl
}

// claimActor returns who the sentence holds responsible for a figure whose
// trigger is a verb: the agent of "were killed by", or the subject of an
// active, transitive trigger ("strikes killed 20 people"); the subject of
// "20 people died" is the victims.
func (d *docState) claimActor(s *sent, trig int, transitive bool) *parley.EventActor {
	// A participle the parser hung on a noun ("Pakistan, killing six")
	// has no subject of its own.
	if s.parsed && s.isVerb(trig) && s.ownClause(trig) {
		subj, passive := s.subject(trig)
		if subj >= 0 && (passive || transitive) {
			for _, r := range d.actorsIn(s, subj, subjDepth, false) {
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
	for j := trig + 1; j < len(s.toks) && j <= trig+3; j++ {
		if s.lemmas[j] != "by" {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
			if refs := d.refsAt(s, k); len(refs) > 0 {
				return d.eventActor(refs[0])
			}
		}
		return nil
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
		return h >= 0 && s.isVerb(h)
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

// coordinatedCount returns the count coordinated with the noun phrase of
// a count that ended at token end: "13 troops and at least 60 civilians".
func coordinatedCount(s *sent, end int) (num, e int, ok bool) {
	j := end
	for j < len(s.toks) && j < end+4 && (s.nounish(j) || s.toks[j].UPOS == "ADJ") {
		j++
	}
	if j >= len(s.toks) || s.lemmas[j] != "and" && s.lemmas[j] != "," {
		return 0, 0, false
	}
	if v := victimAfter(s, end); s.lemmas[j] == "," && (v < 0 || slices.Contains(totalNouns, s.lemmas[v])) {
		// "six people, five Chinese nationals and their driver": the
		// total, then who they were.
		return 0, 0, false
	}
	num, e, ok = scanPhrase(s, j+1, j+1+afterWindow)
	if ok && e < len(s.toks) && s.lemmas[e] == "of" {
		// "7 workers, 2 of them critically": a part, not another figure.
		return 0, 0, false
	}
	return num, e, ok
}

// victimHead returns the last noun of the compound starting at token v:
// "U.S. troops", "World Central Kitchen aid workers".
func victimHead(s *sent, v int) int {
	for j := v + 1; j < len(s.toks) && j < v+5 && s.nounish(j); j++ {
		v = j
	}
	return v
}

// nounish reports whether token t is a noun or a name.
func (s *sent) nounish(t int) bool {
	u := s.toks[t].UPOS
	return u == "NOUN" || u == "PROPN"
}

// totalNouns name everyone a figure counts; a comma after them opens a
// breakdown, not another figure.
var totalNouns = []string{"people", "person", "persons", "civilian", "other", "individual", "victim"}

// releaseVerbs free people rather than hold them: "pardoned 18 political
// prisoners" is no figure of detention.
var releaseVerbs = []string{"pardon", "release", "free", "swap", "exchange", "amnesty", "repatriate", "return"}

// released reports whether a release verb governs the count at num.
func (s *sent) released(num int) bool {
	for j := num - 1; j >= 0 && j >= num-4; j-- {
		if slices.Contains(releaseVerbs, s.lemmas[j]) {
			// "sought the release of 17 crew members" still counts them.
			return s.isVerb(j) || s.toks[j].UPOS == ""
		}
		if u := s.toks[j].UPOS; u != "ADV" && u != "AUX" && u != "DET" && u != "ADJ" && u != "PART" && !slices.Contains(qualifierWords, s.lemmas[j]) {
			return false
		}
	}
	return false
}
