package coder

import (
	"strings"
	"time"

	"parley"
)

// docState is what the coder remembers while it reads one document: the
// reference date, which mentions cover which tokens, and the participants
// of recent events for anaphora ("the two leaders", "the meeting").
type docState struct {
	c        *Coder
	doc      *parley.Document
	ref      time.Time // the date relative expressions resolve against; zero when unknown
	titleEnd int
	// tokMentions[s][t] lists the mentions covering token t of sentence s.
	tokMentions [][][]int
	// lastConsult is the source of the last consultation coded; lastPair
	// the participants of the last symmetric event.
	lastConsult []actorRef
	lastPair    []actorRef
	// lastPlace is the last place the text named, for figures whose
	// sentence names none.
	lastPlace *parley.Place
	// nounRefs maps a common noun whose phrase named actors ("ambassadors
	// representing Bahrain, Egypt ...") to them, for later definite
	// references to the same noun ("the Ambassadors").
	nounRefs map[string][]actorRef
	// acts are the acts (not reactions to one) coded in earlier sentences,
	// latest last, and sentActs those of the current sentence: "Seoul
	// condemned the launch" condemns whoever launched.
	acts, sentActs []act
	// synth holds actors the coder adds itself: the host country of a visit
	// to a place the resolver did not take for an actor.
	synth    []parley.Actor
	dateline *parley.Place
	claims   claimMemory // what figures remember: claim.go
}

// act is a coded event others may react to: its source and code.
type act struct {
	srcs []actorRef
	tgts []actorRef // those it was done to (an accusation's accused)
	code string
	sent int // the sentence that reported it
}

// actorRef is one actor as named by one mention (or, for anaphora, by the
// mention that named it earlier).
type actorRef struct {
	actor   int // index into doc.Actors, or past its end into docState.synth
	mention int // index into doc.Mentions, or -1 for a synthetic actor
	// start, end are the byte offsets of the words naming a synthetic
	// actor ("visited Beijing": China, named by "Beijing").
	start, end int
}

// sent is one sentence prepared for matching: lowercase lemmas and the
// children of every token.
type sent struct {
	idx      int
	s        *parley.Sentence
	toks     []parley.Token
	lemmas   []string
	children [][]int
	parsed   bool   // the sentence carries a dependency parse
	named    []bool // named[t]: token t is inside an actor mention
	// lead is the number of leading tokens that form a dateline
	// ("Islamabad, Pakistan –"): not actors of the sentence's events.
	lead int
	// dates caches the sentence's date expressions (resolved for past
	// events) once an event needs them.
	dates []dateExpr
	// headline: the sentence is the document's title, where "X arrested"
	// is passive.
	headline bool
}

// newDocState indexes doc's mentions and finds its reference date, title
// end and dateline.
func newDocState(c *Coder, doc *parley.Document) *docState {
	d := &docState{c: c, doc: doc, titleEnd: doc.TitleEnd, nounRefs: map[string][]actorRef{}}
	d.tokMentions = make([][][]int, len(doc.Sentences))
	for i, s := range doc.Sentences {
		d.tokMentions[i] = make([][]int, len(s.Tokens))
	}
	for mi, m := range doc.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
			continue
		}
		row := d.tokMentions[m.Sentence]
		for t := max(m.TokenStart, 0); t < m.TokenEnd && t < len(row); t++ {
			row[t] = append(row[t], mi)
		}
	}
	if d.titleEnd == 0 && doc.Title != "" && strings.HasPrefix(doc.Text, doc.Title) {
		d.titleEnd = len(doc.Title)
	}
	d.ref = referenceDate(doc)
	d.dateline = d.findDateline()
	return d
}

// sentence prepares sentence i.
func (d *docState) sentence(i int) *sent {
	s := &d.doc.Sentences[i]
	n := len(s.Tokens)
	out := &sent{idx: i, s: s, toks: s.Tokens, lemmas: make([]string, n), children: make([][]int, n), named: make([]bool, n)}
	for t := range n {
		out.named[t] = len(d.tokMentions[i][t]) > 0
	}
	out.lead = d.datelineLead(out)
	out.headline = d.titleEnd > 0 && s.Start < d.titleEnd
	for t, tok := range s.Tokens {
		l := tok.Lemma
		if l == "" {
			l = tok.Text
		}
		out.lemmas[t] = normalizeLemma(l)
		if tok.Deprel != "" {
			out.parsed = true
		}
		if h := tok.Head; h >= 0 && h < n && h != t {
			out.children[h] = append(out.children[h], t)
		}
	}
	return out
}

// normalizeLemma lowercases a lemma and folds typographic apostrophes and
// dashes, so that patterns written in ASCII match.
func normalizeLemma(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘–—") {
		s = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-").Replace(s)
	}
	return s
}

// datelineLead returns how many tokens at the start of s form a dateline:
// a place (and country or agency) closed by a dash at the start of a
// paragraph, "Islamabad, Pakistan –", "KYIV (Reuters) -".
func (d *docState) datelineLead(s *sent) int {
	if len(s.toks) == 0 || s.s.Start > 0 && d.doc.Text[s.s.Start-1] != '\n' {
		return 0
	}
	if e, _ := d.c.places.matchAt(s, 0); e == nil {
		return 0
	}
	for t := 1; t < len(s.toks) && t < 10; t++ {
		switch s.toks[t].Text {
		case "–", "—", "-", "--":
			return t + 1
		}
		if s.isVerb(t) {
			return 0
		}
	}
	return 0
}

// mentionAt returns the mention that best covers token t: the one whose
// head is t, else the shortest; -1 when none does or t is in a dateline.
func (d *docState) mentionAt(s *sent, t int) int {
	if t < s.lead || t < 0 || t >= len(d.tokMentions[s.idx]) {
		return -1
	}
	best, bestLen := -1, 1<<30
	for _, mi := range d.tokMentions[s.idx][t] {
		m := d.doc.Mentions[mi]
		if len(m.Actors) == 0 {
			continue
		}
		if m.Head == t {
			return mi
		}
		if l := m.TokenEnd - m.TokenStart; l < bestLen {
			best, bestLen = mi, l
		}
	}
	return best
}

// refsOf returns the actors a mention names.
func (d *docState) refsOf(mi int) []actorRef {
	var out []actorRef
	for _, a := range d.doc.Mentions[mi].Actors {
		if a >= 0 && a < len(d.doc.Actors) {
			out = append(out, actorRef{actor: a, mention: mi})
		}
	}
	return out
}

// eventActor builds the output form of r.
func (d *docState) eventActor(r actorRef) *parley.EventActor {
	a := d.actorOf(r)
	if r.mention < 0 {
		return &parley.EventActor{
			Code: a.Code, Name: a.Name, Country: a.Country, Sector: a.Sector,
			Text: d.doc.Text[r.start:r.end], Start: r.start, End: r.end,
		}
	}
	m := d.doc.Mentions[r.mention]
	return &parley.EventActor{
		Code: a.Code, Name: a.Name, Country: a.Country, Sector: a.Sector,
		Text: m.Text, Start: m.Start, End: m.End,
	}
}

// actorOf returns the actor r refers to.
func (d *docState) actorOf(r actorRef) parley.Actor {
	if r.actor >= len(d.doc.Actors) {
		return d.synth[r.actor-len(d.doc.Actors)]
	}
	return d.doc.Actors[r.actor]
}
