package nlp

import "math/rand/v2"

// parser holds the transition classifier, the arc labeller and the label
// names; rootLabel is the index of "root".
type parser struct {
	labels    []string
	rootLabel int
	trans     *perceptron
	labeller  *perceptron
	// punctLabel is the index of "punct", or -1.
	punctLabel int
}

// scratch is per-call working memory, so that one parser serves many
// goroutines.
type scratch struct {
	st     state
	feats  []uint64
	scores [numActs]float32
	lscore []float32
}

// parse fills heads (-1 for the root) and labels for the sentence, whose
// word forms are forms.
func (p *parser) parse(s *sentence, forms []string, sc *scratch, heads, labels []int) {
	n := len(s.w) - 1
	st := &sc.st
	st.init(n)
	var ok [numActs]bool
	for !st.done() {
		st.valid(&ok)
		a := forced(&ok)
		if a < 0 {
			sc.feats = parseFeatures(sc.feats[:0], st, s)
			p.trans.score(sc.feats, sc.scores[:])
			a = argmax(sc.scores[:], ok[:])
		}
		l := -1
		if a != actShift {
			l = p.label(s, sc, st.head(a), st.item(0))
		}
		st.apply(a, l)
	}
	for i := 0; i < n; i++ {
		heads[i], labels[i] = st.heads[i], st.labels[i]
		if heads[i] == n {
			heads[i] = -1
		}
	}
	p.headTitledNames(forms, s, heads, labels)
	p.conjoinAppositions(heads, labels)
}

// forced returns the only valid transition, or -1 when there is a choice:
// the first shift of a sentence and the right arcs that empty the stack
// at its end need no scoring.
func forced(ok *[numActs]bool) int {
	a := -1
	for i, v := range ok {
		if v {
			if a >= 0 {
				return -1
			}
			a = i
		}
	}
	return a
}

// label picks the label of the arc h → d: "root" for the root's
// dependent, any other label otherwise.
func (p *parser) label(s *sentence, sc *scratch, h, d int) int {
	if h == sc.st.n {
		return p.rootLabel
	}
	if s.u[d] == hashPUNCT && p.punctLabel >= 0 {
		// In EWT every mark that is not the root is punct: no scoring.
		return p.punctLabel
	}
	sc.feats = labelFeatures(sc.feats[:0], &sc.st, s, h, d)
	if cap(sc.lscore) < len(p.labels) {
		sc.lscore = make([]float32, len(p.labels))
	}
	sc.lscore = sc.lscore[:len(p.labels)]
	p.labeller.score(sc.feats, sc.lscore)
	sc.lscore[p.rootLabel] = -1e30
	return argmax(sc.lscore, nil)
}

// trainSentence runs one training pass over a sentence with projective gold
// heads (n for the root) and labels, using the dynamic oracle of Goldberg
// and Nivre (2013); with explore set it follows the model's own
// transitions most of the time, learning to recover from its mistakes.
func (p *parser) trainSentence(s *sentence, sc *scratch, gold, glabel []int, deps [][]int, explore bool, rng *rand.Rand) {
	n := len(s.w) - 1
	st := &sc.st
	st.init(n)
	var ok [numActs]bool
	var cost [numActs]int
	for !st.done() {
		st.valid(&ok)
		sc.feats = parseFeatures(sc.feats[:0], st, s)
		p.trans.score(sc.feats, sc.scores[:])
		pred := argmax(sc.scores[:], ok[:])
		minCost := 1 << 30
		for a := range numActs {
			if ok[a] {
				cost[a] = st.cost(a, gold, deps)
				minCost = min(minCost, cost[a])
			}
		}
		var zero [numActs]bool
		for a := range numActs {
			zero[a] = ok[a] && cost[a] == minCost
		}
		best := argmax(sc.scores[:], zero[:])
		if !zero[pred] {
			p.trans.update(sc.feats, best, pred)
		}
		p.trans.tick()
		next := best
		if explore && rng.Float64() < 0.9 {
			next = pred
		}
		l := -1
		if next != actShift {
			h, d := st.head(next), st.item(0)
			if h == n {
				l = p.rootLabel
			} else {
				feats := labelFeatures(sc.feats[:0], st, s, h, d)
				lp := len(p.labels)
				if cap(sc.lscore) < lp {
					sc.lscore = make([]float32, lp)
				}
				sc.lscore = sc.lscore[:lp]
				p.labeller.score(feats, sc.lscore)
				sc.lscore[p.rootLabel] = -1e30
				l = argmax(sc.lscore, nil)
				if gold[d] == h {
					p.labeller.update(feats, glabel[d], l)
					p.labeller.tick()
				}
			}
		}
		st.apply(next, l)
	}
}

// cost counts the gold arcs that transition a would make unreachable.
func (st *state) cost(a int, gold []int, deps [][]int) int {
	s0 := st.item(0)
	c := 0
	switch a {
	case actShift:
		b := st.b0
		if g := gold[b]; g != s0 && g >= 0 && g < st.n && st.inStack[g] {
			c++
		}
		for _, d := range deps[b] {
			if st.inStack[d] {
				c++
			}
		}
		return c
	case actLeft:
		g := gold[s0]
		if g != st.b0 && (g > st.b0 || g == st.item(1)) {
			c++
		}
	case actRight:
		if gold[s0] >= st.b0 {
			c++
		}
	}
	for _, d := range deps[s0] {
		if d >= st.b0 {
			c++
		}
	}
	return c
}

// projectivize lifts non-projective arcs to the head's head until the tree
// (heads[i] = n for the root) is projective.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	n := len(h)
	for {
		best, bestLen := -1, n+2
		for d := range n {
			lo, hi := min(d, h[d]), max(d, h[d])
			if hi-lo >= bestLen || h[d] == n {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, h[d], k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return h
		}
		h[best] = h[h[best]]
	}
}

// dominates reports whether a is an ancestor of k.
func dominates(h []int, a, k int) bool {
	for steps := 0; k < len(h) && steps <= len(h); steps++ {
		k = h[k]
		if k == a {
			return true
		}
	}
	return false
}
