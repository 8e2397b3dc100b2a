package actor

import "strings"

// groupPhrase reads an agent noun or a counterpart after cues at item j.
func (f *finder) groupPhrase(k, j int, cues []*country, det bool) int {
	a := j
	if len(cues) > 0 {
		// "Israeli occupation forces": up to two lower-case words between.
		for n := 0; n < 2 && f.key(a) != "" && !f.word(a).punct && !startsUpper(f.word(a).text) && !stopCaps[f.key(a)] && !f.predicate(a); n++ {
			if f.get(a+1, kAgent) != nil || f.get(a+1, kAgentCue) != nil || f.get(a+1, kPeer) != nil {
				a++
				break
			}
			a++
		}
		if f.get(a, kAgent) == nil && f.get(a, kAgentCue) == nil && f.get(a, kPeer) == nil {
			a = j
		}
	}
	if e := f.get(a, kPeer); e != nil {
		if len(cues) == 0 {
			return k
		}
		f.add(cand{kind: cPeer, agent: e.agent, cues: cues, how: "counterpart"}, k, a+1)
		return a + 1
	}
	agentAt := f.agentAt
	e := agentAt(a)
	if e != nil && len(cues) == 0 && f.insideName(a) {
		return k // "Central Military Commission": part of a name
	}
	// "military-led government", "army-backed authorities": the noun the
	// compound describes.
	if e != nil && hyphenLed[f.key(a+1)] && agentAt(a+2) != nil {
		a += 2
		e = agentAt(a)
	}
	// "Pakistan Army troops": the noun the first agent noun modifies.
	first := e
	for e != nil && agentAt(a+1) != nil && f.modifiesNoun(a, e, len(cues) > 0) {
		a++
		e = agentAt(a)
	}
	if e != nil && e != first && e.agent.Canonical == "Side" {
		e = first // "military delegation" is the military's
	}
	if e == nil || (f.modifiesNoun(a, e, len(cues) > 0) && f.get(a+1, kTitle) == nil) {
		return k
	}
	end := a + 1
	if len(cues) == 0 {
		if c, _, jj := f.ofCountry(end); c != nil {
			cues, end = []*country{c}, jj
		}
	}
	if n := f.list(k, end, e.agent, cues); n > end {
		return n
	}
	if n := f.rolePerson(k, a, e, cues); n > a {
		return n
	}
	if len(cues) == 0 && e.kind == kAgentCue && !e.agent.Domestic {
		return a + 1
	}
	g := cand{kind: cGroup, agent: e.agent, cues: cues, how: "agent"}
	// Possessives ("its government", "their militaries") and plurals
	// ("governments") belong to no dateline; "his government" is the
	// government of the person "his" refers to.
	g.foreign = (det && f.key(k) != "the") || pluralInstitutions[f.wkey(a)]
	g.poss = f.key(k) == "his" || f.key(k) == "her"
	g.its = f.key(k) == "its"
	g.def = f.key(k) == "the" && a == j && f.key(end) != "of"
	if namedGroups[e.agent.Sector] && end == a+1 {
		// "the opposition Democratic Party", "militant group Jaish al-Adl":
		// the name that follows is the group's.
		n := end
		for n < len(f.its) && f.plainCap(n) {
			n++
		}
		if n > end {
			g.name, end = f.text[f.start(end):f.end(n-1)], n
		}
	}
	f.add(g, k, end)
	f.shareGroupCue(k)
	return end
}

// shareGroupCue gives an agent noun without a country the cue of the
// agent noun of the same sector conjoined before it: in "Chinese warships
// and fighter jets" the jets are Chinese too.
func (f *finder) shareGroupCue(k int) {
	if k < 2 || f.key(k-1) != "and" {
		return
	}
	f.inheritCues(k, k-2, func(cur, prev *cand) bool {
		return !cur.foreign && !cur.poss && !cur.its && prev.kind == cGroup && len(prev.cues) > 0 &&
			prev.agent != nil && cur.agent != nil && prev.agent.Sector == cur.agent.Sector
	})
}

