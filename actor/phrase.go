package actor

import "strings"

// phrase reads a person, title, group or peer phrase at item k:
//
//	[det] [cues] [modifiers] title [of <country>] [,] [honorifics] [name] [of <country>]
//	[det] [cues] [up to two words] agent [of <country>]
//	[det] [cues] counterpart
//	honorific name
//
// It returns the item after the phrase, or k when there is none.
func (f *finder) phrase(k int) int {
	j := k
	det := determiners[f.key(j)]
	if det {
		j++
	}
	cues, j := f.cuesAt(j)
	var cueOrg *org
	if len(cues) == 0 {
		if e := f.get(j, kOrg); e != nil && e.org.Type != "region" {
			jj := j + 1
			if f.key(jj) == "'s" {
				jj++
			}
			for n, x := 0, jj; n < 2 && f.get(jj, kTitle) == nil && f.key(x) != "" && !startsUpper(f.word(x).text) && !stopCaps[f.key(x)]; n++ {
				// "Hamas political chief", "UN human rights chief"
				x++
				if f.get(x, kTitle) != nil {
					jj = x
				}
			}
			if f.get(jj, kTitle) != nil || f.get(jj, kModifier) != nil {
				cueOrg, j = e.org, jj
			} else if g := f.agentAt(jj); g != nil && !f.modifiesNoun(jj, g, true) {
				// "Taliban authorities", "Hezbollah fighters", "NATO forces".
				end := jj + 1
				f.add(cand{kind: cGroup, agent: g.agent, cueOrg: e.org, how: "agent"}, k, end)
				return end
			}
		}
	}
	former := false
	for f.get(j, kModifier) != nil || f.get(j, kFormer) != nil {
		if f.get(j, kFormer) != nil {
			former = true
		}
		j++
	}
	if (len(cues) > 0 || cueOrg != nil) && f.get(j, kTitle) == nil {
		// "Iran's oil minister", "the UN's top humanitarian official":
		// up to two lower-case words between the cue and the title.
		for n, jj := 0, j; n < 2 && f.key(jj) != "" && !f.word(jj).punct && !startsUpper(f.word(jj).text) && !stopCaps[f.key(jj)]; n++ {
			jj++
			if t := f.get(jj, kTitle); t != nil {
				j = jj
				break
			}
		}
	}
	if e := f.get(j, kTitle); e != nil {
		n := f.titlePhrase(k, j, e, cues, cueOrg, former, det)
		f.shareCue(k, n, det)
		f.orgCue(k, n)
		return n
	}
	if len(cues) == 0 && cueOrg == nil && !det && f.get(j, kHonorific) != nil {
		end, c := f.name(j)
		if end > j+1 {
			c.weak = len(c.persons) == 0
			c.how = "name"
			f.add(c, k, end)
			return end
		}
		return k
	}
	return f.groupPhrase(k, j, cues, det)
}

// titlePhrase reads from the title at item t on; k is the phrase start.
func (f *finder) titlePhrase(k, t int, e *entry, cues []*country, cueOrg *org, former, det bool) int {
	j := t + 1
	// A second title word: "Prime Minister" is one entry, "President Dr"
	// is title + honorific, handled by name.
	if c, o, jj := f.ofCountry(j); jj > j && len(cues) == 0 && cueOrg == nil {
		if c != nil {
			cues = []*country{c}
		}
		cueOrg, j = o, jj
	}
	if e.plural {
		if n := f.list(k, j, e.agent, cues); n > j {
			return n
		}
		if len(cues) == 0 && cueOrg == nil {
			return t + 1
		}
		f.add(cand{kind: cGroup, agent: e.agent, title: e.agent, cues: cues, cueOrg: cueOrg, former: former, how: "title"}, k, j)
		return j
	}
	if f.key(j) == "to" || f.key(j) == "in" {
		// "ambassador to Pakistan", "envoy to the UN", "official in Sudan":
		// the host, not the cue.
		h := j + 1
		if f.key(h) == "the" {
			h++
		}
		if f.get(h, kCountry) != nil || f.get(h, kOrg) != nil {
			j = h + 1
		}
	}
	jn := j
	if f.key(jn) == "," && (len(cues) > 0 || cueOrg != nil || f.get(jn+1, kTitle) != nil || f.get(jn+1, kHonorific) != nil || (det && f.appositive(jn+1))) {
		jn++ // "the President of Palestine, Mahmoud Abbas"; "Minister of Foreign Affairs, Ambassador X"
	}
	// A second title before the name: "Army chief General Asim Munir",
	// "Supreme Leader Ayatollah Ali Khamenei".
	for jn < len(f.its) && (f.get(jn, kTitle) != nil && !f.get(jn, kTitle).plural) && f.get(jn+1, kTitle) == nil {
		if end, _ := f.name(jn + 1); end == jn+1 {
			break
		}
		jn++
	}
	end, c := f.name(jn)
	if end > jn {
		c.title, c.cues, c.cueOrg, c.former, c.how = e.agent, cues, cueOrg, former, "title"
		if len(c.cues) == 0 && c.cueOrg == nil {
			if cc, o, jj := f.ofCountry(end); jj > end {
				if cc != nil {
					c.cues = []*country{cc}
				}
				c.cueOrg, end = o, jj
			}
		}
		f.add(c, k, end)
		return end
	}
	if !det && len(cues) == 0 && cueOrg == nil && !startsUpper(f.word(t).text) {
		return t + 1 // a bare common noun: "minister", "official"
	}
	if f.key(j) == "of" && len(cues) == 0 && cueOrg == nil {
		return j // "the president of the football club"
	}
	indef := f.key(k) == "a" || f.key(k) == "an"
	f.add(cand{kind: cTitle, title: e.agent, cues: cues, cueOrg: cueOrg, former: former, indef: indef, how: "title"}, k, j)
	return j
}

