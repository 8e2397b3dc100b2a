package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word holds the hashed views of one token that the tagger and the parser
// read, computed once per token.
type word struct {
	form, lower, shape uint64
	pre                [3]uint64
	suf                [4]uint64
	flags              uint64
	// amb hashes the word's ambiguity class: the tags it took in the
	// tagger's training data (hashNone when unseen).
	amb uint64
	// rfin and rverb summarise the right context (see setAmbiguity).
	rfin, rverb uint64
}

// Hashes standing for positions outside the sentence.
const (
	hashNone  = 0x5bd1e995
	hashStart = 0x27d4eb2f
	hashEnd   = 0x165667b1
)

// newWord computes the hashed views of token text s.
func newWord(s string) word {
	low := strings.ToLower(s)
	w := word{form: hashString(s), lower: hashString(low), shape: shapeHash(s)}
	// Prefixes and suffixes by runes of the lowercase form.
	n := utf8.RuneCountInString(low)
	for k := 1; k <= 4; k++ {
		if k <= 3 {
			w.pre[k-1] = hashString(runePrefix(low, k)) + uint64(k)
		}
		w.suf[k-1] = hashString(runeSuffix(low, k)) + uint64(k)*7
		if k > n {
			break
		}
	}
	var fl uint64
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		fl |= 1
	}
	if strings.ContainsRune(s, '-') {
		fl |= 2
	}
	if strings.ContainsAny(s, "0123456789") {
		fl |= 4
	}
	if s == strings.ToUpper(s) && s != low {
		fl |= 8
	}
	w.flags = fl
	return w
}

func runePrefix(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func runeSuffix(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// shapeHash hashes the word's shape: X for upper, x for lower, d for digit,
// other characters as themselves, runs longer than two collapsed.
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037)
	var last rune
	run := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Tagger feature templates.
const (
	tBias = iota + 1
	tForm
	tLower
	tPre
	tSuf
	tShape
	tFlags
	tPrevW
	tPrev2W
	tNextW
	tNext2W
	tPrevSuf
	tNextSuf
	tPrevT
	tPrev2T
	tPrevTT
	tPrevTW
	tPrevWW
	tWNextW
	tNextShape
	tFirst
	tPrevTNextW
	tPrevTSuf
	tPrevFlags
	tNextFlags
	tNextNextW
	tPrevShape
	tLowerShape
	tPrevTFlags
	tAmb
	tNextAmb
	tNext2Amb
	tPrevAmb
	tAmbNextAmb
	tWNextAmb
	tPrevTAmb
	tRightFin
	tAmbRightFin
	tRightVerb
	tAmbRightVerb
)

// tagFeatures appends the features of token i given the tags predicted so
// far (tags[j] for j < i).
func tagFeatures(buf []uint64, ws []word, tags []int, i int) []uint64 {
	w := &ws[i]
	at := func(j int) *word {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lowerAt := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.lower
		}
		if j < 0 {
			return hashStart
		}
		return hashEnd
	}
	tagAt := func(j int) uint64 {
		if j < 0 {
			return hashStart
		}
		return uint64(tags[j]) + 1
	}
	buf = append(buf, feat1(tBias, 1), feat1(tForm, w.form), feat1(tLower, w.lower),
		feat1(tShape, w.shape), feat1(tFlags, w.flags))
	for k := range w.pre {
		buf = append(buf, feat1(tPre, w.pre[k]))
	}
	for k := range w.suf {
		buf = append(buf, feat1(tSuf, w.suf[k]))
	}
	p1, p2, n1, n2 := lowerAt(i-1), lowerAt(i-2), lowerAt(i+1), lowerAt(i+2)
	t1, t2 := tagAt(i-1), tagAt(i-2)
	buf = append(buf, feat1(tPrevW, p1), feat1(tPrev2W, p2), feat1(tNextW, n1), feat1(tNext2W, n2),
		feat1(tPrevT, t1), feat2(tPrev2T, t1, t2), feat1(tPrev2T+100, t2), feat2(tPrevTW, t1, w.lower),
		feat2(tPrevWW, p1, w.lower), feat2(tWNextW, w.lower, n1), feat2(tPrevTNextW, t1, n1))
	ambAt := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.amb
		}
		return hashEnd
	}
	a1 := ambAt(i + 1)
	buf = append(buf, feat1(tNextAmb, a1), feat1(tNext2Amb, ambAt(i+2)), feat2(tWNextAmb, w.lower, a1),
		feat1(tAmb, w.amb), feat2(tPrevTAmb, t1, w.amb), feat2(tAmbNextAmb, w.amb, a1),
		feat2(tRightFin, w.lower, w.rfin), feat2(tAmbRightFin, w.amb, w.rfin),
		feat2(tRightVerb, w.lower, w.rverb), feat2(tAmbRightVerb, w.amb, w.rverb))
	buf = append(buf, feat2(tPrevTSuf, t1, w.suf[2]), feat2(tLowerShape, w.lower, w.shape),
		feat2(tPrevTFlags, t1, w.flags), feat2(tNextNextW, n1, n2))
	if x := at(i - 1); x != nil {
		buf = append(buf, feat1(tPrevSuf, x.suf[2]), feat2(tPrevFlags, x.flags, w.flags), feat1(tPrevShape, x.shape))
	}
	if x := at(i + 1); x != nil {
		buf = append(buf, feat1(tNextSuf, x.suf[2]), feat1(tNextShape, x.shape), feat2(tNextFlags, w.flags, x.flags),
			feat1(tNextSuf+100, x.suf[1]))
	} else {
		buf = append(buf, feat1(tNextShape, hashEnd))
	}
	if i == 0 {
		buf = append(buf, feat2(tFirst, w.lower, w.flags))
	}
	return buf
}

