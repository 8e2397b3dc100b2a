package actor

import (
	"sort"
	"strings"
	"time"

	"parley"
)

// state is the per-document work of Resolve; it never outlives the call.
type state struct {
	d        *dict
	doc      *parley.Document
	date     time.Time
	cands    []cand
	dateline *country
	sole     bool       // dateline is only the one country the text names
	local    []*country // per sentence: the place it is set in ("In Tehran, …")
	actors   []parley.Actor
	titles   []*agent // canonical title of each actor, when it has one
	keys     map[string]int
	people   []*docPerson
}

// docPerson is one person of the document, named one or more times.
type docPerson struct {
	p     *person  // nil for a person the dictionary does not know
	keys  []string // the fullest written name
	name  string
	cands []int
	actor int
}

// Resolve finds the actor mentions of doc and fills doc.Actors and
// doc.Mentions. It reads doc.Sentences (tokens; the parse is used for
// mention heads when present) and resolves dated offices against
// doc.Published. A document without sentences is split by a simple
// fallback splitter, which fills doc.Sentences.
func (r *Resolver) Resolve(doc *parley.Document) {
	doc.Actors, doc.Mentions = nil, nil
	if len(doc.Sentences) == 0 {
		doc.Sentences = fallbackSentences(doc.Text)
	}
	st := &state{d: r.d, doc: doc, date: calendarDay(doc.Published.Time), keys: map[string]int{}}
	if doc.Dateline != "" {
		for _, e := range r.d.phrases[phraseKey(doc.Dateline)] {
			if e.country != nil {
				st.dateline = e.country
				break
			}
		}
	}
	for i, s := range doc.Sentences {
		if s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End {
			continue
		}
		for a := s.Start; a < s.End; {
			b := strings.IndexByte(doc.Text[a:s.End], '\n')
			if b < 0 {
				b = s.End
			} else {
				b += a
			}
			f := newFinder(r.d, doc.Text, i, s, a, b)
			off := len(st.cands)
			for _, c := range f.run() {
				for j := range c.items {
					c.items[j] += off
				}
				st.cands = append(st.cands, c)
			}
			if st.dateline == nil && f.dateline != nil && i < 8 {
				st.dateline = f.dateline
			}
			a = b + 1
		}
	}
	if st.dateline == nil {
		st.dateline, st.sole = st.soleCountry(), true
	}
	st.local = st.localPlaces()
	st.resolvePeople()
	st.walk()
	st.emit()
}

// actor returns the index of the actor with key, adding a when new.
func (st *state) actor(key string, a parley.Actor, title *agent) int {
	if i, ok := st.keys[key]; ok {
		return i
	}
	st.keys[key] = len(st.actors)
	st.actors = append(st.actors, a)
	st.titles = append(st.titles, title)
	return len(st.actors) - 1
}

// resolvePeople links every person candidate to a docPerson and decides
// each person's code.
func (st *state) resolvePeople() {
	var order []int
	for i := range st.cands {
		if st.cands[i].kind == cPerson {
			order = append(order, i)
		}
	}
	// Fuller names first, so that "Kakar" finds "Anwaar-ul-Haq Kakar".
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := &st.cands[order[a]], &st.cands[order[b]]
		if (len(ca.persons) > 0) != (len(cb.persons) > 0) {
			return len(ca.persons) > 0
		}
		return len(ca.nameKeys) > len(cb.nameKeys)
	})
	for _, i := range order {
		c := &st.cands[i]
		var dp *docPerson
		switch {
		case len(c.persons) > 0:
			dp = st.personFor(st.pick(c.persons, c.title))
		default:
			dp = st.matchDoc(c.nameKeys)
			if dp == nil && (c.title != nil || c.sector != "") && !c.weak {
				if ps := st.bySurname(c.nameKeys, c.title); len(ps) == 1 && c.title != nil {
					dp = st.personFor(ps[0])
				} else if len(c.nameKeys) >= 1 {
					dp = &docPerson{keys: c.nameKeys, name: c.name}
					st.people = append(st.people, dp)
				}
			}
		}
		if dp == nil {
			continue
		}
		if len(c.nameKeys) > len(dp.keys) && dp.p == nil {
			dp.keys, dp.name = c.nameKeys, c.name
		}
		dp.cands = append(dp.cands, i)
	}
	for _, dp := range st.people {
		a, title := st.decide(dp)
		key := "N:" + strings.Join(dp.keys, " ")
		if dp.p != nil {
			key = "P:" + dp.p.Name
		}
		dp.actor = st.actor(key, a, title)
		for _, i := range dp.cands {
			st.cands[i].actors = []int{dp.actor}
		}
	}
}

// calendarDay returns t's calendar date (in t's own zone) as midnight UTC,
// the form office dates take; zero stays zero.
func calendarDay(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// soleCountry returns the one country a document without a dateline names,
// or nil when it names none or several: a domestic title without a country
// cue ("Governor Michele Bullock") then belongs to it.
func (st *state) soleCountry() *country {
	var sole *country
	for i := range st.cands {
		c := &st.cands[i]
		ks := c.cues
		if c.country != nil {
			ks = append(ks[:len(ks):len(ks)], c.country)
		}
		for _, k := range ks {
			if sole != nil && k != sole {
				return nil
			}
			sole = k
		}
	}
	return sole
}
