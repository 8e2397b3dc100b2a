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
				// "Two soldiers and three border guards were killed": the
				// counts of the conjuncts of the counted subject.
				for _, n := range s.conjunctCounts(num, t) {
					if _, e, ok := parseCount(s, n); ok && !used[n] && countOK(s, n, e) {
						used[n] = true
						out = append(out, d.newClaim(s, f, t, last, n, e))
					}
				}
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

// conjunctCounts returns the counts (nummod tokens) of the other conjuncts
// of the noun that count num counts, when that noun phrase is the subject
// of trigger t: "Two soldiers and three border guards were killed".
func (s *sent) conjunctCounts(num, t int) []int {
	if !s.parsed || s.toks[num].Deprel != "nummod" {
		return nil
	}
	v := s.head(num)
	r := v
	for r >= 0 && base(s.toks[r].Deprel) == "conj" {
		r = s.head(r)
	}
	if r < 0 || s.head(r) != t || !strings.HasPrefix(s.toks[r].Deprel, "nsubj") {
		return nil
	}
	var out []int
	for _, m := range append([]int{r}, s.children[r]...) {
		if m == v || m != r && (base(s.toks[m].Deprel) != "conj" || s.childWithLemma(m, "and") < 0) {
			continue // not "Nine people, including three children"
		}
		if n := s.child(m, "nummod"); n >= 0 && n != num {
			out = append(out, n)
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
			for k < len(s.toks) && k <= j+1+gap && !s.wordIs(w, k) && s.figureGapOK(f, k) {
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
	cl.Actor = d.claimActor(s, trig, f.Frame == "after")
	if cl.Actor == nil && f.Frame == "passive" {
		cl.Actor, _ = d.agentAfter(s, trig+1, trig+3)
	}
	if cl.Actor == nil && (f.Frame == "of" || f.Frame == "inside") {
		cl.Actor, _ = d.agentAfter(s, end, end+5)
	}
	lo, hi := min(first, qstart), max(last, victims, num)
	cl.Place = d.claimPlace(s, f.What, trig, lo, hi, cl.Actor)
	if cl.Place != nil {
		p := *cl.Place
		d.claims.place, d.claims.sent = &p, s.idx
	}
	return cl
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

// figureGapOK reports whether token k may stand between two words of
// figure f's trigger: modifiers and qualifiers; for counts inside the
// trigger, the whole noun phrase of the count ("forced 1 million people
// from their homes").
func (s *sent) figureGapOK(f Figure, k int) bool {
	if gapOK(s.toks[k]) || slices.Contains(qualifierWords, s.lemmas[k]) {
		return true
	}
	return f.Frame == "inside" && s.toks[k].UPOS == "ADP"
}