// tagger is a greedy left-to-right averaged-perceptron tagger whose classes
// are UPOS+XPOS pairs, with a dictionary for frequent unambiguous words.
type tagger struct {
	classes []tagClass
	dict    map[string]int // exact form → class
	// ambig maps a lowercase form's hash to its ambiguity class and
	// commonest class.
	ambig map[uint64]ambEntry
	// kinds holds each class's kind bits (kindFinite, …).
	kinds []uint8
	model *perceptron
	// altMargin is the hedging threshold of altHash, set in training.
	altMargin float32
	// propn, vbd and nn are the classes of proper nouns (PROPN, NNP), past
	// tense verbs (VERB, VBD) and singular nouns (NOUN, NN), or -1.
	propn, vbd, nn int
	// nns and vbz are the classes of plural nouns (NOUN, NNS) and
	// present-tense verbs (VERB, VBZ), or -1.
	nns, vbz int
	// jj and rb are the classes of adjectives (ADJ, JJ) and adverbs (ADV,
	// RB), or -1.
	jj, rb int
}

// setup finds the classes the news rules and the right-context views use.
func (t *tagger) setup() {
	t.kinds = classKinds(t.classes)
	t.propn, t.vbd, t.nn, t.nns, t.vbz, t.jj, t.rb = -1, -1, -1, -1, -1, -1, -1
	for i, c := range t.classes {
		switch c {
		case tagClass{"PROPN", "NNP"}:
			t.propn = i
		case tagClass{"VERB", "VBD"}:
			t.vbd = i
		case tagClass{"NOUN", "NN"}:
			t.nn = i
		case tagClass{"NOUN", "NNS"}:
			t.nns = i
		case tagClass{"VERB", "VBZ"}:
			t.vbz = i
		case tagClass{"ADJ", "JJ"}:
			t.jj = i
		case tagClass{"ADV", "RB"}:
			t.rb = i
		}
	}
}

// tagClass is one tagger class: a UPOS tag and the XPOS tag paired with it.
type tagClass struct{ UPOS, XPOS string }

// tag predicts the class of every word. When alt is not nil it also
// receives each word's runner-up class and how close it came (see
// tagAlt), so that the parser can hedge against tagging errors.
func (t *tagger) tag(forms []string, ws []word, out []int, alt []tagAlt) {
	t.setAmbiguity(ws)
	m := t.model
	var feats []uint64
	var scores [256]float32
	for i := range ws {
		if alt != nil {
			alt[i] = tagAlt{class: -1}
		}
		if c, ok := t.dict[forms[i]]; ok {
			out[i] = c
			continue
		}
		feats = tagFeatures(feats[:0], ws, out, i)
		sc := scores[:m.nclass]
		m.score(feats, sc)
		out[i] = argmax(sc, nil)
		if alt != nil {
			alt[i] = runnerUp(sc, out[i])
		}
	}
	t.tagTitles(forms, out)
	t.finiteVerb(forms, out)
	t.nameNouns(forms, out)
	t.possessedNouns(out)
}

// tagAlt is a word's runner-up class (-1 for none: a dictionary word) and
// the score margin by which it lost.
type tagAlt struct {
	class  int
	margin float32
}

func runnerUp(scores []float32, best int) tagAlt {
	second, ss := -1, float32(0)
	for i, v := range scores {
		if i != best && (second < 0 || v > ss) {
			second, ss = i, v
		}
	}
	if second < 0 {
		return tagAlt{class: -1}
	}
	return tagAlt{class: second, margin: scores[best] - ss}
}

// altShare is the share of tagging errors on held-out folds whose margin
// the parser's hedging threshold covers (see altThreshold).
const altShare = 0.75

// altThreshold returns the margin under which a runner-up class is shown
// to the parser: the one that covers altShare of the tagging errors made
// on held-out data (on EWT about one word in eight falls under it).
func altThreshold(errMargins []float32) float32 {
	if len(errMargins) == 0 {
		return 0
	}
	slices.Sort(errMargins)
	return errMargins[int(altShare*float64(len(errMargins)-1))]
}

// altHash hashes a runner-up class for the parser: the class and a bucket
// of its margin relative to the threshold, or hashNone when the margin is
// at or above the threshold.
func altHash(a tagAlt, threshold float32) uint64 {
	if a.class < 0 || a.margin >= threshold {
		return hashNone
	}
	bucket := uint64(1)
	switch {
	case a.margin < threshold/4:
		bucket = 3
	case a.margin < threshold/2:
		bucket = 2
	}
	return mix(uint64(a.class)+1, bucket)
}
