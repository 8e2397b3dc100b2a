package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file holds the learned sentence-boundary classifier: a binary
// averaged perceptron deciding, at each space between two tokens of a
// paragraph, whether a new sentence starts there. It reads the two tokens
// on each side (lowercased forms, shapes such as "Xx" or "d/d/d", first
// and last three letters, the most frequent UPOS of the word in the
// treebank), the rule splitter's own decision there, the length of the
// sentence so far and the number of tokens left in the paragraph. Hard
// rules keep news text as the rules split it (see segment). It is trained
// on UD English EWT by TrainSentenceModel, decoding greedily left to right
// with its own earlier decisions, as it will at run time.

// sentMagic starts every sentence model file; bump it when the format or
// the features change.
const sentMagic = "parley-sent-model/2"

// sentModel is a frozen binary perceptron: one weight per feature key in
// a one-class perceptron table; a positive sum starts a sentence.
type sentModel struct {
	lex sentLexicon
	w   *perceptron
}

// score returns the sum of the weights of feats.
func (m *sentModel) score(feats []uint64) float32 {
	var s [1]float32
	m.w.score(feats, s[:])
	return s[0]
}

// sentTok is what the features read of one token.
type sentTok struct {
	low   uint64 // hash of the lowercased form
	shape uint64 // hash of the shape ("Xx", "d/d/d", "X.X.")
	class uint64 // class of the first character
	// title: a title or an initial keeping its period ("Dr.", "J."),
	// which never ends a sentence before a capitalised word. digit: the
	// token has an ASCII digit. prose: a plain word, starting with a
	// letter, without digits, "@", "/", "_", "=" or ":".
	title, digit, prose bool
	filled              bool // fill has run
	// upos is the most frequent UPOS of the lowercased form in the
	// treebank (see sentLexicon), 0 for words seen too rarely.
	upos uint64
	// pre and suf hash the first and last three bytes, lowercased.
	pre, suf uint64
}

// Character classes of a token's first character.
const (
	clsLower = iota + 1
	clsUpper
	clsDigit
	clsPunct
	clsOther
)

// hashNoTok stands for a token outside the paragraph.
var hashNoTok = hashString("<none>")

// newSentTok reads what the hard rules need of token w: its first
// character's class and the digit, prose and title flags. fill adds the
// rest when the classifier reads the token.
func newSentTok(w string) sentTok {
	var t sentTok
	noProse := w == ""
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= '0' && b <= '9':
			t.digit = true
		case b == '@' || b == '/' || b == '_' || b == '=' || b == ':':
			noProse = true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case r < utf8.RuneSelf && r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
		t.class = clsLower
	case r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
		t.class = clsUpper
	case unicode.IsDigit(r):
		t.class = clsDigit
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		t.class = clsPunct
	default:
		t.class = clsOther
	}
	t.prose = !noProse && !t.digit && unicode.IsLetter(r)
	if len(w) > 1 && w[len(w)-1] == '.' {
		core := w[:len(w)-1]
		t.title = isAbbrev(core) && (titles[lowerASCII(core)] || utf8.RuneCountInString(core) == 1)
	}
	return t
}

// fill computes the classifier's reading of token w once: the hashes of
// its lowercased form, shape, first and last three bytes, and its UPOS in
// lex.
func (t *sentTok) fill(w string, lex sentLexicon) {
	if t.filled {
		return
	}
	t.filled = true
	w = normForm(w) // typographic quotes and dashes read as EWT's ASCII forms
	h := uint64(14695981039346656037)
	sh := uint64(14695981039346656037)
	var last byte
	n := 0
	for _, r := range w {
		lr := r
		var c byte
		switch {
		case r < utf8.RuneSelf:
			b := byte(r)
			switch {
			case b >= 'a' && b <= 'z':
				c = 'x'
			case b >= 'A' && b <= 'Z':
				c, lr = 'X', r+'a'-'A'
			case b >= '0' && b <= '9':
				c = 'd'
			default:
				c = b
			}
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsUpper(r):
			c, lr = 'X', unicode.ToLower(r)
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if lr < utf8.RuneSelf {
			h = (h ^ uint64(lr)) * 1099511628211
		} else {
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], lr)] {
				h = (h ^ uint64(b)) * 1099511628211
			}
		}
		if c != last && n < 8 {
			sh = (sh ^ uint64(c)) * 1099511628211
			last = c
			n++
		}
	}
	t.low, t.shape = h, sh
	t.upos = uint64(lex[key32(h)])
	k := min(3, len(w))
	t.pre, t.suf = hashLowerASCII(w[:k]), hashLowerASCII(w[len(w)-k:])
}

// lowKey returns the lexicon key of w's lowercased form.
func lowKey(w string) uint32 {
	var t sentTok
	t.fill(w, nil)
	return key32(t.low)
}

