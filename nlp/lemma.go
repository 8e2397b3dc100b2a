package nlp

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// lemmatizer finds lemmas from a lexicon of the training data (form and
// UPOS → lemma) and, for unknown words, from suffix rules learnt from the
// same data ("-ies" NOUN → strip 3, add "y").
type lemmatizer struct {
	lexicon map[lemmaKey]string
	rules   map[lemmaKey]lemmaRule
	// lemmas holds the known lemmas (lowercase) with their UPOS, built
	// from the lexicon.
	lemmas map[lemmaKey]bool
}

type lemmaKey struct{ form, upos string }

// lemmaRule rewrites a word's ending: strip bytes, then add a string.
type lemmaRule struct {
	Strip int
	Add   string
}

// minRuleCount is how many training words must support a suffix rule.
var minRuleCount = 3

// maxSuffix is the longest word ending the suffix rules look at.
const maxSuffix = 6

// lemma returns the lemma of form tagged upos and xpos. The lexicon is
// keyed by form and "UPOS/XPOS" where the XPOS tag tells lemmas apart
// ("her" PRP → "she", PRP$ → "her"), else by form and UPOS.
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	if lem, ok := l.lexicon[lemmaKey{form, upos + "/" + xpos}]; ok {
		return lem
	}
	if lem, ok := l.lexicon[lemmaKey{form, upos}]; ok {
		return lem
	}
	low := strings.ToLower(form)
	if lem, ok := l.lexicon[lemmaKey{low, upos + "/" + xpos}]; ok {
		return lem
	}
	if lem, ok := l.lexicon[lemmaKey{low, upos}]; ok {
		return lem
	}
	switch upos {
	case "PROPN", "NUM", "SYM", "PUNCT", "X":
		return form
	}
	if upos == "VERB" || upos == "AUX" {
		// An irregular past the treebank lacks ("shook", "fled"): suffix
		// rules cannot undo a vowel change.
		if lem, ok := irregularPast[low]; ok {
			return lem
		}
	}
	base := low
	if upos == "ADJ" && low != form {
		base = form // proper adjectives ("Syrian"), acronyms ("GISB"), "iPhone"
	}
	// Prefer the longest matching rule whose result is a known lemma of
	// the same part of speech; else the longest matching rule.
	first, known := "", ""
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		if k > 0 && !utf8.RuneStart(low[len(low)-k]) {
			continue // suffixes are whole characters
		}
		r, ok := l.rules[lemmaKey{low[len(low)-k:], upos}]
		if !ok || r.Strip > len(base) {
			continue
		}
		if cut := len(base) - r.Strip; cut < len(base) && !utf8.RuneStart(base[cut]) {
			continue // never cut a character in two ("´m" must not become "\xc2be")
		}
		cand := base[:len(base)-r.Strip] + r.Add
		if l.lemmas[lemmaKey{strings.ToLower(cand), upos}] {
			return cand
		}
		if known == "" && l.lemmas[lemmaKey{strings.ToLower(cand), ""}] {
			known = cand
		}
		if first == "" {
			first = cand
		}
	}
	if known != "" {
		return known // a lemma known with another part of speech
	}
	if first != "" {
		return silentE(first, low, upos)
	}
	return base
}

// trainLemmatizer builds the lexicon and the suffix rules from words.
func trainLemmatizer(sents []TreebankSentence) *lemmatizer {
	type count struct {
		val string
		n   int
	}
	lex := map[lemmaKey]map[string]int{}
	rules := map[lemmaKey]map[lemmaRule]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" {
				continue
			}
			for _, k := range []lemmaKey{{w.Text, w.UPOS}, {w.Text, w.UPOS + "/" + w.XPOS}} {
				if lex[k] == nil {
					lex[k] = map[string]int{}
				}
				lex[k][w.Lemma]++
			}
			low, lem := strings.ToLower(w.Text), strings.ToLower(w.Lemma)
			if len(low) != len(w.Text) {
				continue
			}
			p := 0
			for p < len(low) && p < len(lem) && low[p] == lem[p] {
				p++
			}
			r := lemmaRule{Strip: len(low) - p, Add: lem[p:]}
			for n := 0; n <= min(maxSuffix, len(low)); n++ {
				rk := lemmaKey{low[len(low)-n:], w.UPOS}
				if rules[rk] == nil {
					rules[rk] = map[lemmaRule]int{}
				}
				rules[rk][r]++
			}
		}
	}
	l := &lemmatizer{lexicon: map[lemmaKey]string{}, rules: map[lemmaKey]lemmaRule{}}
	for k, m := range lex {
		if upos, _, ok := strings.Cut(k.upos, "/"); ok {
			if mostFrequent(m) == mostFrequent(lex[lemmaKey{k.form, upos}]) {
				continue // the UPOS entry says the same
			}
		}
		l.lexicon[k] = mostFrequent(m)
	}
	l.index()
	for k, m := range rules {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < minRuleCount && len(k.form) > 0 {
			continue
		}
		l.rules[k] = mostFrequent(m)
	}
	return l
}

// silentE restores the final e that "-ed" and "-ing" drop after a
// single vowel and consonant ("wiped" → "wip" → "wipe").
func silentE(stem, low, upos string) string {
	if upos != "VERB" || !(strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing")) || len(stem) < 3 {
		return stem
	}
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	n := len(stem)
	c1, v, c0 := stem[n-3], stem[n-2], stem[n-1]
	if !isVowel(c1) && isVowel(v) && !isVowel(c0) && strings.IndexByte("wxy", c0) < 0 && len(low) > len(stem)+1 {
		return stem + "e"
	}
	return stem
}

// index builds the set of known lemmas from the lexicon.
func (l *lemmatizer) index() {
	l.lemmas = map[lemmaKey]bool{}
	for k, lem := range l.lexicon {
		upos, _, _ := strings.Cut(k.upos, "/")
		l.lemmas[lemmaKey{strings.ToLower(lem), upos}] = true
		l.lemmas[lemmaKey{strings.ToLower(lem), ""}] = true
	}
}

// mostFrequent returns the key with the highest count, ties broken by the
// smallest key so that training is deterministic.
func mostFrequent[K comparable](m map[K]int) K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(keyString(a), keyString(b))
	})
	return keys[0]
}

func keyString(k any) string {
	switch v := k.(type) {
	case string:
		return v
	case lemmaRule:
		return strings.Repeat("#", v.Strip) + v.Add
	}
	return ""
}

// irregularPast maps the past tenses and participles of English strong
// and irregular verbs to their lemmas. The lexicon learnt from the
// treebank answers first, so this table only serves forms it never saw.
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(`arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|leap leapt leapt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome|overrun overran overrun|oversee oversaw overseen|overthrow overthrew overthrown|pay paid paid|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|rewrite rewrote rewritten|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|sling slung slung|slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|spit spat spat|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden|strike struck struck|string strung strung|strive strove striven|swear swore sworn|sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone|understand understood understood|undertake undertook undertaken|undo undid undone|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|wring wrung wrung|write wrote written`, "|") {
		f := strings.Fields(l)
		for _, form := range f[1:] {
			if form != f[0] {
				m[form] = f[0]
			}
		}
	}
	return m
}()
