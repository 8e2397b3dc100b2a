package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News adaptation. EWT, the training treebank, is web text: it has few
// titled names of the kind news is full of ("PM Kakar", "FM Qureshi",
// "President Dr Arif Alvi"). Two small rules make such names come out as
// EWT annotates "President Bush": every title a proper noun, and the name
// the head of the phrase with the titles attached to it as nmod:desc.

// titleWords are titles written before a name, lowercase and without a
// final period.
var titleWords = setOf("president", "pm", "fm", "dr", "mr", "mrs", "ms", "prof", "gen", "general",
	"secretary", "minister", "king", "queen", "prince", "princess", "sheikh", "shaikh", "emir",
	"ambassador", "senator", "sen", "rep", "gov", "governor", "chancellor", "mayor", "premier",
	"col", "lt", "maj", "capt", "sgt", "adm", "admiral", "justice", "judge", "pope", "ayatollah",
	"imam", "cardinal", "rev", "sir", "lord", "dame", "commander", "marshal", "brig", "envoy",
	"spokesman", "spokeswoman", "chairman", "speaker", "cm", "coas", "cjcsc", "dg", "ig")

// titleModifiers belong to a title when one follows ("Crown Prince",
// "Prime Minister", "Foreign Minister", "Vice President").
var titleModifiers = setOf("crown", "prime", "foreign", "vice", "deputy", "supreme", "defence",
	"defense", "interior", "finance", "grand", "chief", "senior", "acting")

// dates are proper nouns that never belong to a name ("President Biden
// Thursday said").
var dates = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec")

// hashADJ is the hashed UPOS of adjectives.
var hashADJ = hashString("ADJ")

// hashPROPN is the hashed UPOS of proper nouns, as the parser sees it.
var hashPROPN = hashString("PROPN")

// isTitle reports whether token text is a capitalised title ("PM", "Dr.").
func isTitle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && titleWords[strings.ToLower(strings.TrimSuffix(w, "."))]
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tagTitles retags capitalised titles followed by a capitalised word as
// proper nouns (NNP), as EWT tags "President" in "President Bush".
func (t *tagger) tagTitles(forms []string, tags []int) {
	if t.propn < 0 {
		return
	}
	for i := 0; i+1 < len(forms); i++ {
		if isTitle(forms[i]) && capitalised(forms[i+1]) {
			tags[i] = t.propn
		}
	}
}

// finiteVerb retags a past participle (or an -ed adjective) as a
// past-tense verb when the sentence has no finite verb at all and the word
// follows a noun or pronoun, perhaps through an adverb, with no auxiliary
// before it: in "The two presidents discussed security" the tagger may read
// a reduced relative clause, and in "Qureshi also apprised media" an
// adjective, but a sentence needs a main verb.
func (t *tagger) finiteVerb(forms []string, tags []int) {
	if t.vbd < 0 {
		return
	}
	first := -1
	for i, c := range tags {
		switch t.classes[c].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if first < 0 && i > 0 {
				first = i
			}
		case "JJ":
			if first < 0 && i > 0 && len(forms[i]) > 4 && strings.HasSuffix(forms[i], "ed") {
				first = i
			}
		}
	}
	if first < 0 {
		return
	}
	for _, c := range tags[:first] {
		if t.classes[c].UPOS == "AUX" {
			return
		}
	}
	prev := first - 1
	if t.classes[tags[prev]].UPOS == "ADV" && prev > 0 {
		prev--
	}
	switch t.classes[tags[prev]].UPOS {
	case "NOUN", "PROPN", "PRON":
		tags[first] = t.vbd
	}
}

// nameNouns retags as a proper noun a capitalised singular noun that does
// not open the sentence and comes right before a capitalised proper noun:
// the word is part of the name ("journalist Bat Ganbold", "the Mozilla
// Foundation" read right to left), as the greedy left-to-right tagger,
// which has not seen the next word's tag, often misses (EWT dev UPOS
// +0.03, XPOS +0.03, mean of three seeds).
func (t *tagger) nameNouns(forms []string, tags []int) {
	if t.propn < 0 || t.nn < 0 {
		return
	}
	for i := len(forms) - 2; i >= 1; i-- {
		if tags[i] == t.nn && tags[i+1] == t.propn && capitalised(forms[i]) && capitalised(forms[i+1]) {
			tags[i] = t.propn
		}
	}
}

// conjoinAppositions relabels as conj an appos whose phrase opens with a
// coordinating conjunction ("Omar Farooq and President Tarek Haddad"):
// a dependent introduced by "and" is a conjunct, not an apposition.
func (p *parser) conjoinAppositions(heads, labels []int) {
	appos, conj, cc := p.labelIndex("appos"), p.labelIndex("conj"), p.labelIndex("cc")
	if appos < 0 || conj < 0 || cc < 0 {
		return
	}
	for d, h := range heads {
		if labels[d] != appos || h < 0 || h > d {
			continue
		}
		for k := h + 1; k < d; k++ {
			if heads[k] == d && labels[k] == cc {
				labels[d] = conj
				break
			}
		}
	}
}

// headTitledNames re-heads phrases such as "President Dr Arif Alvi" that
// the parser headed on a title: the first name word becomes the head,
// titles attach to it as nmod:desc, later name words as flat, and every
// other dependent of the phrase moves to the new head.
func (p *parser) headTitledNames(forms []string, s *sentence, heads, labels []int) {
	desc, flat := p.labelIndex("nmod:desc"), p.labelIndex("flat")
	if desc < 0 || flat < 0 {
		return
	}
	for i := 0; i < len(forms); {
		if !isTitle(forms[i]) {
			i++
			continue
		}
		start := i
		// "Crown Prince", "Prime Minister", "Vice President": a
		// capitalised modifier right before the title is part of it.
		for start > 0 && capitalised(forms[start-1]) && titleModifiers[strings.ToLower(forms[start-1])] {
			start--
		}
		mods := i - start
		for i < len(forms) && isTitle(forms[i]) {
			i++
		}
		name := i
		for i < len(forms) && capitalised(forms[i]) && !isTitle(forms[i]) && isWordLike(forms[i]) &&
			s.u[i] == hashPROPN && !dates[strings.ToLower(forms[i])] {
			i++
		}
		if name == i {
			continue // titles with no name after them
		}
		p.rehead(start, name, i, heads, labels, desc, flat)
		// The modifiers attach to the title word after them, as EWT has
		// "Prime/amod Minister/nmod:desc Nawaz".
		if mods > 0 && heads[start] == name {
			for k := start; k < start+mods; k++ {
				l := p.labelIndex("compound")
				if s.u[k] == hashADJ {
					l = p.labelIndex("amod")
				}
				if l >= 0 {
					heads[k], labels[k] = k+1, l
				}
			}
		}
	}
}

// rehead makes word name the head of the titled name [start, end): it
// takes the attachment of the phrase's leftmost word attached outside it,
// titles attach to it as nmod:desc, later name words as flat, and words
// outside that depended on the phrase ("and", "of Jordan") move to it. A
// head that is itself inside a name (flat) is replaced by that name's
// head. The change is kept only if the result is still a tree.
func (p *parser) rehead(start, name, end int, heads, labels []int, desc, flat int) {
	top := -1
	for k := start; k < end; k++ {
		if heads[k] < start || heads[k] >= end {
			top = k
			break
		}
	}
	if top < 0 {
		return
	}
	nh := append([]int(nil), heads...)
	nl := append([]int(nil), labels...)
	nh[name], nl[name] = heads[top], labels[top]
	if h := nh[name]; h >= 0 && labels[h] == flat && (nl[name] == p.labelIndex("conj") || nl[name] == flat) {
		nh[name] = heads[h]
	}
	for k := range heads {
		switch {
		case k == name:
		case k >= start && k < end:
			nh[k] = name
			if k < name {
				nl[k] = desc
			} else {
				nl[k] = flat
			}
		case heads[k] >= start && heads[k] < end:
			nh[k] = name
		}
	}
	if isTree(nh) {
		copy(heads, nh)
		copy(labels, nl)
	}
}

// isTree reports whether heads (-1 for the root) form one tree.
func isTree(heads []int) bool {
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
		}
		for k, steps := i, 0; k != -1; k, steps = heads[k], steps+1 {
			if steps > len(heads) || k < -1 || k >= len(heads) {
				return false
			}
		}
	}
	return roots == 1
}

// keepTree copies the proposed heads and labels nh, nl over heads and
// labels when they still form a tree.
func keepTree(heads, labels, nh, nl []int) {
	if isTree(nh) {
		copy(heads, nh)
		copy(labels, nl)
	}
}

