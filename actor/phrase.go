package actor

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
			for n, x := 0, jj; n < 2 && f.get(jj, kTitle) == nil && f.key(x) != "" && !f.word(x).punct && !startsUpper(f.word(x).text) && !stopCaps[f.key(x)] && !f.predicate(x); n++ {
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
		for n, jj := 0, j; n < 2 && f.key(jj) != "" && !f.word(jj).punct && !startsUpper(f.word(jj).text) && !stopCaps[f.key(jj)] && !f.predicate(jj); n++ {
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
		f.ledByCue(k, n)
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
	if e.plural {
		// "the foreign ministers of Egypt and Jordan": one per country,
		// before "of Egypt" is read as the cue of them all.
		if n := f.list(k, j, e.agent, cues); n > j {
			return n
		}
	}
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