// predicate reports whether the parser made item a a verb of its own
// rather than a modifier: "Venezuela expelled diplomats" is no
// "Venezuelan diplomats", while "the armed forces" keeps its participle.
func (f *finder) predicate(a int) bool {
	t := f.upos(a)
	if t != "VERB" && t != "AUX" {
		return false
	}
	tok := f.token(a)
	return tok == nil || tok.Deprel != "amod" && tok.Deprel != "compound"
}

// namedGroups are the sectors whose agent nouns may be followed by the
// group's own name.
var namedGroups = map[string]bool{"OPP": true, "PTY": true, "REB": true}

// list reads "representing|from|of <country>, <country> and <country>" after
// a plural title or agent (items k..j) and adds one candidate per country
// plus one for the head noun. It returns j when there is no list.
func (f *finder) list(k, j int, a *agent, cues []*country) int {
	switch f.key(j) {
	case "representing", "from", "of":
	default:
		return j
	}
	var items []int
	first := len(f.out)
	n := j + 1
	for {
		if f.key(n) == "the" {
			n++
		}
		e := f.get(n, kCountry)
		if e == nil {
			break
		}
		f.add(cand{kind: cListItem, country: e.country, agent: a, how: "list"}, n, n+1)
		items = append(items, len(f.out)-1)
		n++
		if f.key(n) == "," {
			n++
		}
		if f.key(n) == "and" {
			n++
		}
	}
	if len(items) < 2 {
		f.out = f.out[:first]
		return j
	}
	// items index f.out; Resolve shifts them to document indexes.
	f.add(cand{kind: cList, agent: a, cues: cues, items: items, how: "list"}, k, j)
	return n
}

// rolePerson reads a name after an agent noun, with an optional title
// between: "Nigerian army spokesman Adamu Bello", "Mongolian journalist
// Bat-Erdene Ganbold". The agent noun gives the sector. It returns the item
// after the name, or a when there is none.
func (f *finder) rolePerson(k, a int, e *entry, cues []*country) int {
	j := a + 1
	var title *agent
	if t := f.get(j, kTitle); t != nil && !t.plural {
		title = t.agent
		j++
	} else if !personNouns[strings.ToLower(e.phrase)] {
		return a // "Israeli forces X", "Parliament Hill" name no person
	}
	end, c := f.name(j)
	if end == j {
		return a
	}
	c.title, c.sector, c.role, c.cues, c.how = title, e.agent.Sector, e.agent, cues, "title"
	if len(c.cues) == 0 {
		if cc, _, jj := f.ofCountry(end); cc != nil {
			c.cues, end = []*country{cc}, jj
		}
	}
	f.add(c, k, end)
	return end
}

// agentAt returns item a's agent or agentcue entry, or nil.
func (f *finder) agentAt(a int) *entry {
	if e := f.get(a, kAgent); e != nil {
		return e
	}
	return f.get(a, kAgentCue)
}

// personNouns are agent nouns that can stand before a person's name as
// their description: "journalist Hamid Mir", "separatist Hardeep Singh".
var personNouns = setOf(`journalist reporter editor columnist correspondent businessman businesswoman
tycoon entrepreneur activist separatist militant rebel soldier civilian refugee student teacher doctor
farmer gunman policeman aid worker human rights activist rights activist`)

// pluralInstitutions are plural agent nouns that name several countries'
// institutions ("their governments").
var pluralInstitutions = setOf(`governments militaries armies parliaments courts administrations
regimes cabinets navies`)

// insideName reports whether a capitalised dictionary word at item a sits
// inside a longer proper name: "Central Military Commission".
func (f *finder) insideName(a int) bool {
	return startsUpper(f.word(a).text) && !f.isFirst(a) && !f.shout && !f.titled && (f.plainCap(a-1) || f.plainCap(a+1))
}

// hyphenLed are the participles of compounds like "military-led
// government", whose head is the noun after them.
var hyphenLed = setOf(`led backed run dominated controlled appointed installed`)
