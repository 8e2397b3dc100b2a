package actor

import (
	"slices"
	"sort"
	"strings"

	"parley"
)

// item is a dictionary phrase or a single plain word of a sentence.
type item struct {
	w0, n int
	ents  []*entry
}

// finder finds the candidate mentions of one sentence.
type finder struct {
	d     *dict
	text  string
	sent  int
	ws    []word
	its   []item
	shout bool
	// titled is true for a headline in title case ("PM Kakar Expresses
	// Solidarity"), where capitals do not mark names.
	titled bool
	toks   []parley.Token
	out    []cand
	// dateline is the country of a dateline found at the sentence start.
	dateline *country
}

// newFinder prepares the finder of bytes start..end of sentence s (index
// sent); Resolve gives it one line of the sentence at a time, so that a
// headline glued to the first sentence stays apart.
func newFinder(d *dict, text string, sent int, s parley.Sentence, start, end int) *finder {
	f := &finder{d: d, text: text, sent: sent, ws: scanWords(text[start:end], start), toks: s.Tokens}
	f.shout = shouting(f.ws)
	f.titled = titleCased(f.ws)
	for i := 0; i < len(f.ws); {
		n, ents := d.match(f.ws, i, f.shout)
		if n == 0 {
			n = 1
		}
		f.its = append(f.its, item{w0: i, n: n, ents: ents})
		i += n
	}
	return f
}

// get returns item k's entry of kind kd, or nil.
func (f *finder) get(k int, kd kind) *entry {
	if k < 0 || k >= len(f.its) {
		return nil
	}
	for _, e := range f.its[k].ents {
		if e.kind == kd {
			return e
		}
	}
	return nil
}

// key returns the key of item k when it is a single plain word, else "".
func (f *finder) key(k int) string {
	if k < 0 || k >= len(f.its) || f.its[k].n != 1 || len(f.its[k].ents) > 0 {
		return ""
	}
	return f.ws[f.its[k].w0].key
}

func (f *finder) word(k int) word { return f.ws[f.its[k].w0] }

func (f *finder) start(k int) int { return f.ws[f.its[k].w0].start }

func (f *finder) end(k int) int { it := f.its[k]; return f.ws[it.w0+it.n-1].end }

// plainCap reports whether item k is a plain capitalised word that can be
// part of a name.
func (f *finder) plainCap(k int) bool {
	if k < 0 || k >= len(f.its) || len(f.its[k].ents) > 0 {
		return false
	}
	w := f.word(k)
	return !w.punct && startsUpper(w.text) && !startsDigit(w.text) && !stopCaps[w.key]
}

// startsDigit reports whether w begins with a digit ("72" in "gave France's
// ambassador 72 hours" is no name).
func startsDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// isFirst reports whether item k starts the sentence, after any opening
// quotes or brackets.
func (f *finder) isFirst(k int) bool {
	for j := 0; j < k; j++ {
		if !f.word(j).punct {
			return false
		}
	}
	return true
}

func (f *finder) add(c cand, k0, k1 int) {
	c.sent = f.sent
	c.start, c.end = f.start(k0), f.end(k1-1)
	c.first = f.isFirst(k0)
	f.out = append(f.out, c)
}

// run scans the sentence's items left to right.
func (f *finder) run() []cand {
	for k := 0; k < len(f.its); {
		if n := f.pronoun(k); n > k {
			k = n
			continue
		}
		if n := f.groupRef(k); n > k {
			k = n
			continue
		}
		if n := f.phrase(k); n > k {
			k = n
			continue
		}
		k = f.single(k)
	}
	// "Deputy Prime Minister and Foreign Minister Ishaq Dar": both titles
	// are the one person's, not a second, unnamed deputy prime minister.
	for i := len(f.out) - 2; i >= 0; i-- {
		a, b := f.out[i], f.out[i+1]
		if a.kind == cTitle && b.kind == cPerson && b.title != nil && !a.indef &&
			strings.TrimSpace(f.text[a.end:b.start]) == "and" {
			f.out = slices.Delete(f.out, i, i+1)
		}
	}
	return f.out
}

// objectFollowers are the words after which "her" is an object ("urged
// her to", "met her on Monday"), not a possessive ("her country").
var objectFollowers = setOf(`to . , ; on in at for with and about that over during after before as by from ""`)