func isWordLike(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// labelIndex returns the index of label l, or -1.
func (p *parser) labelIndex(l string) int {
	for i, s := range p.labels {
		if s == l {
			return i
		}
	}
	return -1
}

// possessedNouns retags as a singular noun a base-form verb right after a
// possessive 's ("Pakistan's resolve to …"): a possessive opens a noun
// phrase, and in EWT train 2 of the ~700 words after one are VBP, none VB.
func (t *tagger) possessedNouns(tags []int) {
	if t.nn < 0 {
		return
	}
	for i := 1; i < len(tags); i++ {
		if t.classes[tags[i-1]].XPOS != "POS" {
			continue
		}
		switch t.classes[tags[i]].XPOS {
		case "VB", "VBP":
			tags[i] = t.nn
		}
	}
}

// speechForms are the reporting verbs whose complement the parser may
// wrongly extend over a second verb of the reporter ("said the presence
// of US forces was illegal and called on Baghdad").
var speechForms = map[string]bool{"said": true, "says": true, "told": true, "added": true,
	"stated": true, "noted": true, "stressed": true, "insisted": true, "reiterated": true}

// lowerConjToSpeaker re-heads on the reporting verb a finite verb the
// parser conjoined to a copular or passive predicate inside its clausal
// complement, when the verb has no subject of its own and the tense of
// the reporting verb: "Khamenei said the presence was illegal and called
// on Baghdad …" — the reporter called, not the presence.
func (p *parser) lowerConjToSpeaker(forms []string, xpos []string, heads, labels []int) {
	ccomp, conj, cop, auxPass, nsubj := p.labelIndex("ccomp"), p.labelIndex("conj"), p.labelIndex("cop"),
		p.labelIndex("aux:pass"), p.labelIndex("nsubj")
	if ccomp < 0 || conj < 0 {
		return
	}
	for v, pr := range heads {
		if labels[v] != conj || pr < 0 || pr > v || labels[pr] != ccomp {
			continue
		}
		sp := heads[pr]
		if sp < 0 || sp > pr || !speechForms[strings.ToLower(forms[sp])] || xpos[v] != xpos[sp] {
			continue
		}
		copular, subject := false, false
		for k, h := range heads {
			if h == pr && (labels[k] == cop || labels[k] == auxPass) {
				copular = true
			}
			if h == v && labels[k] == nsubj {
				subject = true
			}
		}
		if copular && !subject {
			heads[v] = sp
		}
	}
}

// unseenNames retags as a proper noun a capitalised singular noun inside
// a sentence, after a lowercase word or a proper noun, that the training
// data never had in any case ("journalist Bat-Erdene Ganbold was
// detained"): an unseen capitalised word there is a name.
func (t *tagger) unseenNames(forms []string, ws []word, tags []int) (changed bool) {
	if t.propn < 0 || t.nn < 0 {
		return false
	}
	for i := 1; i < len(forms); i++ {
		if tags[i] != t.nn || ws[i].amb != hashNone || !capitalised(forms[i]) || strings.ToUpper(forms[i]) == forms[i] {
			continue
		}
		if !t.afterWordOrName(forms, tags, i) {
			continue
		}
		tags[i], changed = t.propn, true
	}
	return changed
}

// afterWordOrName reports whether token i follows a lowercase word or a
// proper noun, as a name word inside a sentence does.
func (t *tagger) afterWordOrName(forms []string, tags []int, i int) bool {
	prev := forms[i-1]
	return tags[i-1] == t.propn || !capitalised(prev) && unicode.IsLetter(firstRune(prev))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// initialPlural retags as a plural noun a capitalised -s word opening the
// sentence that the tagger read as a present-tense verb, when the word is
// most often a plural noun in the treebank and a finite verb follows
// later: "Clashes between Iran and Pakistan continued". It returns whether
// it changed a tag.
func (t *tagger) initialPlural(forms []string, ws []word, tags []int) bool {
	if t.nns < 0 || t.vbz < 0 || len(forms) < 3 || tags[0] != t.vbz || !capitalised(forms[0]) || !strings.HasSuffix(forms[0], "s") {
		return false
	}
	// Only a word the treebank has most often as a plural noun: not "Is
	// there …", "Needs to go", "Turns out".
	if e, ok := t.ambig[ws[0].lower]; !ok || int(e.top) != t.nns || subjectless[strings.ToLower(forms[0])] {
		return false
	}
	for i := 2; i < len(forms); i++ {
		// A finite verb, or a verb the tagger took for a participle
		// ("Clashes between the two armies continued").
		if t.kinds[tags[i]]&kindVerb != 0 && (t.kinds[tags[i]]&kindFinite != 0 || t.classes[tags[i]].XPOS == "VBN") {
			tags[0] = t.nns
			return true
		}
	}
	return false
}

// subjectless are verbs that open informal sentences without a subject
// ("Looks like the kids had a great time", "Makes sense").
var subjectless = map[string]bool{"looks": true, "feels": true, "sounds": true, "seems": true,
	"appears": true, "says": true, "goes": true, "makes": true, "takes": true, "gets": true,
	"means": true, "helps": true, "depends": true}

// promoteFiniteAcl makes the sentence's verb the root where the parser
// rooted the sentence on a noun and hung a past-tense verb without a
// subject on a later noun as a reduced relative clause: "Talks between the
// two sides resumed in Doha" (talks ← resumed) was parsed as "talks
// [between the two sides resumed …]". A reduced relative takes a
// participle, never a VBD, so the VBD is the predicate and the root noun
// its subject; the root's dependents after the verb move to it. The same
// holds for a subjectless VBD hung as a relative clause or as part of a
// name ("… and US President Joe Biden discussed regional security" had
// "discussed" flat under "Joe").
func (p *parser) promoteFiniteAcl(upos, xpos []string, heads, labels []int) {
	acl, relcl, flat, root, nsubj := p.labelIndex("acl"), p.labelIndex("acl:relcl"), p.labelIndex("flat"), p.labelIndex("root"), p.labelIndex("nsubj")
	if acl < 0 || root < 0 || nsubj < 0 {
		return
	}
	r := slices.Index(heads, -1)
	if r < 0 || upos[r] != "NOUN" && upos[r] != "PROPN" {
		return
	}
	for v := r + 1; v < len(heads); v++ {
		l := labels[v]
		// Also a participle right after the noun with an object of its own
		// and no auxiliary: "Belgian police used water cannon to disperse
		// protesters who pelted officers …" (a past tense).
		vbn := xpos[v] == "VBN" && v == r+1 && l == acl && p.hasDep(heads, labels, v, p.labelIndex("obj")) && !p.hasAux(heads, labels, v)
		if l != acl && (l != relcl || relcl < 0) && (l != flat || flat < 0) || xpos[v] != "VBD" && !vbn || slices.Contains(xpos, "VBZ") || slices.Contains(xpos, "VBP") {
			continue
		}
		own := false
		for k, h := range heads {
			if h == v && labels[k] == nsubj {
				own = true
			}
		}
		if own {
			continue
		}
		for k, h := range heads {
			if h == r && k > v {
				heads[k] = v
			}
		}
		heads[v], labels[v] = -1, root
		heads[r], labels[r] = v, nsubj
		return
	}
}

// functionWordNames retags as proper nouns a capitalised function word
// inside a sentence and the capitalised word after it, when it follows a
// lowercase word or a proper noun: "visiting Vietnamese leader To Lam in
// Beijing" (not "to" + verb). It returns whether it changed a tag.
func (t *tagger) functionWordNames(forms []string, tags []int) bool {
	if t.propn < 0 {
		return false
	}
	changed := false
	for i := 1; i+1 < len(forms); i++ {
		u := t.classes[tags[i]].UPOS
		if u != "PART" || !capitalised(forms[i]) || strings.ToUpper(forms[i]) == forms[i] || !capitalised(forms[i+1]) {
			continue
		}
		if !t.afterWordOrName(forms, tags, i) {
			continue
		}
		tags[i], changed = t.propn, true
		if u := t.classes[tags[i+1]].UPOS; u == "VERB" || u == "NOUN" || u == "ADJ" {
			tags[i+1] = t.propn
		}
	}
	return changed
}

// closedClasses are the UPOS classes whose words the treebank lists in
// full: a word it never had cannot be one of them.
var closedClasses = map[string]bool{"ADP": true, "AUX": true, "CCONJ": true, "DET": true,
	"PART": true, "PRON": true, "SCONJ": true}

// unseenFunctionWords retags as proper nouns the capitalised words that
// training never had in any case but that the tagger read as a function
// word ("Xi Jinping held talks", where "Xi" came out a subordinating
// conjunction). It returns whether it changed a tag.
func (t *tagger) unseenFunctionWords(forms []string, ws []word, tags []int) (changed bool) {
	if t.propn < 0 {
		return false
	}
	for i := range forms {
		u := t.classes[tags[i]].UPOS
		adverb := u == "ADV" && !strings.HasSuffix(strings.ToLower(forms[i]), "ly") // "Prabowo later spoke"
		if ws[i].amb != hashNone || !capitalised(forms[i]) || !closedClasses[u] && !adverb {
			continue
		}
		tags[i], changed = t.propn, true
	}
	return changed
}

// visitingGuest undoes the parse of "met visiting Kenyan President William
// Ruto" as met + [visiting Ruto] (xcomp with an object): a bare "visiting"
// right after a verb without an object, before a capitalised name with a title, is the
// guest's attribute ("the visiting president"), and the guest is the
// verb's object. The coder would otherwise read that the host visited.
func (p *parser) visitingGuest(forms, upos []string, heads, labels []int) {
	xcomp, obj, amod := p.labelIndex("xcomp"), p.labelIndex("obj"), p.labelIndex("amod")
	if xcomp < 0 || obj < 0 || amod < 0 {
		return
	}
	for v := 1; v+1 < len(forms); v++ {
		h := heads[v]
		if labels[v] != xcomp || h != v-1 || upos[h] != "VERB" || !strings.EqualFold(forms[v], "visiting") || !capitalised(forms[v+1]) {
			continue
		}
		guest, other := -1, false
		var moved []int // obliques of the meeting ("on Tuesday") hung on visiting
		for k, hk := range heads {
			switch {
			case hk == v && labels[k] == obj && upos[k] == "PROPN" && guest < 0:
				guest = k
			case hk == v && k > v && p.meetingModifier(labels[k]):
				moved = append(moved, k)
			case hk == v:
				other = true // visiting has clauses of its own: leave it
			case hk == h && labels[k] == obj:
				other = true
			}
		}
		if guest < 0 || other || !p.subtreeStarts(heads, guest, v+1) || !p.titled(heads, labels, guest) {
			continue
		}
		heads[guest], labels[guest] = h, obj
		heads[v], labels[v] = guest, amod
		for _, k := range moved {
			heads[k] = h
		}
	}
}

// titled reports whether name k has a title ("President William Ruto"):
// "avoided visiting Paris" keeps its gerund.
func (p *parser) titled(heads, labels []int, k int) bool {
	desc := p.labelIndex("nmod:desc")
	return desc >= 0 && p.hasDep(heads, labels, k, desc)
}

// meetingModifier reports whether label l is one of the obliques and
// marks that visitingGuest moves from "visiting" to the host's verb.
func (p *parser) meetingModifier(l int) bool {
	switch p.labels[l] {
	case "obl", "obl:tmod", "obl:npmod", "advmod", "punct":
		return true
	}
	return false
}

// subtreeStarts reports whether the leftmost word under (or at) r is at;
// heads has -1 for the root.
func (p *parser) subtreeStarts(heads []int, r, at int) bool {
	left := r
	for k := range heads {
		if k < left && p.under(heads, k, r) {
			left = k
		}
	}
	return left == at
}

// possessorOnVerb moves a possessor the parser hung on a verb to the noun
// it possesses, the first noun after it among the verb's dependents:
// "Ukraine's Zelenskiy thanked Denmark" had Ukraine as nmod:poss of
// "thanked" (a verb takes no possessor), leaving the subject without its
// country.
func (p *parser) possessorOnVerb(upos []string, heads, labels []int) {
	poss := p.labelIndex("nmod:poss")
	if poss < 0 {
		return
	}
	for d, h := range heads {
		if labels[d] != poss || h < 0 || upos[h] != "VERB" && upos[h] != "AUX" {
			continue
		}
		for k := d + 1; k < len(heads); k++ {
			if upos[k] == "NOUN" || upos[k] == "PROPN" {
				if heads[k] == h {
					heads[d] = k
				}
				break
			}
		}
	}
}

// reportedClause gives back to a reported clause the words the parser hung
// on the reporting verb after it. In "A car bomb killed 12 people in a
// market, police said" the parser may make "people" a dependent of "said",
// and in "Israeli strikes killed 30 people, the agency said" make both
// "strikes" and "agency" subjects of "said". When a reporting verb has its
// subject right after a comma and a clausal complement verb before that
// comma, the reporter's other dependents before the comma move to the
// complement's verb: a second subject as its subject, a bare noun after it
// as its object (when it has none), other nouns as obliques. A past
// participle read as a passive that thereby gains an object is left to
// activeParticiple ("strikes killed at least 30 people").
func (p *parser) reportedClause(forms, upos []string, heads, labels []int) {
	nsubj, obj, obl, cas, ccomp := p.labelIndex("nsubj"), p.labelIndex("obj"),
		p.labelIndex("obl"), p.labelIndex("case"), p.labelIndex("ccomp")
	if nsubj < 0 || obj < 0 || obl < 0 || ccomp < 0 {
		return
	}
	for h := range heads {
		if upos[h] != "VERB" || !speechForms[strings.ToLower(forms[h])] {
			continue
		}
		// The reporter: the subject before h, after a comma, with nothing
		// but its own words in between.
		rep := -1
		for k := h - 1; k >= 0 && rep < 0; k-- {
			if heads[k] == h && labels[k] == nsubj {
				rep = k
			}
		}
		if rep < 0 {
			continue
		}
		comma := rep - 1
		for comma >= 0 && forms[comma] != "," && p.under(heads, comma, rep) {
			comma--
		}
		if comma <= 0 || forms[comma] != "," {
			continue
		}
		v := -1
		for k := 0; k < comma; k++ {
			if heads[k] == h && upos[k] == "VERB" && (labels[k] == ccomp || p.labels[labels[k]] == "xcomp") {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		moved := false
		for k := 0; k < comma; k++ {
			if heads[k] != h || k == v {
				continue
			}
			switch {
			case k < v && labels[k] == nsubj && !p.hasSubject(heads, labels, v):
				heads[k] = v
			case k > v && (upos[k] == "NOUN" || upos[k] == "PROPN" || upos[k] == "NUM"):
				heads[k] = v
				switch {
				case p.hasDep(heads, labels, k, cas):
					labels[k] = obl
				case !p.hasDep(heads, labels, v, obj):
					labels[k] = obj
				default:
					labels[k] = obl
				}
			default:
				continue
			}
			moved = true
		}
		if !moved {
			continue
		}
		labels[v] = ccomp
	}
}

// under reports whether word k lies in the subtree of r (heads has -1 for
// the root).
func (p *parser) under(heads []int, k, r int) bool {
	for steps := 0; k >= 0 && steps <= len(heads); steps++ {
		if k == r {
			return true
		}
		k = heads[k]
	}
	return false
}

// hasAux reports whether word v has an auxiliary.
func (p *parser) hasAux(heads, labels []int, v int) bool {
	for k, h := range heads {
		if h == v && strings.HasPrefix(p.labels[labels[k]], "aux") {
			return true
		}
	}
	return false
}

// hasDep reports whether word v has a dependent labelled l.
func (p *parser) hasDep(heads, labels []int, v, l int) bool {
	for k, h := range heads {
		if h == v && labels[k] == l {
			return true
		}
	}
	return false
}

// hasSubject reports whether word v has a dependent whose relation is a
// subject of any kind.
func (p *parser) hasSubject(heads, labels []int, v int) bool {
	for k, h := range heads {
		if h == v && strings.HasPrefix(p.labels[labels[k]], "nsubj") || h == v && strings.HasPrefix(p.labels[labels[k]], "csubj") {
			return true
		}
	}
	return false
}

// speakerSubject gives a subjectless reporting verb the noun phrase right
// before it, between a comma and the verb, when the parser hung that
// phrase elsewhere: "fired a missile on Thursday, South Korea's Joint
// Chiefs of Staff said" had "Chiefs" conjoined to "Thursday" and "said"
// without a subject.
func (p *parser) speakerSubject(forms, upos []string, heads, labels []int) {
	nsubj := p.labelIndex("nsubj")
	if nsubj < 0 {
		return
	}
	for h := 1; h < len(forms); h++ {
		if upos[h] != "VERB" || !speechForms[strings.ToLower(forms[h])] || p.hasSubject(heads, labels, h) {
			continue
		}
		comma := -1
		for k := h - 1; k >= 0 && k >= h-12; k-- {
			if forms[k] == "," {
				comma = k
				break
			}
			if u := upos[k]; u == "VERB" || u == "AUX" || u == "PUNCT" && forms[k] != "'" {
				break
			}
		}
		if comma < 0 || comma+1 >= h {
			continue
		}
		// The phrase's head: its one word attached outside it.
		n := -1
		for k := comma + 1; k < h; k++ {
			if hk := heads[k]; hk <= comma || hk >= h {
				if n >= 0 {
					n = -2
					break
				}
				n = k
			}
		}
		if n < 0 || upos[n] != "NOUN" && upos[n] != "PROPN" || heads[n] == h {
			continue
		}
		old := heads[n]
		heads[n], labels[n] = h, nsubj
		if !isTree(heads) {
			heads[n] = old
		}
	}
}

// gerundVerbs take an object and an "of" or "for" gerund: "accused the
// Taliban of sheltering militants", "thanked China for supporting".
var gerundVerbs = setOf("accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming",
	"suspect", "suspected", "suspects", "charge", "charged", "charges", "thank", "thanked", "thanks", "thanking",
	"praise", "praised", "praises", "praising", "criticise", "criticised", "criticises", "criticize",
	"criticized", "criticizes", "condemn", "condemned", "condemns", "convict", "convicted", "punish", "punished",
	"sanction", "sanctioned", "fault", "faulted", "credit", "credited", "commend", "commended")

// objectGerund repairs "accused the Afghan Taliban of sheltering militants"
// when the parser hung the gerund on the noun after it ("of sheltering" as
// a modifier of "militants", the Taliban a compound, "militants" an
// oblique of "accused"): the noun phrase between the verb and "of" is the
// verb's object, the gerund an adverbial clause marked by "of", and the
// noun phrase after it the gerund's object. The change is kept only when
// the result is a tree.
func (p *parser) objectGerund(forms, upos, xpos []string, heads, labels []int) {
	obj, advcl, mark := p.labelIndex("obj"), p.labelIndex("advcl"), p.labelIndex("mark")
	if obj < 0 || advcl < 0 || mark < 0 {
		return
	}
	for v := range forms {
		if upos[v] != "VERB" || !gerundVerbs[strings.ToLower(forms[v])] {
			continue
		}
		m := -1
		for k := v + 2; k < len(forms) && k <= v+8; k++ {
			if f := strings.ToLower(forms[k]); f == "of" || f == "for" {
				m = k
				break
			}
			if upos[k] == "VERB" || upos[k] == "AUX" || upos[k] == "PUNCT" {
				break
			}
		}
		if m < 0 || m+1 >= len(forms) || xpos[m+1] != "VBG" {
			continue
		}
		g := m + 1
		n := -1 // the object's head: the last noun before "of"
		for k := m - 1; k > v; k-- {
			if upos[k] == "NOUN" || upos[k] == "PROPN" || upos[k] == "PRON" {
				n = k
				break
			}
		}
		if upos[g] != "VERB" {
			continue // "of being willing": the clause's head is further on
		}
		for k := v + 1; k < m; k++ {
			if heads[k] == v && labels[k] == obj {
				n = k // an object the parser found stays the object
			}
		}
		if n < 0 || heads[n] == v && labels[n] == obj && heads[g] == v {
			continue // nothing to repair
		}
		o := -1 // the gerund's object: the head of the noun phrase after it
		for k := g + 1; k < len(forms) && k <= g+6; k++ {
			if upos[k] == "NOUN" || upos[k] == "PROPN" {
				o = k
				for o+1 < len(forms) && (upos[o+1] == "NOUN" || upos[o+1] == "PROPN") && heads[o] == o+1 {
					o++
				}
				break
			}
			if upos[k] != "DET" && upos[k] != "ADJ" && upos[k] != "NUM" && upos[k] != "PRON" {
				break
			}
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[n], nl[n] = v, obj
		nh[g], nl[g] = v, advcl
		nh[m], nl[m] = g, mark
		if o >= 0 {
			nh[o], nl[o] = g, obj
		}
		for k := v + 1; k < m; k++ {
			if k != n && (nh[k] < v+1 || nh[k] >= m) && k > n-4 && k < n {
				nh[k] = n // the object's own words stay under it
			}
		}
		keepTree(heads, labels, nh, nl)
	}
}

// possessorPhrase re-attaches a possessor the parser gave a relation of
// its own: in "Israel and Lebanon's Hezbollah agreed" it made "Lebanon" the
// conjunct and "Hezbollah" a second subject. A word with a possessive "'s"
// always modifies the noun after it, so that noun (the last of the nouns
// that follow) takes the possessor's place in the tree and the possessor
// becomes its nmod:poss. Kept only when the result is a tree.
func (p *parser) possessorPhrase(forms, upos []string, heads, labels []int) {
	poss, cas := p.labelIndex("nmod:poss"), p.labelIndex("case")
	if poss < 0 || cas < 0 {
		return
	}
	for x := 0; x+2 < len(forms); x++ {
		c := x + 1
		if labels[x] == poss || heads[c] != x || labels[c] != cas || (forms[c] != "'s" && forms[c] != "’s" && forms[c] != "'") {
			continue
		}
		if upos[x] != "PROPN" && upos[x] != "NOUN" {
			continue
		}
		y := -1
		for k := x + 2; k < len(forms) && (upos[k] == "PROPN" || upos[k] == "NOUN"); k++ {
			y = k
		}
		if y < 0 || heads[y] == x {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[y], nl[y] = heads[x], labels[x]
		nh[x], nl[x] = y, poss
		for k := range nh {
			// What hung on the possessor after it, and the conjunction
			// and comma before it, belong to the phrase.
			if k != c && k != y && nh[k] == x && (k > x || p.labels[labels[k]] == "cc" || p.labels[labels[k]] == "punct") {
				nh[k] = y
			}
		}
		keepTree(heads, labels, nh, nl)
	}
}

// trailingCase repairs a preposition the parser made the case marker of
// the noun before it and gave an object of its own: "expelled more than a
// dozen British diplomats since the start of the war" had "since" as case
// of "diplomats" and "start" as its object. English case markers precede
// their nouns, so the object becomes an oblique of the noun's head, marked
// by the preposition.
func (p *parser) trailingCase(forms, upos []string, heads, labels []int) {
	cas, obl, obj := p.labelIndex("case"), p.labelIndex("obl"), p.labelIndex("obj")
	if cas < 0 || obl < 0 || obj < 0 {
		return
	}
	for c := 1; c < len(forms); c++ {
		h := heads[c]
		if labels[c] != cas || h < 0 || h >= c || upos[c] != "ADP" && upos[c] != "SCONJ" || heads[h] < 0 {
			continue
		}
		n := -1
		for k := c + 1; k < len(forms); k++ {
			if heads[k] == c && labels[k] == obj {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[n], nl[n] = heads[h], obl
		nh[c] = n
		keepTree(heads, labels, nh, nl)
	}
}

// relativeAfterComma attaches to its antecedent a relative clause after a
// comma that the parser hung elsewhere: one opened by a prepositional
// relative pronoun ("… concluding a visit to China, during which he met
// President Xi" had "met" conjoined to "returned"), or one whose subject
// is "who" or "which" ("The Houthis, who control much of Yemen, have
// attacked ships since November" had "control" as the subject of
// "attacked" and "Houthis" as an oblique). The antecedent of "during
// which" is the noun phrase before the comma, climbed from its last noun
// through nmod ("a visit to China"); that of "who" or "which" is the noun
// right before the comma. Where the clause had been the subject of a
// verb, the antecedent becomes it.
func (p *parser) relativeAfterComma(forms, upos []string, heads, labels []int) {
	relcl, cas := p.labelIndex("acl:relcl"), p.labelIndex("case")
	if relcl < 0 || cas < 0 {
		return
	}
	for w := 2; w < len(forms); w++ {
		f := strings.ToLower(forms[w])
		c := w - 1 // "during which": a preposition, after a comma
		prep := f == "which" || f == "whom"
		if prep && (labels[c] != cas || heads[c] != w || c < 1 || forms[c-1] != ",") {
			prep = false
		}
		subj := (f == "who" || f == "which") && forms[w-1] == "," && strings.HasPrefix(p.labels[labels[w]], "nsubj")
		if !prep && !subj {
			continue
		}
		n := w - 2
		if prep {
			n = c - 2
		}
		v := heads[w]
		if v <= w || upos[v] != "VERB" || labels[v] == relcl || heads[v] < 0 {
			continue
		}
		if n < 0 || upos[n] != "NOUN" && upos[n] != "PROPN" {
			continue
		}
		for k := 0; prep && k < 3 && n >= 0 && heads[n] >= 0 && heads[n] < n && p.labels[labels[n]] == "nmod"; k++ {
			n = heads[n]
		}
		for k := 0; k < 4 && heads[n] >= 0 && heads[n] < n && p.labels[labels[n]] == "flat"; k++ {
			n = heads[n] // "President Ebrahim Raisi, who died": the name's head
		}
		if upos[n] != "NOUN" && upos[n] != "PROPN" || heads[v] == n {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[v], nl[v] = n, relcl
		if old := p.labels[labels[v]]; subj && heads[n] == heads[v] && (strings.HasPrefix(old, "nsubj") || strings.HasPrefix(old, "csubj")) {
			nl[n] = p.labelIndex("nsubj")
			if p.hasDep(heads, labels, heads[v], p.labelIndex("aux:pass")) {
				nl[n] = p.labelIndex("nsubj:pass")
			}
		}
		keepTree(heads, labels, nh, nl)
	}
}

// activeParticiple retags as past tense a past participle that heads a
// clause with a passive subject but no auxiliary and an object: "Pakistan's
// military accused Indian forces of unprovoked firing" was read as a
// passive "accused" (a passive takes "be" or "get", and no object). The
// subject becomes active; the returned words are retagged VBD.
func (p *parser) activeParticiple(xpos []string, heads, labels []int) (retag []int) {
	pass, nsubj, obj := p.labelIndex("nsubj:pass"), p.labelIndex("nsubj"), p.labelIndex("obj")
	if pass < 0 || nsubj < 0 || obj < 0 {
		return nil
	}
	for v := range heads {
		if xpos[v] != "VBN" {
			continue
		}
		switch p.labels[labels[v]] {
		case "root", "ccomp", "conj", "parataxis":
		default:
			continue
		}
		if p.hasAux(heads, labels, v) || !p.hasDep(heads, labels, v, obj) {
			continue
		}
		subj := -1
		for k, h := range heads {
			if h == v && labels[k] == pass && k < v {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		labels[subj] = nsubj
		retag = append(retag, v)
	}
	return retag
}

// afterRelative moves to the main clause a participle clause that follows
// the comma closing a relative clause set off by commas: in "Brazil did
// not condemn Russia over the strikes on Kyiv, which hit a children's
// hospital, instead expressing regret …" the parser hung "expressing" on
// "hit", making Kyiv the one expressing regret. The participle goes to the
// nearest verb above the relative clause's antecedent.
func (p *parser) afterRelative(forms, upos, xpos []string, heads, labels []int) {
	relcl, advcl := p.labelIndex("acl:relcl"), p.labelIndex("advcl")
	if relcl < 0 || advcl < 0 {
		return
	}
	for v := range heads {
		if labels[v] != relcl || heads[v] < 0 {
			continue
		}
		open := -1 // the relative pronoun after the opening comma
		for k, h := range heads {
			if h == v && k < v && k > 0 && forms[k-1] == "," && strings.HasPrefix(p.labels[labels[k]], "nsubj") {
				if f := strings.ToLower(forms[k]); f == "who" || f == "which" {
					open = k
				}
			}
		}
		if open < 0 {
			continue
		}
		m := heads[v]
		for m >= 0 && upos[m] != "VERB" {
			m = heads[m]
		}
		if m < 0 || m > open {
			continue
		}
		for d, h := range heads {
			if h != v || d < v || labels[d] != advcl || xpos[d] != "VBG" {
				continue
			}
			c := p.commaBefore(forms, heads, d, v) // "…, instead expressing"
			if c < 0 || !p.subtreeStarts(heads, d, c) && !p.subtreeStarts(heads, d, c+1) {
				continue
			}
			nh := slices.Clone(heads)
			nh[d] = m
			if heads[c] == v {
				nh[c] = d
			}
			keepTree(heads, labels, nh, slices.Clone(labels))
		}
	}
}

// relativeSpans returns the commas around each relative clause set off by
// commas after a noun and followed by a finite verb: "The Houthis, who
// control much of Yemen, have attacked ships" gives the commas after
// "Houthis" and "Yemen". A clause whose first comma after the pronoun is
// followed by anything else ("born in Paris, France, …") is left alone.
func relativeSpans(forms, upos, xpos []string) [][2]int {
	var out [][2]int
	for w := 2; w < len(forms); w++ {
		if f := strings.ToLower(forms[w]); f != "who" && f != "which" || forms[w-1] != "," || upos[w-2] != "NOUN" && upos[w-2] != "PROPN" {
			continue
		}
	scan:
		for c := w + 2; c+1 < len(forms); c++ {
			switch {
			case forms[c] == ",":
				if finiteTag(xpos[c+1]) || upos[c+1] == "AUX" {
					out = append(out, [2]int{w - 1, c})
				}
				break scan
			case upos[c] == "PUNCT" && forms[c] != "-" || strings.EqualFold(forms[c], "who") || strings.EqualFold(forms[c], "which"):
				break scan
			}
		}
	}
	return out
}

// cleanRelative reports whether the parse already makes the words between
// commas c1 and c2 a relative clause of a word before c1, with every word
// of the clause under its head and no word outside hanging on it.
func (p *parser) cleanRelative(heads, labels []int, c1, c2 int) bool {
	v := heads[c1+1]
	if v <= c1 || v >= c2 || p.labels[labels[v]] != "acl:relcl" || heads[v] < 0 || heads[v] >= c1 {
		return false
	}
	for k, h := range heads {
		in := k > c1 && k < c2
		if in && !p.under(heads, k, v) || !in && k != c1 && k != c2 && h > c1 && h < c2 {
			return false
		}
	}
	return true
}

// graftRelative parses a sentence whose relative clause between commas c1
// and c2 the parser got wrong as two: the sentence without the clause and
// its commas ("The Houthis have attacked ships …"), and the clause alone
// ("who control much of Yemen"), whose head then attaches to the noun
// before c1 (a name's head word) as acl:relcl, with both commas on it.
// Tags are the whole sentence's.
func (p *parser) graftRelative(in *subParse, heads, labels []int, c1, c2 int) {
	relcl, punct := p.labelIndex("acl:relcl"), p.labelIndex("punct")
	if relcl < 0 || punct < 0 {
		return
	}
	var outer, inner []int
	for k := range heads {
		switch {
		case k > c1 && k < c2:
			inner = append(inner, k)
		case k != c1 && k != c2:
			outer = append(outer, k)
		}
	}
	nh, nl := slices.Clone(heads), slices.Clone(labels)
	p.parsePart(in, outer, nh, nl)
	v := p.parsePart(in, inner, nh, nl)
	a := c1 - 1
	for k := 0; k < 4 && nh[a] >= 0 && nh[a] < a && p.labels[nl[a]] == "flat"; k++ {
		a = nh[a]
	}
	if v < 0 {
		return
	}
	nh[v], nl[v] = a, relcl
	nh[c1], nl[c1] = v, punct
	nh[c2], nl[c2] = v, punct
	keepTree(heads, labels, nh, nl)
}

// subParse holds what parsing part of a sentence on its own needs: the
// sentence's words, tags and runner-up hashes, its forms and the scratch.
type subParse struct {
	ws      []word
	tags    []int
	hedges  []uint64
	classes []tagClass
	forms   []string
	sc      *scratch
}

// parsePart parses the words idx of a sentence as a sentence of their own,
// writes their heads (within idx) and labels into heads and labels, and
// returns the part's root.
func (p *parser) parsePart(in *subParse, idx []int, heads, labels []int) (root int) {
	sw, st, sa, sf := make([]word, len(idx)), make([]int, len(idx)), make([]uint64, len(idx)), make([]string, len(idx))
	for i, k := range idx {
		sw[i], st[i], sa[i], sf[i] = in.ws[k], in.tags[k], in.hedges[k], in.forms[k]
	}
	sh, sl := make([]int, len(idx)), make([]int, len(idx))
	p.parse(newSentence(sw, st, sa, in.classes), sf, in.sc, sh, sl)
	root = -1
	for i, k := range idx {
		labels[k] = sl[i]
		if sh[i] < 0 {
			heads[k], root = -1, k
		} else {
			heads[k] = idx[sh[i]]
		}
	}
	return root
}

// relativeVerb retags as a present-tense verb a plural noun right after a
// relative pronoun that follows a comma: the subject pronoun of a relative
// clause is followed by its verb ("Hezbollah, which controls southern
// Lebanon, …" had "controls" as a noun). It reports whether it changed a
// tag.
func (t *tagger) relativeVerb(forms []string, tags []int) (changed bool) {
	if t.nns < 0 || t.vbz < 0 {
		return false
	}
	for w := 1; w+1 < len(forms); w++ {
		if f := strings.ToLower(forms[w]); (f == "who" || f == "which") && forms[w-1] == "," && tags[w+1] == t.nns && strings.HasSuffix(forms[w+1], "s") && !capitalised(forms[w+1]) {
			tags[w+1], changed = t.vbz, true
		}
	}
	return changed
}

// frontedSpan returns the comma ending a phrase or clause that opens the
// sentence with a preposition or subordinator before a main clause with a
// finite verb ("After meeting Narendra Modi in New Delhi, the chancellor
// flew to Tokyo"), or -1. A prepositional phrase holds no finite verb ("By
// late 1974 investors were dizzy, they were …" opens with a clause), and
// the main clause reaches its verb without a comma or conjunction ("If you
// exhibit at Sport, Hunting, or Craft Shows and are …" is a list).
func frontedSpan(forms, upos, xpos []string) int {
	if len(forms) < 6 || upos[0] != "ADP" && upos[0] != "SCONJ" {
		return -1
	}
	for c := 2; c+2 < len(forms); c++ {
		if forms[c] != "," {
			if upos[c] == "PUNCT" && forms[c] != "-" || upos[0] == "ADP" && finiteTag(xpos[c]) {
				return -1
			}
			continue
		}
		if u := upos[c+1]; u == "VERB" || u == "AUX" || u == "CCONJ" || u == "PUNCT" {
			return -1
		}
		for k := c + 2; k < len(forms); k++ {
			switch {
			case finiteTag(xpos[k]):
				return c
			case upos[k] == "CCONJ" || upos[k] == "PUNCT":
				return -1
			}
		}
		return -1
	}
	return -1
}

// cleanFronted reports whether the parse roots the sentence after the
// comma c ending its opening phrase, with that phrase one subtree hanging
// into the main clause and no word of the main clause hanging on it.
func (p *parser) cleanFronted(heads []int, c int) bool {
	r := slices.Index(heads, -1)
	if r <= c {
		return false
	}
	out := 0
	for k, h := range heads {
		switch {
		case k < c && h > c:
			out++
		case k > c && h <= c && h >= 0:
			return false
		}
	}
	return out == 1
}

// graftFronted parses the opening phrase before comma c and the main
// clause after it as sentences of their own, and hangs the phrase's head
// on the main clause's: as advcl when it is a verb or has a subordinator,
// subject or copula of its own, else as obl.
func (p *parser) graftFronted(in *subParse, upos []string, heads, labels []int, c int) {
	advcl, obl, punct := p.labelIndex("advcl"), p.labelIndex("obl"), p.labelIndex("punct")
	if advcl < 0 || obl < 0 || punct < 0 {
		return
	}
	var front, main []int
	for k := range heads {
		switch {
		case k < c:
			front = append(front, k)
		case k > c:
			main = append(main, k)
		}
	}
	nh, nl := slices.Clone(heads), slices.Clone(labels)
	f := p.parsePart(in, front, nh, nl)
	m := p.parsePart(in, main, nh, nl)
	if f < 0 || m < 0 {
		return
	}
	nh[f], nl[f] = m, obl
	for k, h := range nh {
		if h == f && k < f && (p.labels[nl[k]] == "mark" || strings.HasPrefix(p.labels[nl[k]], "nsubj") || p.labels[nl[k]] == "cop") {
			nl[f] = advcl // "In case you are interested, I attach …": a clause
		}
	}
	if upos[f] == "VERB" {
		nl[f] = advcl
	}
	nh[c], nl[c] = f, punct
	keepTree(heads, labels, nh, nl)
}

// modifiedPlural retags as a plural noun a lowercase -s word the tagger read
// as a present-tense verb between an adjective and a verb, or between a
// proper noun and a base-form verb: "Ukrainian drones hit an oil depot"
// (an adjective takes no verb as its subject, and "hit" after "drones"
// would have to be "hits"). Only a word the treebank has most often as a
// plural noun, or never saw, is retagged. It reports whether it changed a
// tag.
func (t *tagger) modifiedPlural(forms []string, ws []word, tags []int) (changed bool) {
	if t.nns < 0 || t.vbz < 0 {
		return false
	}
	for i := 1; i+1 < len(forms); i++ {
		if tags[i] != t.vbz || !strings.HasSuffix(forms[i], "s") || capitalised(forms[i]) {
			continue
		}
		// After an adjective any verb follows its subject; after a proper
		// noun only a base form, which a present-tense verb cannot take
		// ("Colombia extradites alleged financier" stays a verb).
		next := t.classes[tags[i+1]].XPOS
		switch t.classes[tags[i-1]].UPOS {
		case "ADJ":
			if next != "VB" && next != "VBP" && next != "VBD" && next != "VBN" {
				continue
			}
		case "PROPN":
			if next != "VB" && next != "VBP" {
				continue
			}
		default:
			continue
		}
		if e, ok := t.ambig[ws[i].lower]; ok && int(e.top) != t.nns {
			continue
		}
		tags[i], changed = t.nns, true
	}
	return changed
}

// clauseMarks are prepositions that also introduce clauses.
var clauseMarks = []string{"after", "before", "since", "until", "as"}

// markedClause rebuilds a finite clause the parser split after a
// preposition that also introduces clauses: in "accused the Taliban of
// harbouring militants after a clash at the crossing killed four soldiers"
// it read "after a clash" as an oblique and "killed" as a conjunct of
// "accused" with no subject, so the accuser did the killing. When a past-
// tense verb without subject or conjunction directly follows the phrase,
// the phrase's noun is its subject, the preposition its mark, and the verb
// an adverbial clause of the phrase's head.
func (p *parser) markedClause(forms, upos, xpos []string, heads, labels []int) {
	advcl, nsubj, mark, cas := p.labelIndex("advcl"), p.labelIndex("nsubj"), p.labelIndex("mark"), p.labelIndex("case")
	if advcl < 0 || nsubj < 0 || mark < 0 || cas < 0 {
		return
	}
	for v := 2; v < len(heads); v++ {
		// A bare past participle conjoined without a subject is a past
		// tense the tagger misread ("days after Burhan's rival, RSF leader
		// Mohamed Hamdan Dagalo, toured several African capitals").
		bareVBN := xpos[v] == "VBN" && !p.hasAux(heads, labels, v)
		if xpos[v] != "VBD" && !bareVBN || heads[v] < 0 || p.hasSubject(heads, labels, v) {
			continue
		}
		if l := p.labels[labels[v]]; l != "conj" && l != "parataxis" && l != "dep" {
			continue
		}
		if p.hasDep(heads, labels, v, p.labelIndex("cc")) {
			continue
		}
		// The noun phrase right before v (an appositive's closing comma
		// between them): its head n, whose case marker c is a clause mark.
		end := v - 1
		if forms[end] == "," && bareVBN {
			end--
		}
		n := -1
		for k := end; k >= 0 && heads[k] != v; k-- {
			l := p.labels[labels[k]]
			if (l == "obl" || bareVBN && l == "nmod") && (upos[k] == "NOUN" || upos[k] == "PROPN") && p.subtreeEnds(heads, k, end) {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		c := -1
		for k, h := range heads {
			if h == n && labels[k] == cas && k < n && slices.Contains(clauseMarks, strings.ToLower(forms[k])) {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[v], nl[v] = heads[n], advcl
		nh[n], nl[n] = v, nsubj
		nh[c], nl[c] = v, mark
		keepTree(heads, labels, nh, nl)
	}
}

// subtreeEnds reports whether the rightmost word under (or at) r is at.
func (p *parser) subtreeEnds(heads []int, r, at int) bool {
	right := r
	for k := range heads {
		if k > right && p.under(heads, k, r) {
			right = k
		}
	}
	return right == at
}

// possessivePronounNoun retags as a noun a verb the tagger read after a
// possessive pronoun and any adjectives or proper nouns between them: "his
// Jordanian counterpart Ayman Safadi" had "counterpart" as a verb. A
// possessive pronoun opens a noun phrase. It reports whether it changed a
// tag.
func (t *tagger) possessivePronounNoun(tags []int) (changed bool) {
	if t.nn < 0 || t.nns < 0 {
		return false
	}
	for i := 1; i < len(tags); i++ {
		if t.classes[tags[i]].UPOS != "VERB" {
			continue // "Their Thali was great": an auxiliary
		}
		var to int
		switch t.classes[tags[i]].XPOS {
		case "VB", "VBP":
			to = t.nn
		case "VBZ":
			to = t.nns
		case "VBD":
			// Not before a noun or adjective: "their elected
			// representatives" keeps its participle.
			if i+1 < len(tags) && (t.classes[tags[i+1]].UPOS == "NOUN" || t.classes[tags[i+1]].UPOS == "ADJ") {
				continue
			}
			to = t.nn
		default:
			continue
		}
		j := i - 1
		for k := 0; k < 2 && j > 0; k++ {
			if u := t.classes[tags[j]].UPOS; u != "ADJ" && u != "PROPN" {
				break
			}
			j--
		}
		if j == i-1 || t.classes[tags[j]].XPOS != "PRP$" {
			continue // right after the pronoun, the tagger already knew
		}
		tags[i], changed = to, true
	}
	return changed
}

// timeNouns head time phrases without a preposition ("next week").
var timeNouns = []string{"week", "month", "year", "weekend", "day", "morning", "afternoon", "evening", "night", "summer", "winter", "spring", "autumn", "fall", "time"}

// timeObject separates an object from a time phrase the parser merged it
// into: "will visit Russia next week" had "Russia" as a compound of
// "week" and "week" as the object. The name becomes the object and the
// time phrase an unmarked oblique of the verb.
func (p *parser) timeObject(forms, upos []string, heads, labels []int) {
	obj, compound, tmod := p.labelIndex("obj"), p.labelIndex("compound"), p.labelIndex("obl:unmarked")
	if tmod < 0 {
		tmod = p.labelIndex("obl:tmod")
	}
	if obj < 0 || compound < 0 || tmod < 0 {
		return
	}
	for t := range heads {
		if labels[t] != obj || !slices.Contains(timeNouns, strings.ToLower(forms[t])) {
			continue
		}
		mod := -1 // "next", "last", "this"
		for k, h := range heads {
			if h == t && k < t {
				if f := strings.ToLower(forms[k]); f == "next" || f == "last" || f == "this" || f == "later" || f == "earlier" {
					mod = k
				}
			}
		}
		if mod < 0 {
			continue
		}
		name := -1
		for k, h := range heads {
			if h == t && k < mod && labels[k] == compound && upos[k] == "PROPN" {
				name = k
			}
		}
		if name < 0 {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[name], nl[name] = heads[t], obj
		nl[t] = tmod
		for k, h := range heads {
			if h == t && k < name {
				nh[k] = name // the name's own words ("Saudi")
			}
		}
		keepTree(heads, labels, nh, nl)
	}
}

// subjectClause relabels as xcomp an infinitive the parser made the clausal
// subject of a predicate that already has a nominal subject: "Egypt's
// president is due to visit Saudi Arabia" (a clause has one subject).
func (p *parser) subjectClause(forms []string, heads, labels []int) {
	csubj, xcomp, nsubj := p.labelIndex("csubj"), p.labelIndex("xcomp"), p.labelIndex("nsubj")
	if csubj < 0 || xcomp < 0 || nsubj < 0 {
		return
	}
	for v, h := range heads {
		if labels[v] != csubj || h < 0 || v < h || p.hasDep(heads, labels, v, nsubj) {
			continue
		}
		to, subj := false, false
		for k, hh := range heads {
			switch {
			case hh == v && k < v && strings.EqualFold(forms[k], "to"):
				to = true
			case hh == h && labels[k] == nsubj && !strings.EqualFold(forms[k], "it"):
				subj = true // not "it would be OK for me to sit": an expletive
			}
		}
		if to && subj {
			labels[v] = xcomp
		}
	}
}

// markedSubject repairs a clause opened by "after", "before", "since",
// "until" or "as" that the parser read as a preposition on the clause's
// subject: "Clashes broke out in Nairobi after police arrested an
// opposition leader" had "after" as the case of "police" and "arrested"
// conjoined to "broke"; "Protests erupted in Amman after police arrested a
// prominent activist" went further and rooted the sentence on "arrested",
// with "erupted" a participle on "Protests". The preposition becomes the
// clause's mark and the clause an adverbial clause of the main verb.
func (p *parser) markedSubject(forms, upos, xpos []string, heads, labels []int) {
	advcl, nsubj, mark, cas, root, conj, acl := p.labelIndex("advcl"), p.labelIndex("nsubj"), p.labelIndex("mark"),
		p.labelIndex("case"), p.labelIndex("root"), p.labelIndex("conj"), p.labelIndex("acl")
	if advcl < 0 || nsubj < 0 || mark < 0 || cas < 0 || root < 0 || conj < 0 || acl < 0 {
		return
	}
	for v := range heads {
		if x := xpos[v]; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		// v's subject n, opened by a clause mark c as its case.
		n, c := -1, -1
		for k, h := range heads {
			if h == v && labels[k] == nsubj && k < v {
				for j, hj := range heads {
					if hj == k && labels[j] == cas && j < k && slices.Contains(clauseMarks, strings.ToLower(forms[j])) {
						n, c = k, j
					}
				}
			}
		}
		if n < 0 {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[c], nl[c] = v, mark
		switch {
		case labels[v] == conj && !p.hasDep(heads, labels, v, p.labelIndex("cc")):
			nl[v] = advcl
		case labels[v] == root:
			// The main clause's subject s, before c, with its verb e hung
			// on it as a participle.
			s, e := -1, -1
			for k, h := range heads {
				if h == v && labels[k] == nsubj && k < c {
					s = k
				}
			}
			if s < 0 {
				continue
			}
			for k, h := range heads {
				if h == s && labels[k] == acl && k > s && k < c && upos[k] == "VERB" {
					e = k
				}
			}
			if e < 0 {
				continue
			}
			nh[e], nl[e] = -1, root
			nh[s], nl[s] = e, nsubj
			nh[v], nl[v] = e, advcl
			for k, h := range heads {
				if h == v && k > v && upos[k] == "PUNCT" && k == len(heads)-1 {
					nh[k] = e // the final stop
				}
			}
		default:
			continue
		}
		keepTree(heads, labels, nh, nl)
	}
}

// listSubjects joins subjects the parser gave one verb side by side in a
// list: "The United States, Argentina and Panama condemned the detention"
// had "States" and "Argentina" both as subjects of "condemned", with
// "Panama" conjoined to "Argentina" only. A subject separated from the
// one before by nothing but a comma is that one's conjunct, and its own
// conjuncts become the first one's.
func (p *parser) listSubjects(forms []string, heads, labels []int) {
	nsubj, conj := p.labelIndex("nsubj"), p.labelIndex("conj")
	if nsubj < 0 || conj < 0 {
		return
	}
	for b := range heads {
		if labels[b] != nsubj || heads[b] < 0 {
			continue
		}
		a := -1 // the subject before b, of the same verb
		for k := b - 1; k >= 0; k-- {
			if heads[k] == heads[b] && labels[k] == nsubj {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		// Between a's phrase and b's: only a comma.
		c := p.commaBefore(forms, heads, b, a)
		if c < 0 || !p.subtreeEnds(heads, a, c-1) && !p.subtreeEnds(heads, a, c) {
			continue
		}
		hasConj := false // a conjunct of b's with "and" or "or"
		for k, h := range heads {
			if h == b && labels[k] == conj {
				for j, hj := range heads {
					if f := strings.ToLower(forms[j]); hj == k && j < k && (f == "and" || f == "or") {
						hasConj = true
					}
				}
			}
		}
		if !hasConj {
			continue // "Yesterday, the minister said": a list has its "and"
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[b], nl[b] = a, conj
		for k, h := range heads {
			if h == b && labels[k] == conj {
				nh[k] = a
			}
		}
		nh[c] = b
		keepTree(heads, labels, nh, nl)
	}
}

// nounGerund retags as a noun an -ing word the tagger read as a verb
// between two common nouns after a determiner: "a debt restructuring
// deal" had "restructuring" take "deal" as its object. It reports whether
// it changed a tag.
func (t *tagger) nounGerund(forms []string, tags []int) (changed bool) {
	if t.nn < 0 {
		return false
	}
	for i := 2; i+1 < len(tags); i++ {
		if t.classes[tags[i]].XPOS != "VBG" || t.classes[tags[i-1]].UPOS != "NOUN" || t.classes[tags[i+1]].UPOS != "NOUN" {
			continue
		}
		if x := t.classes[tags[i-2]].XPOS; x != "DT" && x != "PRP$" && x != "JJ" && x != "POS" {
			continue
		}
		tags[i], changed = t.nn, true
	}
	return changed
}

// participleOnMain moves a participle clause after a comma from an
// infinitive to the finite verb above it: in "ordered the ambassador to
// leave the country within 48 hours, accusing Paris of …" the parser hung
// "accusing" on "leave", making the ambassador the accuser; the one who
// ordered did.
func (p *parser) participleOnMain(forms, upos, xpos []string, heads, labels []int) {
	advcl := p.labelIndex("advcl")
	if advcl < 0 {
		return
	}
	for d, h := range heads {
		if labels[d] != advcl || xpos[d] != "VBG" || h < 0 || h > d || p.hasDep(heads, labels, d, p.labelIndex("mark")) {
			continue
		}
		if p.commaBefore(forms, heads, d, h) < 0 {
			continue
		}
		// h must be an infinitive ("to leave") under a finite verb m.
		to := false
		for k, hk := range heads {
			if hk == h && k < h && strings.EqualFold(forms[k], "to") {
				to = true
			}
		}
		if !to || xpos[h] != "VB" {
			continue
		}
		m := heads[h]
		for m >= 0 && !(upos[m] == "VERB" && (xpos[m] == "VBD" || xpos[m] == "VBZ" || xpos[m] == "VBP")) {
			m = heads[m]
		}
		if m < 0 {
			continue
		}
		nh := slices.Clone(heads)
		nh[d] = m
		keepTree(heads, labels, nh, slices.Clone(labels))
	}
}

// commaBefore returns the comma that opens the phrase of word d, walking
// left from d over its own words and stopping short of word limit, or -1.
func (p *parser) commaBefore(forms []string, heads []int, d, limit int) int {
	c := d - 1
	for c > limit && forms[c] != "," && p.under(heads, c, d) {
		c--
	}
	if c <= limit || forms[c] != "," {
		return -1
	}
	return c
}

// finiteTag reports whether XPOS x marks a finite verb or a modal.
func finiteTag(x string) bool {
	return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
}

// controlVerbs take an object and a to-infinitive ("ordered security
// forces to hunt down …", "urged Washington to stop …").
var controlVerbs = []string{"ordered", "urged", "asked", "told", "instructed", "directed", "invited",
	"encouraged", "allowed", "pressed", "pushed", "authorised", "authorized", "called", "warned", "forced"}

// controlConj repairs a verb of control after "and" that the parser read
// as a participle on the noun after it, conjoining that noun to the object
// before ("condemned the killings and ordered security forces to hunt
// down the perpetrators" read as "the killings and ordered security
// forces"): the verb is conjoined to the verb of the first object, the noun
// is its object and the infinitive that follows its complement. It
// returns the words to retag as past-tense verbs.
func (p *parser) controlConj(forms, upos, xpos []string, heads, labels []int) (retag []int) {
	amod, conj, obj, xcomp, cc := p.labelIndex("amod"), p.labelIndex("conj"), p.labelIndex("obj"), p.labelIndex("xcomp"), p.labelIndex("cc")
	if amod < 0 || conj < 0 || obj < 0 || xcomp < 0 || cc < 0 {
		return nil
	}
	for w := 1; w+2 < len(heads); w++ {
		if labels[w] != amod || upos[w] != "VERB" || (xpos[w] != "VBN" && xpos[w] != "VBD") ||
			!strings.EqualFold(forms[w-1], "and") || !slices.Contains(controlVerbs, strings.ToLower(forms[w])) {
			continue
		}
		n := heads[w]
		if n <= w || labels[n] != conj || upos[n] != "NOUN" && upos[n] != "PROPN" {
			continue
		}
		o := heads[n]
		if o < 0 || o >= w || p.labels[labels[o]] != "obj" || heads[o] < 0 || upos[heads[o]] != "VERB" {
			continue
		}
		v := heads[o]
		// The infinitive right after the noun phrase.
		to := n + 1
		for to < len(heads) && p.under(heads, to, n) {
			to++
		}
		if to+1 >= len(heads) || !strings.EqualFold(forms[to], "to") || xpos[to+1] != "VB" || heads[to] != to+1 {
			continue
		}
		inf := to + 1
		if h := heads[inf]; h != v && h != n && h != o {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[w], nl[w] = v, conj
		nh[w-1], nl[w-1] = w, cc
		nh[n], nl[n] = w, obj
		nh[inf], nl[inf] = w, xcomp
		if isTree(nh) {
			copy(heads, nh)
			copy(labels, nl)
			retag = append(retag, w)
		}
	}
	return retag
}

// demonymSuffixes end the nationality adjectives that training may never
// have seen ("Ethiopian", "Sudanese", "Somali").
var demonymSuffixes = []string{"ian", "ean", "ese", "ish", "i"}

// demonymTitle retags as an adjective a capitalised word the tagger read
// as a proper noun before a title when training never saw it and it ends
// like a nationality: in "Ethiopian Prime Minister Abiy Ahmed" the tagger
// had "Ethiopian" as a name of its own, which the parser made the object
// of "hosted", leaving the Prime Minister and the president conjoined to
// him outside it. EWT tags seen nationalities before titles as adjectives
// ("Pakistani Prime Minister"). It reports whether it changed a tag.
func (t *tagger) demonymTitle(forms []string, ws []word, tags []int) (changed bool) {
	if t.jj < 0 || t.propn < 0 {
		return false
	}
	for i := 0; i+1 < len(tags); i++ {
		if tags[i] != t.propn || ws[i].amb != hashNone || !capitalised(forms[i]) || strings.ToUpper(forms[i]) == forms[i] {
			continue
		}
		next := forms[i+1]
		if !isTitle(next) && !(titleModifiers[strings.ToLower(next)] && i+2 < len(forms) && isTitle(forms[i+2])) {
			continue
		}
		low := strings.ToLower(forms[i])
		if !slices.ContainsFunc(demonymSuffixes, func(s string) bool { return strings.HasSuffix(low, s) }) || len(low) < 5 {
			continue
		}
		tags[i], changed = t.jj, true
	}
	return changed
}

// verbConjOnObject re-heads on the verb of a clause a finite verb the
// parser conjoined to that verb's object: in "welcomed the decision and
// called on the Security Council to enforce it" it read "called" as a
// conjunct of "decision", so the decision called. The verb must have no
// subject of its own and the tense of the first verb.
func (p *parser) verbConjOnObject(upos, xpos []string, heads, labels []int) {
	conj, obj := p.labelIndex("conj"), p.labelIndex("obj")
	if conj < 0 || obj < 0 {
		return
	}
	for v, o := range heads {
		if labels[v] != conj || o < 0 || o > v || upos[v] != "VERB" || xpos[v] == "MD" {
			continue
		}
		// A bare past participle with an object of its own is a past
		// tense the tagger misread ("appreciated Pakistan's efforts and
		// reaffirmed China's support").
		tense := xpos[v]
		if tense == "VBN" && !p.hasAux(heads, labels, v) && p.hasDep(heads, labels, v, obj) {
			tense = "VBD"
		}
		if !finiteTag(tense) {
			continue
		}
		if labels[o] != obj || upos[o] != "NOUN" && upos[o] != "PROPN" {
			continue
		}
		g := heads[o]
		if g < 0 || upos[g] != "VERB" || xpos[g] != tense || p.hasSubject(heads, labels, v) {
			continue
		}
		nh := slices.Clone(heads)
		nh[v] = g
		keepTree(heads, labels, nh, slices.Clone(labels))
	}
}

// appositiveClaim repairs "Kosovo accused Belgrade of backing the
// attackers, a charge Serbia denied", which the parser rooted on "denied"
// with the accusation as its complement and two subjects: the first
// clause is the root, the noun after the comma stands in apposition to it,
// and the last verb is a relative clause on that noun, whose subject is
// the nearer of the two.
func (p *parser) appositiveClaim(forms, upos, xpos []string, heads, labels []int) {
	nsubj, ccomp, root, appos, relcl, det := p.labelIndex("nsubj"), p.labelIndex("ccomp"), p.labelIndex("root"),
		p.labelIndex("appos"), p.labelIndex("acl:relcl"), p.labelIndex("det")
	if nsubj < 0 || ccomp < 0 || root < 0 || appos < 0 || relcl < 0 || det < 0 {
		return
	}
	for r, h := range heads {
		if h >= 0 || upos[r] != "VERB" || !finiteTag(xpos[r]) {
			continue
		}
		var subj []int
		v := -1
		for k, hk := range heads {
			switch {
			case hk == r && labels[k] == nsubj:
				subj = append(subj, k)
			case hk == r && labels[k] == ccomp && k < r:
				v = k
			}
		}
		if len(subj) != 2 || v < 0 || !finiteTag(xpos[v]) || !p.hasSubject(heads, labels, v) {
			continue
		}
		n := subj[0]
		if n < v || upos[n] != "NOUN" || !p.hasDep(heads, labels, n, det) {
			continue
		}
		c := n - 1
		for c > v && heads[c] == n {
			c--
		}
		if forms[c] != "," {
			continue
		}
		nh, nl := slices.Clone(heads), slices.Clone(labels)
		nh[v], nl[v] = -1, root
		nh[n], nl[n] = v, appos
		nh[r], nl[r] = n, relcl
		nh[c] = n
		for k, hk := range heads {
			if hk == r && k > r && upos[k] == "PUNCT" {
				nh[k] = v // the final stop
			}
		}
		keepTree(heads, labels, nh, nl)
	}
}

// lastBeforeParticiple retags as an adverb "last" between an auxiliary and
// a past participle ("talks were last held in February", "was last seen"),
// which the tagger read as an adjective predicate. It reports whether it
// changed a tag.
func (t *tagger) lastBeforeParticiple(forms []string, tags []int) (changed bool) {
	if t.rb < 0 {
		return false
	}
	for i := 1; i+1 < len(tags); i++ {
		if !strings.EqualFold(forms[i], "last") || t.classes[tags[i]].UPOS == "ADV" {
			continue
		}
		if t.classes[tags[i-1]].UPOS != "AUX" || t.classes[tags[i+1]].XPOS != "VBN" {
			continue
		}
		tags[i], changed = t.rb, true
	}
	return changed
}

// fixedCompounds are noun-noun compounds whose first word the tagger may
// read as a verb: "used tear gas to disperse them" had "tear" as a verb
// and the police as a noun phrase without a verb.
var fixedCompounds = map[string]string{"tear": "gas", "fire": "fighters", "cease": "fire"}

// compoundNouns retags the first word of a fixed compound as a noun, and
// French nouns after "d'" ("chargé d'affaires") read as verbs. It reports
// whether it changed a tag.
func (t *tagger) compoundNouns(forms []string, tags []int) (changed bool) {
	if t.nn < 0 {
		return false
	}
	for i := 0; i+1 < len(forms); i++ {
		if next, ok := fixedCompounds[strings.ToLower(forms[i])]; ok && strings.EqualFold(forms[i+1], next) && t.classes[tags[i]].UPOS == "VERB" {
			tags[i], changed = t.nn, true
		}
	}
	for i, f := range forms {
		// "chargé d'affaires": a French noun, not a verb.
		if (strings.HasPrefix(f, "d'") || strings.HasPrefix(f, "d’")) && len(f) > 3 && t.classes[tags[i]].UPOS == "VERB" {
			tags[i], changed = t.nn, true
		}
	}
	return changed
}

// listItems relabels as conjuncts the items of a list of names that the
// parser attached to its first item by another relation after a comma
// ("Jordan, Egypt, Saudi Arabia, the United Arab Emirates and Turkey
// condemned …" had the Emirates as parataxis, so only three states
// condemned): the first item must have a conjunct already, and the item
// a conjunct of its own or one after it.
func (p *parser) listItems(forms, upos []string, heads, labels []int) {
	conj := p.labelIndex("conj")
	if conj < 0 {
		return
	}
	for d, h := range heads {
		if h < 0 || h > d || upos[d] != "PROPN" || upos[h] != "PROPN" {
			continue
		}
		switch p.labels[labels[d]] {
		case "parataxis", "appos", "list", "dep":
		default:
			continue
		}
		// A comma right before the item's phrase.
		c := d - 1
		for c > h && heads[c] == d {
			c--
		}
		if forms[c] != "," || !p.hasDep(heads, labels, h, conj) {
			continue
		}
		last := false // a conjunct before d that ends the list at d's left
		for k, hk := range heads {
			if hk == h && labels[k] == conj && k < d {
				last = true
			}
		}
		if !last || !p.hasDep(heads, labels, d, conj) && !strings.EqualFold(forms[d+1], "and") {
			continue
		}
		nl := slices.Clone(labels)
		nl[d] = conj
		keepTree(heads, labels, slices.Clone(heads), nl)
	}
}

// perfectAdverbs stand between "had" and its participle ("had earlier
// expelled", "has already met").
var perfectAdverbs = setOf("earlier", "already", "recently", "previously", "also", "just", "since", "once", "long", "twice")

// classIndex returns the tagger class of upos and xpos, or -1.
func (t *tagger) classIndex(upos, xpos string) int {
	for i, c := range t.classes {
		if c.UPOS == upos && c.XPOS == xpos {
			return i
		}
	}
	return -1
}

// perfectWithAdverb retags "had earlier expelled" as a perfect: the tagger
// read "had" as the main verb and the participle as an adjective, so
// "Ottawa had earlier expelled six Indian diplomats" reported no
// expulsion. It reports whether it changed a tag.
func (t *tagger) perfectWithAdverb(forms []string, tags []int) (changed bool) {
	vbn := t.classIndex("VERB", "VBN")
	if vbn < 0 {
		return false
	}
	for i := 0; i+2 < len(tags); i++ {
		low := strings.ToLower(forms[i])
		if low != "had" && low != "has" && low != "have" || t.classes[tags[i]].UPOS != "VERB" {
			continue
		}
		if !perfectAdverbs[strings.ToLower(forms[i+1])] {
			continue
		}
		w, c := strings.ToLower(forms[i+2]), t.classes[tags[i+2]]
		if c.UPOS != "ADJ" && c.XPOS != "VBD" || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
			continue
		}
		aux := t.classIndex("AUX", t.classes[tags[i]].XPOS)
		if aux < 0 {
			continue
		}
		tags[i], tags[i+2], changed = aux, vbn, true
	}
	return changed
}
