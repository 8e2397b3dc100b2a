package nlp

import (
	"math"
	"slices"
)

// Feature keys are 64-bit hashes built by mixing a template number with
// hashed values, so that no strings are built on the hot path.

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines a feature key with one more value.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xbf58476d1ce4e5b9
	return h ^ (h >> 31)
}

func feat1(t, a uint64) uint64    { return mix(mix(t*0x100000001b3, a), 1) }
func feat2(t, a, b uint64) uint64 { return mix(mix(mix(t*0x100000001b3, a), b), 2) }
func feat3(t, a, b, c uint64) uint64 {
	return mix(mix(mix(mix(t*0x100000001b3, a), b), c), 3)
}

// perceptron is a multi-class averaged perceptron over hashed features.
// During training, features get a row of weights when an update first
// touches them; afterwards the averaged weights are frozen into a compact
// open-addressing table.
type perceptron struct {
	nclass int
	// Training state: rows, raw weights and the averaging accumulators.
	index map[uint64]int32
	w     []int32
	u     []int64
	c     int64
	// Frozen state used for prediction.
	// table is an open-addressing hash table of (key, row) pairs, side by
	// side so that one probe reads both; key 0 marks an empty slot.
	table []uint32
	mask  uint64
	rows  int
	// Rows are dense (weights, nclass per row) for few classes, else
	// sparse: row r holds classes cls[start[r]:start[r+1]] with values val.
	weights []float32
	start   []uint32
	cls     []uint8
	val     []float32
	// inline, for three classes, holds (key, w0, w1, w2) slots: one probe
	// reads a feature's key and all its weights.
	inline []slot3
}

type slot3 struct {
	key uint32
	w   [3]float32
}

// sparseOver is the class count above which frozen rows are stored sparse.
const sparseOver = 8

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: map[uint64]int32{}, c: 1}
}

// score adds the weights of feats to scores (len nclass), using the
// training weights while training and the frozen ones afterwards.
func (p *perceptron) score(feats []uint64, scores []float32) {
	clear(scores)
	nc := p.nclass
	if p.index != nil {
		for _, f := range feats {
			if r, ok := p.index[f]; ok {
				row := p.w[int(r)*nc : int(r)*nc+nc]
				for i, v := range row {
					scores[i] += float32(v)
				}
			}
		}
		return
	}
	if p.inline != nil {
		var s0, s1, s2 float32
		for _, f := range feats {
			k := key32(f)
			for i := uint64(k) & p.mask; ; i = (i + 1) & p.mask {
				sl := &p.inline[i]
				if sl.key == k {
					s0 += sl.w[0]
					s1 += sl.w[1]
					s2 += sl.w[2]
					break
				}
				if sl.key == 0 {
					break
				}
			}
		}
		scores[0], scores[1], scores[2] = s0, s1, s2
		return
	}
	if p.weights == nil {
		for _, f := range feats {
			r := p.lookup(f)
			if r < 0 {
				continue
			}
			a, b := p.start[r], p.start[r+1]
			val := p.val[a:b]
			for i, c := range p.cls[a:b] {
				scores[c] += val[i]
			}
		}
		return
	}
	for _, f := range feats {
		r := p.lookup(f)
		if r < 0 {
			continue
		}
		row := p.weights[int(r)*nc : int(r)*nc+nc]
		sc := scores[:len(row)]
		for i, v := range row {
			sc[i] += v
		}
	}
}

// eachWeight calls fn with every nonzero weight of frozen row r.
func (p *perceptron) eachWeight(r int, fn func(c int, v float32)) {
	if p.weights == nil {
		for i := p.start[r]; i < p.start[r+1]; i++ {
			fn(int(p.cls[i]), p.val[i])
		}
		return
	}
	for c, v := range p.weights[r*p.nclass : (r+1)*p.nclass] {
		if v != 0 {
			fn(c, v)
		}
	}
}

// key32 folds a feature hash into the nonzero 32-bit key of the frozen
// table; the rare collisions this adds cost nothing measurable.
func key32(f uint64) uint32 { return uint32(f^f>>32) | 1 }

// lookup returns the frozen row of feature f, or -1.
func (p *perceptron) lookup(f uint64) int32 {
	k := key32(f)
	for i := uint64(k) & p.mask; ; i = (i + 1) & p.mask {
		switch p.table[2*i] {
		case k:
			return int32(p.table[2*i+1])
		case 0:
			return -1
		}
	}
}

