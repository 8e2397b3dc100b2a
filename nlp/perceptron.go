package nlp

import (
	"math"
	"slices"
)

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
	shift uint
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
	// spans and packed serve sparse rows fast: a probe of spans gives the
	// key and the row itself, or for a long row its range in packed. Row
	// entries hold a class (bits 16–23) and a bfloat16 weight (low 16 bits).
	spans  []slotRow
	packed []uint32
}

// slotRow is 16 bytes, four to a cache line. The top byte of e[0] is the
// row length when the row (at most 3 entries) lies in e, or longRow when
// the row is packed[e[1]:e[2]].
type slotRow struct {
	key uint32
	e   [3]uint32
}

// longRow marks a slotRow whose row lies in packed.
const longRow = 0xff

// slot3 is 12 bytes, five to a cache line.
type slot3 struct {
	key uint32
	w   [3]uint16 // bfloat16
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
		p.scoreInline(feats, scores)
		return
	}
	if p.spans != nil {
		p.scoreSpans(feats, scores)
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
func (p *perceptron) freeze(prune float32) { freezeMixed([]*perceptron{p}, prune) }

// freezeMixed freezes the mean of the averaged weights of models trained
// alike from different shuffles (parameter mixing) into ps[0].
func freezeMixed(ps []*perceptron, prune float32) {
	p := ps[0]
	nc := p.nclass
	sum := map[uint64][]float32{}
	for _, q := range ps {
		for f, r := range q.index {
			row := sum[f]
			if row == nil {
				row = make([]float32, nc)
				sum[f] = row
			}
			base := int(r) * nc
			for i := range nc {
				row[i] += float32((float64(q.w[base+i]) - float64(q.u[base+i])/float64(q.c)) / float64(len(ps)))
			}
		}
	}
	merged := map[uint32][]float32{}
	// Visit features in a fixed order, so that rows merged by a key
	// collision add up the same way on every run.
	feats := make([]uint64, 0, len(sum))
	for f := range sum {
		feats = append(feats, f)
	}
	slices.Sort(feats)
	for _, f := range feats {
		avg := sum[f]
		var row []float32
		for i := 0; i < nc; i++ {
			v := avg[i]
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
	for _, q := range ps {
		q.index, q.w, q.u = nil, nil, nil
	}
	p.build(keys, weights)
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