// groupPhrase reads an agent noun or a counterpart after cues at item j.
func (f *finder) groupPhrase(k, j int, cues []*country, det bool) int {
	a := j
	if len(cues) > 0 {
		// "Israeli occupation forces": up to two lower-case words between.
		for n := 0; n < 2 && f.key(a) != "" && !f.word(a).punct && !startsUpper(f.word(a).text) && !stopCaps[f.key(a)]; n++ {
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
	return end
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

// name reads a person's name at item j, after any honorifics: dictionary
// names, capitalised words, initials and particles. It returns the item
// after the name (j when there is none) and a cPerson candidate.
func (f *finder) name(j int) (int, cand) {
	for f.get(j, kHonorific) != nil {
		j++
	}
	c := cand{kind: cPerson}
	s := j
	for j < len(f.its) {
		if f.get(j, kPerson) != nil {
			for w := f.its[j].w0; w < f.its[j].w0+f.its[j].n; w++ {
				c.nameKeys = append(c.nameKeys, f.ws[w].key)
			}
			j++
			continue
		}
		if f.plainCap(j) && !((f.titled || f.shout) && len(c.nameKeys) > 0) {
			w := f.word(j)
			if orgWords[w.key] {
				return s, cand{kind: cPerson} // "General Headquarters" names no person
			}
			if len([]rune(w.key)) > 1 {
				c.nameKeys = append(c.nameKeys, w.key)
			}
			j++
			continue
		}
		if particles[f.key(j)] && !startsUpper(f.word(j).text) && f.plainCap(j+1) && j > s {
			c.nameKeys = append(c.nameKeys, f.key(j))
			j++
			continue
		}
		break
	}
	if len(c.nameKeys) == 0 {
		return s, c
	}
	c.name = f.text[f.start(s):f.end(j-1)]
	c.persons = f.d.personsNamed(c.nameKeys)
	return j, c
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

// orgCue adds a mention of its own for an organisation named inside a
// title phrase (items k..n), "Arab League" in "Arab League Secretary-General
// Ahmed Aboul Gheit", so that the organisation is an actor of the document
// too. Country cues get none: "Palestinian" in "Palestinian President
// Mahmoud Abbas" is Abbas.
func (f *finder) orgCue(k, n int) {
	if n <= k || len(f.out) == 0 {
		return
	}
	last := f.out[len(f.out)-1]
	if last.cueOrg == nil || last.start != f.start(k) {
		return
	}
	for i := k; i < n && i < len(f.its); i++ {
		if e := f.get(i, kOrg); e != nil && e.org == last.cueOrg {
			f.add(cand{kind: cOrg, org: e.org, how: "org"}, i, i+1)
			return
		}
	}
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

// appositive reports whether a name at item j is closed by a comma, a
// bracket or the sentence end: "the spokesperson, Mumtaz Zahra Baloch, said".
func (f *finder) appositive(j int) bool {
	end, _ := f.name(j)
	if end == j {
		return false
	}
	if end >= len(f.its) {
		return true
	}
	switch f.key(end) {
	case ",", ")", ".", "–", "—":
		return true
	}
	return false
}

// orgWords are capitalised words that make a name an institution's or a
// place's rather than a person's.
var orgWords = setOf(`headquarters commission council committee ministry department office house
assembly court bank university hospital party army force forces agency authority union association
organisation organization group company corporation front movement brigade brigades police guard
command centre center institute foundation programme program fund board bureau service services
secretariat embassy consulate mission province state region district city street square palace hall
airport station port camp mosque church temple school college academy summit conference forum news
times post herald tribune radio tv television network daily express gazette dawn tribunal parliament
senate congress cabinet club league federation alliance coalition trust society chamber exchange`)

// insideName reports whether a capitalised dictionary word at item a sits
// inside a longer proper name: "Central Military Commission".
func (f *finder) insideName(a int) bool {
	return startsUpper(f.word(a).text) && !f.isFirst(a) && !f.shout && !f.titled && (f.plainCap(a-1) || f.plainCap(a+1))
}

// shareCue gives a title phrase (items k..n) without a country of its own
// the cue of the title phrase it is coordinated with: "Japanese Foreign
// Minister X and Defence Minister Y" — Y is Japanese too. A phrase with a
// determiner ("and the President of Palestine") stands on its own.
func (f *finder) shareCue(k, n int, det bool) {
	if det || n <= k || k < 2 || f.key(k-1) != "and" || len(f.out) < 2 {
		return
	}
	cur, prev := &f.out[len(f.out)-1], f.out[len(f.out)-2]
	if cur.start != f.start(k) || len(cur.cues) > 0 || cur.cueOrg != nil {
		return
	}
	if (prev.kind == cPerson || prev.kind == cTitle) && prev.end == f.end(k-2) {
		cur.cues = prev.cues
	}
}