// pronoun reads "he", "she", "him", an object "her", "they" and "the two
// leaders".
func (f *finder) pronoun(k int) int {
	switch f.key(k) {
	case "he", "she":
		f.add(cand{kind: cPronoun, how: "pronoun"}, k, k+1)
		return k + 1
	case "him", "her":
		if f.key(k) == "her" && !objectFollowers[f.key(k+1)] {
			return k // "her country": a possessive
		}
		f.add(cand{kind: cPronoun, object: true, how: "pronoun"}, k, k+1)
		return k + 1
	case "they":
		f.add(cand{kind: cPair, they: true, how: "pronoun"}, k, k+1)
		return k + 1
	case "the", "both":
		j := k + 1
		if f.key(j) == "two" || f.key(j) == "the" {
			j++
		}
		two := j > k+1 || f.key(k) == "both"
		c := cand{kind: cPair, how: "plural", two: f.key(k) == "both" || f.key(k+1) == "two"}
		switch w := f.wkey(j); {
		case w == "leaders" || (two && (w == "men" || w == "women")):
		case two && (w == "countries" || w == "nations" || w == "sides" || w == "governments" || w == "states"):
			c.states = true
		case two && f.get(j, kTitle) != nil && f.get(j, kTitle).plural:
		default:
			return k
		}
		if f.wkey(j+1) == "of" {
			return k // "the leaders of Sudan's army and the RSF": named, not the last pair
		}
		c.between = f.wkey(k-1) == "between"
		f.add(c, k, j+1)
		return j + 1
	}
	return k
}

// wkey returns the key of item k when it is one word, dictionary or not.
func (f *finder) wkey(k int) string {
	if k < 0 || k >= len(f.its) || f.its[k].n != 1 {
		return ""
	}
	return f.word(k).key
}

// cuesAt reads country cues at item k: a demonym or country name, or a
// coordination of them ("Palestinian and Chinese"), with a possessive 's.
// It returns the cues and the item after them.
func (f *finder) cuesAt(k int) ([]*country, int) {
	var cues []*country
	j := k
	first, joined := -1, false // the end of the first cue; an "and" joined the list
	for {
		e := f.get(j, kAdjective)
		if e == nil {
			e = f.get(j, kCountry)
		}
		if e == nil && len(cues) == 0 && (f.agentAt(j+1) != nil || f.get(j+1, kTitle) != nil) {
			e = f.get(j, kCapital) // "Islamabad High Court", "Tehran regime"
		}
		if e == nil {
			break
		}
		cues = append(cues, e.country)
		j++
		if f.key(j) == "'s" {
			j++
		}
		if first < 0 {
			first = j
		}
		if (f.key(j) == "," || f.key(j) == "and") && (f.get(j+1, kAdjective) != nil || f.get(j+1, kCountry) != nil) {
			joined = joined || f.key(j) == "and"
			j++
			continue
		}
		if f.key(j) == "," && f.key(j+1) == "and" && f.get(j+2, kAdjective) != nil {
			joined = true
			j += 2
			continue
		}
		break
	}
	if len(cues) > 1 && !joined {
		// "mediated by the United Arab Emirates, Russia's defence
		// ministry said": commas alone make no list.
		return cues[:1], first
	}
	return cues, j
}

// ofCountry reads "of <country>" or "of the <org>" at item k.
func (f *finder) ofCountry(k int) (*country, *org, int) {
	if f.key(k) != "of" {
		return nil, nil, k
	}
	j := k + 1
	if f.key(j) == "the" {
		j++
	}
	if f.key(j+1) == "'s" {
		return nil, nil, k // "of Pakistan's efforts"
	}
	if e := f.get(j, kCountry); e != nil {
		return e.country, nil, j + 1
	}
	if e := f.get(j, kOrg); e != nil && e.org.Type != "region" {
		return nil, e.org, j + 1
	}
	return nil, nil, k
}

// titleCased reports whether most longer words of a sentence are
// capitalised, as in a headline.
func titleCased(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.punct || len(w.key) < 4 || stopCaps[w.key] {
			continue
		}
		if !startsUpper(w.text) {
			return false
		}
		n++
	}
	return n >= 3
}

// upos returns the part of speech of the token at the start of item k, or
// "" when the sentence is not tagged.
func (f *finder) upos(k int) string {
	if t := f.token(k); t != nil {
		return t.UPOS
	}
	return ""
}