// hashLowerASCII returns the FNV-1a hash of s with ASCII letters
// lowercased.
func hashLowerASCII(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}

// lowerASCII lowercases ASCII letters of a short word (it allocates only
// when w has an upper-case letter).
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// lenBucket buckets a count of tokens.
func lenBucket(n int) uint64 {
	switch {
	case n <= 5:
		return uint64(n)
	case n <= 8:
		return 6
	case n <= 12:
		return 7
	case n <= 20:
		return 8
	case n <= 35:
		return 9
	}
	return 10
}

// sentFeatures appends the features of a boundary before token j of a
// paragraph of toks: rule is the rule splitter's decision there and start
// the first token of the sentence so far.
func sentFeatures(buf []uint64, toks []sentTok, j int, rule bool, start int) []uint64 {
	p, a, b, q := sentTokAt(toks, j-2), toks[j-1], toks[j], sentTokAt(toks, j+1)
	var r uint64
	if rule {
		r = 1
	}
	ln, rest := lenBucket(j-start), lenBucket(len(toks)-j)
	return append(buf,
		feat1(1, 0),
		feat1(2, a.low), feat1(3, b.low), feat1(4, p.low), feat1(5, q.low),
		feat1(6, a.shape), feat1(7, b.shape), feat1(8, p.shape), feat1(9, q.shape),
		feat2(10, a.low, b.low), feat2(11, a.low, b.shape), feat2(12, a.shape, b.low),
		feat2(13, a.shape, b.shape), feat3(14, p.shape, a.shape, b.shape), feat3(15, a.shape, b.shape, q.shape),
		feat1(16, r), feat2(17, r, b.shape), feat2(18, r, a.low), feat2(19, r, b.class),
		feat1(20, ln), feat2(21, ln, b.class), feat2(22, ln, a.shape),
		feat1(23, rest), feat2(24, rest, a.shape),
		feat2(25, p.low, a.low), feat2(26, b.low, q.low),
		feat2(27, r, ln), feat3(28, r, a.shape, b.class),
		feat1(29, a.upos), feat1(30, b.upos), feat2(31, a.upos, b.upos),
		feat3(32, a.upos, b.upos, b.class), feat3(33, p.upos, a.upos, b.upos), feat3(34, a.upos, b.upos, q.upos),
		feat1(35, a.suf), feat1(36, b.pre), feat2(37, a.suf, b.pre),
		feat2(38, a.suf, b.class), feat2(39, b.pre, a.shape), feat1(40, p.suf), feat1(41, q.pre),
	)
}

// sentTokAt returns toks[i], or a token standing for the paragraph's edge.
func sentTokAt(toks []sentTok, i int) sentTok {
	if i < 0 || i >= len(toks) {
		return sentTok{low: hashNoTok, shape: hashNoTok}
	}
	return toks[i]
}

// splitModel groups the token spans of one paragraph into sentences with
// the model m.
func (m *sentModel) splitModel(text string, spans []span) [][]span {
	if len(spans) < 2 {
		return [][]span{spans}
	}
	sc := sentScratchPool.Get().(*sentScratch)
	defer sentScratchPool.Put(sc)
	sc.toks = slices.Grow(sc.toks[:0], len(spans))[:len(spans)]
	for i, sp := range spans {
		sc.toks[i] = newSentTok(text[sp.start:sp.end])
	}
	sc.rule = ruleStarts(text, spans, sc.rule)
	return segment(text, spans, sc.toks, sc.rule, m.lex, func(_ int, feats []uint64) bool {
		return m.score(feats) > 0
	})
}

// sentScratch is the reusable memory of one splitModel call.
type sentScratch struct {
	toks []sentTok
	rule []bool
}

var sentScratchPool = sync.Pool{New: func() any { return new(sentScratch) }}

// segment splits a paragraph at the boundaries decide accepts, keeping the
// hard rules: a dateline opening a sentence is a sentence of its own, a
// rule split before a capitalised word stands, a title or initial ("Dr.",
// "J.") never ends a sentence before a capitalised word, a sentence ends
// only at a space, and mayAdd keeps the model from splitting prose where
// the rules do not.
func segment(text string, spans []span, toks []sentTok, rule []bool, lex sentLexicon, decide func(j int, feats []uint64) bool) [][]span {
	var out [][]span
	var buf [64]uint64
	start := 0
	for j := 1; j < len(spans); j++ {
		if j-1 == start {
			if k := datelineEnd(text, spans[start:]); k > 0 {
				out = append(out, spans[start:start+k])
				start += k
				j = start
				continue
			}
		}
		// News keeps the rules' splits before a capitalised word ("words:
		// On the same day", "Wait... Then"); mayAdd guards the model's own.
		if rule[j] && toks[j].class == clsUpper {
			out = append(out, spans[start:j])
			start = j
			continue
		}
		if spans[j-1].end == spans[j].start || toks[j-1].title && toks[j].class == clsUpper ||
			!rule[j] && !mayAdd(text, spans, toks, start, j) {
			continue
		}
		for i := max(0, j-2); i <= j+1 && i < len(toks); i++ {
			toks[i].fill(text[spans[i].start:spans[i].end], lex)
		}
		if decide(j, sentFeatures(buf[:0], toks, j, rule[j], start)) {
			out = append(out, spans[start:j])
			start = j
		}
	}
	if start < len(spans) {
		out = append(out, spans[start:])
	}
	return out
}

