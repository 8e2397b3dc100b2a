package nlp

import "math/bits"

// This file holds the frozen prediction table of a perceptron.

// key32 folds a feature hash into the nonzero 32-bit key of the frozen
// table; the rare collisions this adds cost nothing measurable.
func key32(f uint64) uint32 { return uint32(f^f>>32) | 1 }

// home returns the first slot to probe for key k: Fibonacci hashing
// spreads the keys, whose low bit is always set, over the whole table.
func (p *perceptron) home(k uint32) uint64 {
	return (uint64(k) * 0x9e3779b97f4a7c15) >> p.shift & p.mask
}

// lookup returns the frozen row of feature f, or -1.
func (p *perceptron) lookup(f uint64) int32 {
	k := key32(f)
	for i := p.home(k); ; i = (i + 1) & p.mask {
		switch p.table[2*i] {
		case k:
			return int32(p.table[2*i+1])
		case 0:
			return -1
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

// build makes the open-addressing table for keys, whose rows lie in
// weights in the same order.
func (p *perceptron) build(keys []uint32, weights []float32) {
	size := 1
	for size < len(keys)+len(keys)/2+1 { // load factor at most 2/3
		size <<= 1
	}
	p.table = make([]uint32, 2*size)
	p.mask = uint64(size - 1)
	p.shift = uint(64 - bits.TrailingZeros(uint(size)))
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
		i := p.home(k)
		for p.table[2*i] != 0 {
			i = (i + 1) & p.mask
		}
		p.table[2*i] = k
		p.table[2*i+1] = uint32(r)
	}
	p.spans, p.packed = nil, nil
	if p.start != nil {
		p.pack()
	}
	p.inline = nil
	if p.nclass == 3 && weights != nil {
		p.inline = hugeSlice[slot3](p, size)
		for i := range p.inline {
			if k := p.table[2*i]; k != 0 {
				r := p.table[2*i+1]
				w := weights[3*r : 3*r+3]
				p.inline[i] = slot3{key: k, w: [3]uint16{toBF16(w[0]), toBF16(w[1]), toBF16(w[2])}}
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

// pack builds spans and packed from the sparse rows (see perceptron).
func (p *perceptron) pack() {
	p.spans = hugeSlice[slotRow](p, len(p.table)/2)
	p.packed = hugeSlice[uint32](p, len(p.cls))
	for i := range p.cls {
		p.packed[i] = uint32(p.cls[i])<<16 | uint32(toBF16(p.val[i]))
	}
	for i := range p.spans {
		if k := p.table[2*i]; k != 0 {
			r := p.table[2*i+1]
			p.spans[i] = p.rowSlot(k, p.start[r], p.start[r+1])
		}
	}
}

// rowSlot returns the slot of key k, whose row is packed[start:end].
func (p *perceptron) rowSlot(k, start, end uint32) slotRow {
	sl := slotRow{key: k}
	if n := end - start; n <= uint32(len(sl.e)) {
		copy(sl.e[:], p.packed[start:end])
		sl.e[0] |= n << 24
	} else {
		sl.e = [3]uint32{longRow << 24, start, end}
	}
	return sl
}