// token returns the token at the start of item k, or nil.
func (f *finder) token(k int) *parley.Token {
	if k < 0 || k >= len(f.its) {
		return nil
	}
	return f.tokenAt(f.start(k))
}

// tokenAt returns the token that covers byte offset at, or nil.
func (f *finder) tokenAt(at int) *parley.Token {
	i := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].End > at })
	if i < len(f.toks) && f.toks[i].Start <= at {
		return &f.toks[i]
	}
	return nil
}

// modifiesNoun reports whether the agent noun at item k is used as a
// modifier of the next noun ("refugee camps", "police station"): from the
// tags when there are any, else, for a bare noun without a country cue,
// for a singular count noun followed by a lower-case word.
func (f *finder) modifiesNoun(k int, e *entry, cued bool) bool {
	if k+1 >= len(f.its) || f.word(k+1).punct {
		return false
	}
	if e := f.get(k+1, kOrg); e != nil && e.org.Type == "group" {
		return true // "the paramilitary Rapid Support Forces": a description of the group named next
	}
	if t := f.upos(k + 1); t != "" {
		// A noun the parser made the root or a subject is no modifier,
		// even when a noun follows ("FORCES SEIZE TANKER" in a headline).
		if own := f.token(k); own != nil && own.Deprel != "" && (own.Head < 0 || strings.HasPrefix(own.Deprel, "nsubj")) {
			return false
		}
		return t == "NOUN"
	}
	if cued {
		return false
	}
	next := f.word(k + 1)
	plural := strings.HasSuffix(e.phrase, "s") || strings.HasSuffix(e.phrase, "men") || strings.HasSuffix(e.phrase, "people")
	verbish := strings.HasSuffix(next.key, "ed") || auxiliaries[next.key]
	return !plural && !massNouns[e.phrase] && !verbish && !startsUpper(next.text) && !stopCaps[next.key] && len(f.its[k+1].ents) == 0
}

// auxiliaries are verbs that follow a subject noun ("police said").
var auxiliaries = setOf(`is are was were has have had will would said says say can could may might
must shall should do did does also reportedly`)

// massNouns are agent nouns that are singular in form but name a
// collective ("police said").
var massNouns = setOf(`police military army media clergy navy judiciary opposition parliament senate
paramilitary press government administration regime cabinet leadership public`)

// groupNouns head a definite phrase that refers back to a group the
// document named: "the group", "the militant group", "the Iran-backed
// movement", "the organisation".
var groupNouns = setOf(`group movement militia outfit faction organisation organization`)

// groupRef reads "the [up to three modifiers] group" at item k, a
// reference that walk resolves to the group named last. A group noun that
// modifies another ("the group stage"), is followed by "of" ("the group of
// seven") or by a name ("the militant group Jaish al-Adl", which names its
// own) is none.
func (f *finder) groupRef(k int) int {
	if f.key(k) != "the" {
		return k
	}
	for j := k + 1; j < len(f.its) && j <= k+4; j++ {
		it := f.its[j]
		last := f.ws[it.w0+it.n-1]
		if last.punct || it.n == 1 && stopCaps[last.key] || f.get(j, kOrg) != nil {
			return k // "the World Health Organization" names itself
		}
		if !groupNouns[last.key] {
			// Modifiers are lower-case words ("militant", "Iran-backed"),
			// adjectives ("Islamist") and country cues ("Palestinian"); a
			// name ("the Islamic State group", "the Wagner group") is the
			// group's own.
			if f.predicate(j) ||
				startsUpper(last.text) && len(it.ents) == 0 && f.upos(j) != "ADJ" {
				return k
			}
			continue
		}
		if t := f.tokenAt(last.start); t != nil && (t.UPOS != "NOUN" && t.UPOS != "PROPN" || t.Deprel == "compound") {
			return k
		}
		if f.key(j+1) == "of" || f.plainCap(j+1) {
			return k
		}
		c := cand{kind: cGroupRef, how: "group reference"}
		if e := f.get(j, kAgent); e != nil {
			c.agent = e.agent
		}
		if last.key == "organisation" || last.key == "organization" {
			c.igo = true
		}
		f.add(c, k, j+1)
		return j + 1
	}
	return k
}
