package actor

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
senate congress cabinet club league federation alliance coalition trust society chamber exchange
garden gardens park river valley mountain mountains lake sea ocean island islands bridge road avenue
gate tower market bazaar stadium arena museum hotel plaza corridor highway border crossing valley
province county village town capital airport base headquarter cup games olympics championship
festival award prize`)

// shareCue gives a title phrase (items k..n) without a country of its own
// the cue of the title phrase it is coordinated with: "Japanese Foreign
// Minister X and Defence Minister Y" — Y is Japanese too. A phrase with a
// determiner ("and the President of Palestine") stands on its own.
func (f *finder) shareCue(k, n int, det bool) {
	if det || n <= k || k < 2 || f.key(k-1) != "and" {
		return
	}
	f.inheritCues(k, k-2, func(_, prev *cand) bool { return prev.kind == cPerson || prev.kind == cTitle })
}

// inheritCues gives the candidate just added at item k, when it has no
// country of its own, the cues of the candidate before it, which must end
// at item end and be one accept takes.
func (f *finder) inheritCues(k, end int, accept func(cur, prev *cand) bool) {
	if len(f.out) < 2 {
		return
	}
	cur, prev := &f.out[len(f.out)-1], &f.out[len(f.out)-2]
	if cur.start != f.start(k) || len(cur.cues) > 0 || cur.cueOrg != nil || prev.end != f.end(end) || !accept(cur, prev) {
		return
	}
	cur.cues = prev.cues
}

// ledByCue gives a titled person without a country, named after "led by"
// or "headed by", the country of the group or delegation before it: "a
// Pakistani delegation led by special envoy Mohammad Sadiq".
func (f *finder) ledByCue(k, n int) {
	if n <= k || k < 3 || f.key(k-1) != "by" || (f.key(k-2) != "led" && f.key(k-2) != "headed") {
		return
	}
	f.inheritCues(k, k-3, func(_, prev *cand) bool { return prev.kind == cGroup && len(prev.cues) > 0 })
}
