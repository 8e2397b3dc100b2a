package nlp

import "math"

// This file holds the prediction-time scoring of frozen tables. The tables
// are far larger than the caches, so nearly every probe misses; scoring
// first touches the home slot of every feature in a loop without
// data-dependent branches, letting the processor overlap those misses, and
// only then probes and adds the weights in feature order (so the sums are
// bit-for-bit those of a single pass).

// maxBatch is the most features whose home slots are computed ahead.
const maxBatch = 256

// scoreInline scores feats with the three-class inline table.
func (p *perceptron) scoreInline(feats []uint64, scores []float32) {
	var s0, s1, s2 float32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		var home [maxBatch]uint32
		var touch uint32
		for j, f := range batch {
			h := p.home(key32(f))
			home[j] = uint32(h)
			touch += p.inline[h].key
		}
		sink(touch)
		for j, f := range batch {
			k := key32(f)
			for i := uint64(home[j]); ; i = (i + 1) & p.mask {
				sl := &p.inline[i]
				if sl.key == k {
					s0 += fromBF16(sl.w[0])
					s1 += fromBF16(sl.w[1])
					s2 += fromBF16(sl.w[2])
					break
				}
				if sl.key == 0 {
					break
				}
			}
		}
	}
	scores[0], scores[1], scores[2] = s0, s1, s2
}

// scoreSpans scores feats with the sparse rows: the home slots are
// touched first, then the first entries of the long rows found, then the
// weights are added.
func (p *perceptron) scoreSpans(feats []uint64, scores []float32) {
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		var found [maxBatch]uint32
		var touch uint32
		for j, f := range batch {
			h := p.home(key32(f))
			found[j] = uint32(h)
			touch += p.spans[h].key
		}
		n := 0
		for j, f := range batch {
			k := key32(f)
			for i := uint64(found[j]); ; i = (i + 1) & p.mask {
				sl := &p.spans[i]
				if sl.key == k {
					found[n] = uint32(i)
					n++
					if sl.e[0]>>24 == longRow {
						touch += p.packed[sl.e[1]]
					}
					break
				}
				if sl.key == 0 {
					break
				}
			}
		}
		sink(touch)
		for _, i := range found[:n] {
			sl := &p.spans[i]
			row := sl.e[:]
			if m := sl.e[0] >> 24; m == longRow {
				row = p.packed[sl.e[1]:sl.e[2]]
			} else {
				row = row[:m]
			}
			for _, e := range row {
				scores[e>>16&0xff] += math.Float32frombits(e << 16)
			}
		}
	}
}

// sinkValue keeps the touching loads from being optimised away.
var sinkValue uint32

//go:noinline
func sink(v uint32) {
	if v == 1 {
		sinkValue = v
	}
}