// update moves the weights of feats towards class gold and away from guess.
func (p *perceptron) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	nc := p.nclass
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.w) / nc)
			p.index[f] = r
			p.w = append(p.w, make([]int32, nc)...)
			p.u = append(p.u, make([]int64, nc)...)
		}
		base := int(r) * nc
		p.w[base+gold]++
		p.u[base+gold] += p.c
		p.w[base+guess]--
		p.u[base+guess] -= p.c
	}
}

// tick counts one training instance for averaging.
func (p *perceptron) tick() { p.c++ }

// freeze averages the weights, zeroes those below prune in magnitude,
// drops empty rows and builds the prediction table.
func (p *perceptron) freeze(prune float32) {
	nc := p.nclass
	merged := map[uint32][]float32{}
	for f, r := range p.index {
		base := int(r) * nc
		var row []float32
		for i := 0; i < nc; i++ {
			v := float32(float64(p.w[base+i]) - float64(p.u[base+i])/float64(p.c))
			if v > prune || v < -prune {
				if row == nil {
					row = make([]float32, nc)
				}
				row[i] = v
			}
		}
		if row == nil {
			continue
		}
		k := key32(f)
		if old, ok := merged[k]; ok {
			for i := range row {
				row[i] += old[i]
			}
		}
		merged[k] = row
	}
	keys := make([]uint32, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	weights := make([]float32, 0, len(keys)*nc)
	for _, k := range keys {
		weights = append(weights, merged[k]...)
	}
	p.index, p.w, p.u = nil, nil, nil
	p.build(keys, weights)
}

// build makes the open-addressing table for keys, whose rows lie in
// weights in the same order.
func (p *perceptron) build(keys []uint32, weights []float32) {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	p.table = make([]uint32, 2*size)
	p.mask = uint64(size - 1)
	p.rows = len(keys)
	p.weights, p.start, p.cls, p.val = weights, nil, nil, nil
	if p.nclass > sparseOver && weights != nil {
		p.weights = nil
		p.start = make([]uint32, 0, len(keys)+1)
		for r := range keys {
			p.start = append(p.start, uint32(len(p.cls)))
			for c, v := range weights[r*p.nclass : (r+1)*p.nclass] {
				if v != 0 {
					p.cls = append(p.cls, uint8(c))
					p.val = append(p.val, v)
				}
			}
		}
		p.start = append(p.start, uint32(len(p.cls)))
	}
	for r, k := range keys {
		i := uint64(k) & p.mask
		for p.table[2*i] != 0 {
			i = (i + 1) & p.mask
		}
		p.table[2*i] = k
		p.table[2*i+1] = uint32(r)
	}
	p.inline = nil
	if p.nclass == 3 && weights != nil {
		p.inline = make([]slot3, size)
		for i := range p.inline {
			if k := p.table[2*i]; k != 0 {
				r := p.table[2*i+1]
				p.inline[i] = slot3{key: k, w: [3]float32(weights[3*r : 3*r+3])}
			}
		}
	}
}

// sortedKeys returns the frozen keys in row order.
func (p *perceptron) sortedKeys() []uint32 {
	keys := make([]uint32, p.rows)
	for i := 0; i < len(p.table); i += 2 {
		if k := p.table[i]; k != 0 {
			keys[p.table[i+1]] = k
		}
	}
	return keys
}

// argmax returns the best class among those allowed (all when allowed is
// nil).
func argmax(scores []float32, allowed []bool) int {
	best, bs := -1, float32(math.Inf(-1))
	for i, s := range scores {
		if allowed != nil && !allowed[i] {
			continue
		}
		if best < 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// prune zeroes frozen weights below threshold in magnitude and drops the
// rows left empty, making the model smaller and faster.
func (p *perceptron) prune(threshold float32) {
	nc := p.nclass
	old := p.sortedKeys()
	keys := make([]uint32, 0, len(old))
	var weights []float32
	row := make([]float32, nc)
	for r, k := range old {
		clear(row)
		keep := false
		p.eachWeight(r, func(c int, v float32) {
			if v > threshold || v < -threshold {
				row[c], keep = v, true
			}
		})
		if keep {
			keys = append(keys, k)
			weights = append(weights, row...)
		}
	}
	p.build(keys, weights)
}