// mayAdd reports whether the model may start a sentence at token j where
// the rules do not. What EWT teaches there comes from e-mail headers and
// chat, so in running prose the rules stand: no split between two plain
// words ("PM Allawi", "10:30 PM Monday") unless a date and a time precede
// them ("02/13/2001 08:02 PM All:"),
// before a lowercase word after "!" or a closing quote ("Yahoo! and",
// "“Why?” he asked"), between a colon and a quote ("said: “We …"), or
// right after brackets opened inside the sentence ("Lt. Gen. (retd) Faiz
// Hameed", "the minister (PTI) Imran Khan"; a source in brackets opening
// the sentence, "(Space.com) U.S. astronauts …", may still end there).
// The sentence being built starts at token start.
func mayAdd(text string, spans []span, toks []sentTok, start, j int) bool {
	a, b := &toks[j-1], &toks[j]
	if a.prose && b.prose && !(j >= 3 && toks[j-2].digit && toks[j-3].digit) {
		return false
	}
	if w := text[spans[j-1].start:spans[j-1].end]; w == ")" || w == "]" {
		open := "("
		if w == "]" {
			open = "["
		}
		for o := j - 2; o >= start; o-- {
			if text[spans[o].start:spans[o].end] == open {
				if o > start {
					return false
				}
				break
			}
		}
	}
	if b.class == clsLower {
		if w := text[spans[j-1].start:spans[j-1].end]; w == "!" || isCloser(w) {
			return false
		}
	}
	if b.class == clsPunct && text[spans[j-1].start:spans[j-1].end] == ":" && isQuote(text[spans[j].start:spans[j].end]) {
		return false
	}
	return true
}

// isQuote reports whether w is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›":
		return true
	}
	return false
}

// ruleStarts returns, for each token of a paragraph, whether the rule
// splitter starts a sentence there.
func ruleStarts(text string, spans []span, buf []bool) []bool {
	starts := slices.Grow(buf[:0], len(spans))[:len(spans)]
	clear(starts)
	k := 0
	for _, s := range splitSentences(text, spans) {
		starts[k] = true
		k += len(s)
	}
	return starts
}

// sentExample is one paragraph of training data: its tokens, the rule
// splitter's starts and the gold starts.
type sentExample struct {
	text       string
	spans      []span
	toks       []sentTok
	rule, gold []bool
}

