package nlp

// The parser is a greedy arc-hybrid transition parser (Kuhlmann et al.
// 2011) with the root token at the end of the buffer. An averaged
// perceptron picks the unlabelled transition; a second one labels each arc
// as it is made, seeing the dependent's finished subtree and the head's
// children so far.

// Transitions.
const (
	actShift = iota
	actLeft  // s0 ← b0, pop s0
	actRight // s1 → s0, pop s0
	numActs
)

// state is a parser configuration over n words; word n is the root.
type state struct {
	n      int
	stack  []int
	b0     int
	heads  []int
	labels []int
	// Children seen so far: leftmost, second leftmost, rightmost, second
	// rightmost (-1 when none), counts, and sets of labels on each side.
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	lset, rset         []uint64
	inStack            []bool
}

func (st *state) init(n int) {
	st.n, st.b0 = n, 0
	st.stack = st.stack[:0]
	st.heads = fill(st.heads, n+1, -1)
	st.labels = fill(st.labels, n+1, -1)
	st.lc1, st.lc2 = fill(st.lc1, n+1, -1), fill(st.lc2, n+1, -1)
	st.rc1, st.rc2 = fill(st.rc1, n+1, -1), fill(st.rc2, n+1, -1)
	st.nl, st.nr = fill(st.nl, n+1, 0), fill(st.nr, n+1, 0)
	st.lset = fill(st.lset, n+1, 0)
	st.rset = fill(st.rset, n+1, 0)
	st.inStack = fill(st.inStack, n+1, false)
}

func fill[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func (st *state) done() bool { return len(st.stack) == 0 && st.b0 == st.n }

// item returns the k-th stack item from the top, or -1.
func (st *state) item(k int) int {
	if k < len(st.stack) {
		return st.stack[len(st.stack)-1-k]
	}
	return -1
}

// buf returns the k-th buffer item, or -1.
func (st *state) buf(k int) int {
	if i := st.b0 + k; i <= st.n {
		return i
	}
	return -1
}

// valid marks the transitions allowed now. The root takes a dependent only
// when one word is left on the stack, so every parse has one root.
func (st *state) valid(ok *[numActs]bool) {
	ok[actShift] = st.b0 < st.n
	ok[actLeft] = len(st.stack) > 0 && (st.b0 < st.n || len(st.stack) == 1)
	ok[actRight] = len(st.stack) > 1
}

// head returns the head the arc transition a would give s0.
func (st *state) head(a int) int {
	if a == actLeft {
		return st.b0
	}
	return st.item(1)
}

// apply performs transition a; arcs get label l.
func (st *state) apply(a, l int) {
	switch a {
	case actShift:
		st.stack = append(st.stack, st.b0)
		st.inStack[st.b0] = true
		st.b0++
		return
	}
	h, d := st.head(a), st.item(0)
	st.stack = st.stack[:len(st.stack)-1]
	st.inStack[d] = false
	st.heads[d], st.labels[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		if st.lc1[h] < 0 || d < st.lc1[h] {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if st.lc2[h] < 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
		return
	}
	st.nr[h]++
	st.rset[h] |= bit
	if st.rc1[h] < 0 || d > st.rc1[h] {
		st.rc2[h], st.rc1[h] = st.rc1[h], d
	} else if st.rc2[h] < 0 || d > st.rc2[h] {
		st.rc2[h] = d
	}
}

// sentence holds the hashed words and tags the parser reads; index n is
// the root.
type sentence struct {
	w, p, u, x []uint64 // lowercase form, tag class, UPOS, suffix and case
	// pl and pr hash the punctuation marks just before and after each
	// word, and sep[k] counts the separating marks (commas, semicolons,
	// colons, dashes) before word k.
	pl, pr []uint64
	sep    []int32
	// a holds the tagger's runner-up class and how close it came where
	// the tagger was unsure (see altHash), else hashNone.
	a []uint64
}

// Hash values of the root pseudo-word.
const (
	hashRoot    = 0x3c6ef372
	hashRootTag = 0xa54ff53a
)

// newSentence prepares the parser input from words and tag classes.
func newSentence(ws []word, tags []int, alts []uint64, classes []tagClass) *sentence {
	n := len(ws)
	s := &sentence{w: make([]uint64, n+1), p: make([]uint64, n+1), u: make([]uint64, n+1), x: make([]uint64, n+1)}
	for i := range ws {
		s.w[i] = ws[i].lower
		s.p[i] = uint64(tags[i]) + 1
		s.u[i] = hashString(classes[tags[i]].UPOS)
		s.x[i] = mix(ws[i].suf[2], ws[i].flags)
	}
	s.w[n], s.p[n], s.u[n], s.x[n] = hashRoot, hashRootTag, hashRootTag, hashRootTag
	s.pl, s.pr, s.sep = make([]uint64, n+1), make([]uint64, n+1), make([]int32, n+1)
	s.a = make([]uint64, n+1)
	for i := range s.a {
		s.a[i] = hashNone
		if i < n && alts != nil {
			s.a[i] = alts[i]
		}
	}
	var sep int32
	for i := 0; i <= n; i++ {
		s.sep[i] = sep
		if i < n && isSeparator(s.w[i]) {
			sep++
		}
		s.pl[i], s.pr[i] = hashNone, hashNone
		if i > 0 && s.u[i-1] == hashPUNCT {
			s.pl[i] = s.w[i-1]
		}
		if i+1 < n && s.u[i+1] == hashPUNCT {
			s.pr[i] = s.w[i+1]
		}
	}
	return s
}

var hashPUNCT = hashString("PUNCT")

// Hashes of the lowercase forms of the separating marks.
var separators = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, f := range []string{",", ";", ":", "-", "--", "–", "—"} {
		m[hashString(f)] = true
	}
	return m
}()

func isSeparator(w uint64) bool { return separators[w] }

// seps buckets the number of separating marks between words a and b.
func (s *sentence) seps(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 9
	}
	c := s.sep[max(a, b)] - s.sep[min(a, b)]
	return uint64(min(c, 3))
}

func (s *sentence) alt(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.a[i]
}

func (s *sentence) punctLeft(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.pl[i]
}

func (s *sentence) punctRight(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.pr[i]
}

func (s *sentence) word(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.w[i]
}

func (s *sentence) tag(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.p[i]
}

func (s *sentence) suffix(i int) uint64 {
	if i < 0 {
		return hashNone
	}
	return s.x[i]
}

func (s *sentence) upos(i int) uint64 {
	if i < 0 || i >= len(s.u) {
		return hashNone
	}
	return s.u[i]
}

// at returns v[i] for a word index, or -1 for a missing one.
func at(v []int, i int) int {
	if i < 0 {
		return -1
	}
	return v[i]
}

// labelOf returns the hashed label of word i, or a none value.
func (st *state) labelOf(i int) uint64 {
	if i < 0 || st.labels[i] < 0 {
		return hashNone
	}
	return uint64(st.labels[i]) + 1
}

// dist buckets the distance between two words.
func dist(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d > 10:
		return 11
	case d > 5:
		return 6 + uint64(d)/10
	}
	return uint64(d)
}
