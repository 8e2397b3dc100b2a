package actor

import (
	"slices"
	"strings"

	"parley"
)

// walk resolves the candidates in document order, keeping track of who was
// mentioned where so that titles, pronouns, "the two leaders" and
// counterparts find the people they refer to.
func (st *state) walk() {
	persons := map[int][]int{}  // sentence → person actors, in order
	subjects := map[int][]int{} // sentence → person actors parsed as subjects
	states := map[int][]int{}   // sentence → country and government actors
	paired := map[int]bool{}    // sentence → two of its states are conjoined ("India and Pakistan")
	pairs := map[int][]int{}    // sentence → actors of its "the two leaders"
	last := map[int]int{}       // actor → last candidate that named it
	owner := map[int]int{}      // sentence → the last non-person actor with a country
	for i := range st.cands {
		c := &st.cands[i]
		if c.kind == cGroupRef {
			if a, ok := st.groupAntecedent(c, i); ok {
				c.actors = []int{a}
			} else if c.agent != nil {
				c.kind = cGroup // "the militant group" with none named: militants
			}
		}
		switch c.kind {
		case cTitle:
			st.resolveTitle(c, last)
		case cPronoun:
			find := st.antecedent
			if c.object {
				find = st.objectAntecedent
			}
			if a, ok := find(c, persons, subjects); ok {
				c.actors = []int{a}
			}
		case cPair:
			var st8 map[int][]int
			if c.states {
				st8 = states
			}
			if c.states {
				// The two sides of a conflict are named together ("India
				// and Pakistan agreed …"), not merely in one sentence
				// ("Trump said Washington mediated, but New Delhi …").
				for s := c.sent; s >= 0 && s >= c.sent-3 && c.actors == nil; s-- {
					if s == c.sent && c.between {
						continue // "Saudi Arabia and the US hosted talks between the two sides": others
					}
					if paired[s] && len(states[s]) == 2 {
						c.actors = append([]int(nil), states[s]...)
					}
				}
			}
			if c.actors == nil {
				c.actors = st.pair(c, persons, pairs, st8)
			}
			if len(c.actors) >= 2 {
				pairs[c.sent] = c.actors
			}
		case cPeer:
			st.resolvePeer(c, persons, subjects)
		case cCountry, cDemonym, cPlural, cCapital, cOrg:
			a, key := st.d.plainActor(c)
			c.actors = []int{st.actor(key, a, nil)}
		case cGroup:
			if len(c.items) == 1 && len(c.cues) == 0 {
				// "the Modi government": the country of its leader.
				for _, a := range st.cands[c.items[0]].actors {
					if k := st.d.countries[st.actors[a].Country]; k != nil {
						c.cues = []*country{k}
					}
				}
				if len(c.cues) == 0 {
					break
				}
			}
			if a, ok := owner[c.sent]; ok && c.its && len(c.cues) == 0 {
				if x := st.actors[a]; x.Type == "group" && x.Sector == c.agent.Sector {
					// "The RSF said its fighters had repelled the attack":
					// an armed group's fighters are the group.
					c.actors = []int{a}
					break
				}
				// "Pakistan's army said its troops killed …": Pakistan's.
				if k := st.d.countries[st.actors[a].Country]; k != nil {
					c.cues, c.foreign = []*country{k}, false
				}
			}
			if c.def && len(c.cues) == 0 && c.cueOrg == nil {
				// "Myanmar's military … blamed the military": the same one.
				if a, ok := st.namedBefore(c, i); ok {
					c.actors = []int{a}
					break
				}
			}
			if c.poss && len(c.cues) == 0 {
				if a, ok := st.antecedent(c, persons, subjects); ok {
					if k := st.d.countries[st.actors[a].Country]; k != nil {
						c.cues = []*country{k}
					}
				}
			}
			st.resolveGroup(c)
		case cListItem:
			if c.agent != nil && c.agent.Kind == "title" {
				// "Foreign ministers of Norway and Qatar": Norway's is the
				// Norwegian foreign minister the document names.
				t := cand{sent: c.sent, title: c.agent, cues: []*country{c.country}}
				if a := st.titleHolder(&t, last); a >= 0 {
					c.actors = []int{a}
					break
				}
			}
			a, key := st.d.groupActor(c.country, nil, c.agent, false)
			c.actors = []int{st.actor(key, a, c.agent)}
		case cList:
			for _, j := range c.items {
				c.actors = append(c.actors, st.cands[j].actors...)
			}
		}
		for _, a := range c.actors {
			if x := st.actors[a]; x.Type != "person" && x.Country != "" && len(c.actors) == 1 {
				owner[c.sent] = a
			}
			last[a] = i
			if st.actors[a].Type == "person" && (c.kind != cPair || len(c.actors) == 1) && !containsInt(persons[c.sent], a) {
				persons[c.sent] = append(persons[c.sent], a)
				if st.isSubject(c) {
					subjects[c.sent] = append(subjects[c.sent], a)
				}
			}
			if x := st.actors[a]; c.kind != cPair && x.Type != "person" && (x.Type == "state" || x.Sector == "GOV") && x.Country != "" && !containsInt(states[c.sent], a) {
				states[c.sent] = append(states[c.sent], a)
				if st.conjoinedState(c, i) {
					paired[c.sent] = true
				}
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// resolveTitle links "the foreign minister" to the person of the document
// who holds that title (the one named last, else the first named later);
// with none, a title with a country cue is an unnamed actor of that
// country, and a domestic title without one takes the dateline's country.
func (st *state) resolveTitle(c *cand, last map[int]int) {
	if best := st.titleHolder(c, last); best >= 0 {
		c.actors = []int{best}
		return
	}
	cue := c.cue()
	if home := st.homeCountry(c.sent); cue == nil && c.cueOrg == nil && c.title.Domestic && home != nil && !c.former && !(c.indef && st.sole) {
		cue = home
		c.how = "title-dateline"
	}
	if cue == nil && c.cueOrg == nil {
		return
	}
	a, key := st.d.groupActor(cue, c.cueOrg, c.title, c.former)
	a.Type, a.How = "person", "title"
	c.actors = []int{st.actor("T:"+key, a, c.title)}
}

// titleHolder returns the person of the document who holds c's title
// (the one named last, else the first named later), or -1.
func (st *state) titleHolder(c *cand, last map[int]int) int {
	best, bestAt := -1, -1
	for a := range st.actors {
		if c.indef {
			break // "a minister" is not the minister named before
		}
		x := st.actors[a]
		if x.Type != "person" || !titleCompat(st.titles[a], c.title) {
			continue
		}
		if cue := c.cue(); cue != nil && x.Country != cue.Code {
			continue
		}
		if c.cueOrg != nil && x.Code != c.cueOrg.Code {
			continue
		}
		at, seen := last[a]
		if !seen {
			at = -2 // named only later in the text (a headline)
		}
		if best < 0 || at > bestAt {
			best, bestAt = a, at
		}
	}
	return best
}

// antecedent resolves "he" or "she": the first person named in the same
// sentence before it, else the subject of the nearest of the three
// sentences before that names a person — the person the parser made its
// subject, or without a parse its first person.
func (st *state) antecedent(c *cand, persons, subjects map[int][]int) (int, bool) {
	if ps := persons[c.sent]; len(ps) > 0 && !c.first {
		if ss := subjects[c.sent]; len(ss) > 0 {
			return ss[0], true
		}
		return ps[0], true
	}
	for s := c.sent - 1; s >= 0 && s >= c.sent-3; s-- {
		if ps := persons[s]; len(ps) > 0 {
			if ss := subjects[s]; len(ss) > 0 {
				return ss[0], true
			}
			return ps[0], true
		}
	}
	return 0, false
}

// objectAntecedent resolves an object "him" or "her", which is never the
// subject of its own clause: the last person named before it in the
// sentence who is not a subject there ("Biden spoke with Netanyahu and
// urged him": Netanyahu), else the last person of the three sentences
// before who is none of the sentence's subjects.
func (st *state) objectAntecedent(c *cand, persons, subjects map[int][]int) (int, bool) {
	// The subject of the pronoun's own clause: in a relative clause the
	// relative pronoun's antecedent, not the main clause's subject.
	subj, ok := st.relativeSubjects(c)
	if !ok {
		subj = subjects[c.sent]
	}
	for s := c.sent; s >= 0 && s >= c.sent-3; s-- {
		ps := persons[s]
		for i := len(ps) - 1; i >= 0; i-- {
			if !slices.Contains(subj, ps[i]) {
				return ps[i], true
			}
		}
	}
	return 0, false
}

// relativeSubjects returns the actors that a relative pronoun makes the
// subject of the clause holding candidate c, and whether there are any:
// in "spoke with Joe Biden, who invited him to visit Washington" Biden
// invited, so "him" is not Biden.
func (st *state) relativeSubjects(c *cand) ([]int, bool) {
	s := st.doc.Sentences[c.sent]
	_, _, t := tokenSpan(s, c.start, c.end)
	for k := 0; t >= 0 && k < 4; k++ {
		t = s.Tokens[t].Head
		if t < 0 || s.Tokens[t].Deprel != "acl:relcl" {
			continue
		}
		rel := false
		for _, tok := range s.Tokens {
			if tok.Head == t && tok.Deprel == "nsubj" && relativePronouns[strings.ToLower(tok.Text)] {
				rel = true
			}
		}
		if !rel {
			return nil, false
		}
		n := s.Tokens[t].Head
		var out []int
		for i := range st.cands {
			if o := &st.cands[i]; o.sent == c.sent && o != c {
				if _, _, h := tokenSpan(s, o.start, o.end); h == n {
					out = append(out, o.actors...)
				}
			}
		}
		return out, len(out) > 0
	}
	return nil, false
}

// relativePronouns open relative clauses.
var relativePronouns = setOf(`who that which`)

// isSubject reports whether the parse makes candidate c a clause subject.
func (st *state) isSubject(c *cand) bool {
	s := st.doc.Sentences[c.sent]
	_, _, h := tokenSpan(s, c.start, c.end)
	if h < 0 {
		return false
	}
	switch s.Tokens[h].Deprel {
	case "nsubj", "nsubj:pass":
		return true
	}
	return false
}

// pair resolves "the two leaders" to the people of the last sentence that
// named two or more; "they" only looks at its own sentence and the one
// before.
func (st *state) pair(c *cand, persons, pairs, states map[int][]int) []int {
	stop := 0
	if c.they {
		stop = c.sent - 1
	}
	for s := c.sent; s >= 0 && s >= stop; s-- {
		if s == c.sent && c.between {
			continue
		}
		// People first: "the two countries" after "X and Y agreed" are
		// X's and Y's; then, for countries, the states the sentence names.
		for _, m := range []map[int][]int{persons, states} {
			ps := m[s]
			if len(ps) < 2 {
				continue
			}
			if c.two && len(ps) > 2 {
				// "both sides" among three: the two the sentence's main
				// verb joins ("Ruto hosted Burhan …, days after Burhan's
				// rival toured …"), else which two?
				return st.mainPair(s, ps)
			}
			if len(ps) > 4 {
				ps = ps[:4]
			}
			return append([]int(nil), ps...)
		}
		if ps := pairs[s]; s < c.sent && len(ps) >= 2 {
			return append([]int(nil), ps...)
		}
	}
	return nil
}

// peerCompat reports whether a person titled a can be the counterpart of
// one titled b: any when either title is unknown, else the same office,
// two heads of state or government ("Modi spoke with his US counterpart":
// the President), or two foreign ministers ("Secretary of State"). The
// Secretary of State is no defence minister's counterpart.
func peerCompat(a, b *agent) bool {
	if a == nil || b == nil || titleCompat(a, b) {
		return true
	}
	x, y := a.Canonical, b.Canonical
	return leaderTitles[x] && leaderTitles[y] || foreignTitles[x] && foreignTitles[y]
}

// foreignTitles are the offices of foreign ministers.
var foreignTitles = map[string]bool{"Foreign Minister": true, "Secretary of State": true, "Foreign Secretary": true}

// resolvePeer resolves "his Palestinian counterpart": per country cue, the
// person of that country the document names (preferring the same title as
// the possessor), else an unnamed actor of that country with the
// possessor's sector and title.
func (st *state) resolvePeer(c *cand, persons, subjects map[int][]int) {
	var owner *parley.Actor
	var ownerTitle *agent
	if ps := persons[c.sent]; len(ps) > 0 {
		owner, ownerTitle = &st.actors[ps[0]], st.titles[ps[0]]
	} else if a, ok := st.antecedent(c, persons, subjects); ok {
		owner, ownerTitle = &st.actors[a], st.titles[a]
	}
	for _, cue := range c.cues {
		best := -1
		for a := range st.actors {
			x := st.actors[a]
			if x.Type != "person" || x.Country != cue.Code || !peerCompat(st.titles[a], ownerTitle) {
				continue
			}
			if best < 0 || (ownerTitle != nil && titleCompat(st.titles[a], ownerTitle) && !titleCompat(st.titles[best], ownerTitle)) {
				best = a
			}
		}
		if best >= 0 {
			c.actors = append(c.actors, best)
			continue
		}
		title := ownerTitle
		sector := "GOV"
		if owner != nil && owner.Sector != "" {
			sector = owner.Sector
		}
		ag := &agent{Kind: "title", Sector: sector, Canonical: "Counterpart"}
		if title != nil {
			ag = title
		}
		a, key := st.d.groupActor(cue, nil, ag, false)
		a.Type, a.How = "person", "counterpart"
		c.actors = append(c.actors, st.actor("T:"+key, a, title))
	}
}

// conjoinedState reports whether candidate c (the i-th) is conjoined in
// the parse to an earlier state or government candidate of its sentence.
func (st *state) conjoinedState(c *cand, i int) bool {
	s := st.doc.Sentences[c.sent]
	_, _, h := tokenSpan(s, c.start, c.end)
	if h < 0 || s.Tokens[h].Deprel != "conj" || s.Tokens[h].Head < 0 {
		return false
	}
	at := s.Tokens[s.Tokens[h].Head]
	for j := i - 1; j >= 0 && st.cands[j].sent == c.sent; j-- {
		p := &st.cands[j]
		if p.start <= at.Start && at.End <= p.end {
			for _, a := range p.actors {
				if x := st.actors[a]; x.Type == "state" || x.Sector == "GOV" {
					return true
				}
			}
		}
	}
	return false
}

// groupAntecedent returns the group that "the group" (candidate i, c)
// refers to: the named group (an organisation of type group, or for "the
// organisation" an intergovernmental one too) mentioned last in its
// sentence or the four before, of the sector of c's agent noun if it has
// one ("the militant group" is no rights group).
func (st *state) groupAntecedent(c *cand, i int) (int, bool) {
	for j := i - 1; j >= 0 && st.cands[j].sent >= c.sent-4; j-- {
		p := &st.cands[j]
		if len(p.actors) != 1 {
			continue
		}
		a := p.actors[0]
		x := st.actors[a]
		if x.Type != "group" && !(c.igo && x.Type == "igo") {
			continue
		}
		if c.agent != nil && x.Sector != c.agent.Sector {
			continue
		}
		return a, true
	}
	return 0, false
}

// namedBefore returns the actor of the last mention of c's agent noun with
// a country in c's sentence or the three before: "the military" after
// "Myanmar's military".
func (st *state) namedBefore(c *cand, i int) (int, bool) {
	for j := i - 1; j >= 0 && st.cands[j].sent >= c.sent-3; j-- {
		p := &st.cands[j]
		if p.kind == cGroup && p.agent == c.agent && len(p.cues) == 1 && len(p.actors) == 1 {
			return p.actors[0], true
		}
	}
	return 0, false
}

// mainPair returns the two of actors ps that are the subject and the
// object of sentence s's root verb, or nil.
func (st *state) mainPair(s int, ps []int) []int {
	sent := st.doc.Sentences[s]
	var subj, obj = -1, -1
	for i := range st.cands {
		c := &st.cands[i]
		if c.sent != s || len(c.actors) != 1 || !slices.Contains(ps, c.actors[0]) {
			continue
		}
		_, _, h := tokenSpan(sent, c.start, c.end)
		if h < 0 || sent.Tokens[h].Head < 0 || sent.Tokens[sent.Tokens[h].Head].Head >= 0 {
			continue // not a dependent of the root
		}
		switch sent.Tokens[h].Deprel {
		case "nsubj":
			subj = c.actors[0]
		case "obj":
			obj = c.actors[0]
		}
	}
	if subj < 0 || obj < 0 || subj == obj {
		return nil
	}
	return []int{subj, obj}
}