// TrainSentenceModel trains the sentence-boundary classifier on the raw
// text of a treebank (see RawText), tokenized by Tokenize's own rules, and
// returns the model file. Training is deterministic.
func TrainSentenceModel(sents []TreebankSentence) ([]byte, error) {
	if len(sents) == 0 {
		return nil, errors.New("train sentences: no sentences")
	}
	// The lexicon the features read is jackknifed: each part of the
	// treebank is featurized with a lexicon built from the other parts, so
	// the perceptron learns to trust it as much as it deserves on new text.
	var exs []sentExample
	parts := docParts(sents, 5)
	for i := range parts {
		var rest []TreebankSentence
		for k, p := range parts {
			if k != i {
				rest = append(rest, p...)
			}
		}
		exs = append(exs, sentExamples(parts[i], buildSentLexicon(rest))...)
	}
	lex := buildSentLexicon(sents)
	// A two-class perceptron (0: no boundary, 1: boundary) learns as a
	// binary one does: every update moves both rows, so row 0 is minus
	// row 1 and the frozen model keeps their difference.
	const epochs = 10
	p := newPerceptron(2)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := uint64(1)
	var sc [2]float32
	for e := 0; e < epochs; e++ {
		// Shuffle the paragraphs with a fixed generator.
		for i := len(order) - 1; i > 0; i-- {
			rng = rng*6364136223846793005 + 1442695040888963407
			k := int((rng >> 33) % uint64(i+1))
			order[i], order[k] = order[k], order[i]
		}
		for _, xi := range order {
			ex := &exs[xi]
			segment(ex.text, ex.spans, ex.toks, ex.rule, nil, func(j int, feats []uint64) bool {
				p.score(feats, sc[:])
				guess := sc[1] > sc[0]
				p.update(feats, b2i(ex.gold[j]), b2i(guess))
				p.tick()
				return guess
			})
		}
	}
	// Weights under 0.05 in the difference are dropped.
	p.freeze(0.025)
	m := &sentModel{w: boundaryTable(p), lex: lex}
	var buf bytes.Buffer
	if err := m.write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// boundaryTable returns the one-class table of the frozen two-class
// perceptron p: each row's boundary weight minus its other weight.
func boundaryTable(p *perceptron) *perceptron {
	keys := p.sortedKeys()
	w := make([]float32, len(keys))
	for r := range keys {
		p.eachWeight(r, func(c int, v float32) {
			if c == 1 {
				w[r] += v
			} else {
				w[r] -= v
			}
		})
	}
	q := &perceptron{nclass: 1}
	q.build(keys, w)
	return q
}

// write writes the model as one gzipped stream in the encoding of the
// parser's model file.
func (m *sentModel) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.str(sentMagic)
	e.perceptron(m.w)
	keys := make([]uint32, 0, len(m.lex))
	for k := range m.lex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uint(uint64(len(keys)))
	var last uint32
	for _, k := range keys {
		e.uint(uint64(k - last))
		last = k
		e.uint(uint64(m.lex[k]))
	}
	if err := e.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// sentExamples tokenizes the raw text of sents paragraph by paragraph and
// marks the tokens that start a gold sentence.
func sentExamples(sents []TreebankSentence, lex sentLexicon) []sentExample {
	text, gold := RawText(sents)
	starts := make(map[int]bool, len(gold))
	for _, g := range gold {
		starts[g[0]] = true
	}
	var exs []sentExample
	for _, p := range paragraphs(text) {
		var spans []span
		for _, c := range chunks(text, p.start, p.end) {
			spans = splitChunk(text, c.start, c.end, spans)
		}
		if len(spans) == 0 {
			continue
		}
		ex := sentExample{text: text, spans: spans, rule: ruleStarts(text, spans, nil)}
		for i, sp := range spans {
			ex.toks = append(ex.toks, newSentTok(text[sp.start:sp.end]))
			ex.toks[len(ex.toks)-1].fill(text[sp.start:sp.end], lex)
			ex.gold = append(ex.gold, i > 0 && starts[sp.start])
		}
		exs = append(exs, ex)
	}
	return exs
}

// docParts cuts sents into k parts of about the same size, at document
// starts.
func docParts(sents []TreebankSentence, k int) [][]TreebankSentence {
	var out [][]TreebankSentence
	start := 0
	for i := 1; i <= k; i++ {
		c := len(sents) * i / k
		for c < len(sents) && c > start && !sents[c].NewDoc {
			c++
		}
		if c > start {
			out = append(out, sents[start:c])
			start = c
		}
	}
	return out
}

// readSentModel reads a model written by TrainSentenceModel.
func readSentModel(data []byte) (*sentModel, error) {
	d, err := openModel(data, sentMagic, "sentence model")
	if err != nil {
		return nil, err
	}
	m := &sentModel{w: d.perceptron()}
	if d.err == nil && m.w.nclass != 1 {
		d.fail("%d classes, want 1", m.w.nclass)
	}
	n := d.count(1 << 24)
	m.lex = make(sentLexicon, min(n, 1<<16))
	var last uint64
	for ; n > 0 && d.err == nil; n-- {
		delta := d.uint()
		v := d.count(len(uposNames))
		last += delta
		if d.err == nil && (delta == 0 || last > math.MaxUint32) {
			d.fail("bad lexicon key")
		}
		m.lex[uint32(last)] = uint8(v)
	}
	if d.err != nil {
		return nil, fmt.Errorf("sentence model: %w", d.err)
	}
	return m, nil
}

// sentLexicon maps the key of a lowercased form to its most frequent UPOS
// in the treebank (1-based in uposNames).
type sentLexicon map[uint32]uint8

// numUPOS is the number of UPOS tags.
const numUPOS = 17

// uposNames numbers the UPOS tags for the lexicon.
var uposNames = [numUPOS]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// buildSentLexicon counts each lowercased form's UPOS over the words of
// sents; forms seen fewer than three times are left out.
func buildSentLexicon(sents []TreebankSentence) sentLexicon {
	uposID := map[string]int{}
	for i, u := range uposNames {
		uposID[u] = i + 1
	}
	counts := map[uint32]*[numUPOS + 1]int32{}
	for _, s := range sents {
		for _, w := range s.Words {
			k := lowKey(w.Text)
			c := counts[k]
			if c == nil {
				c = new([numUPOS + 1]int32)
				counts[k] = c
			}
			c[uposID[w.UPOS]]++
		}
	}
	lex := sentLexicon{}
	for k, c := range counts {
		best, n := 0, int32(0)
		for u, v := range c {
			n += v
			if v > c[best] {
				best = u
			}
		}
		if n >= 3 {
			lex[k] = uint8(best)
		}
	}
	return lex
}
