package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// modelMagic starts every model file; bump it when the format changes.
const modelMagic = "parley-nlp-model/5"

// encoder writes the compact binary model format: unsigned varints,
// length-prefixed strings and bfloat16 weights.
type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.w.Write(e.buf[:n])
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.w.WriteString(s)
}

func (e *encoder) perceptron(p *perceptron) {
	e.uint(uint64(p.nclass))
	keys := p.sortedKeys()
	e.uint(uint64(len(keys)))
	var last uint32
	for r, k := range keys {
		e.uint(uint64(k - last))
		last = k
		var cs []int
		var bs []uint16
		p.eachWeight(r, func(c int, v float32) {
			if b := toBF16(v); b != 0 {
				cs, bs = append(cs, c), append(bs, b)
			}
		})
		e.uint(uint64(len(cs)))
		for i, c := range cs {
			e.uint(uint64(c))
			e.w.WriteByte(byte(bs[i]))
			e.w.WriteByte(byte(bs[i] >> 8))
		}
	}
}

// toBF16 rounds v to bfloat16 (the top 16 bits of a float32).
func toBF16(v float32) uint16 {
	b := math.Float32bits(v)
	b += 0x7fff + (b>>16)&1
	return uint16(b >> 16)
}

func fromBF16(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }

// decoder reads what encoder writes, remembering the first error.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	v := d.uint()
	if v > uint64(limit) {
		d.fail("length %d over limit %d", v, limit)
		return 0
	}
	return int(v)
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

func (d *decoder) str() string {
	n := d.count(1 << 16)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
	}
	return string(b)
}

func (d *decoder) perceptron() *perceptron {
	nc := d.count(255)
	n := d.count(1 << 26)
	if d.err != nil || nc == 0 {
		d.fail("bad perceptron header")
		return nil
	}
	// Memory grows with the rows actually read beyond the first 4M, not
	// with the declared count, so that a corrupt count cannot demand
	// gigabytes up front.
	hint := min(n, 1<<22)
	keys := make([]uint32, 0, hint)
	var weights []float32 // dense rows, or sparse ones below
	if nc <= sparseOver {
		weights = make([]float32, 0, hint*nc)
	}
	start := make([]uint32, 0, hint+1)
	var cls []uint8
	var val []float32
	var last uint32
	for r := 0; r < n && d.err == nil; r++ {
		last += uint32(d.uint())
		keys = append(keys, last)
		if weights != nil {
			weights = append(weights, make([]float32, nc)...)
		}
		start = append(start, uint32(len(cls)))
		nz := d.count(nc)
		for j := 0; j < nz && d.err == nil; j++ {
			c := d.count(nc - 1)
			lo, err1 := d.r.ReadByte()
			hi, err2 := d.r.ReadByte()
			if err1 != nil || err2 != nil {
				d.fail("truncated weights")
				break
			}
			v := fromBF16(uint16(lo) | uint16(hi)<<8)
			if weights != nil {
				weights[r*nc+c] = v
			} else {
				cls, val = append(cls, uint8(c)), append(val, v)
			}
		}
	}
	p := &perceptron{nclass: nc}
	if d.err != nil {
		return p
	}
	if weights != nil {
		p.build(keys, weights)
		return p
	}
	p.build(keys, nil) // the table; rows follow
	p.weights, p.start, p.cls, p.val = nil, append(start, uint32(len(cls))), cls, val
	p.pack()
	return p
}

// writeModel writes the tagger, lemmatizer and parser as one gzipped
// stream. The output depends only on the models, so training twice gives
// identical bytes.
func writeModel(w io.Writer, t *tagger, l *lemmatizer, p *parser) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.str(modelMagic)
	e.uint(uint64(len(t.classes)))
	for _, c := range t.classes {
		e.str(c.UPOS)
		e.str(c.XPOS)
	}
	forms := sortedKeys(t.dict)
	e.uint(uint64(len(forms)))
	for _, f := range forms {
		e.str(f)
		e.uint(uint64(t.dict[f]))
	}
	amb := make([]uint64, 0, len(t.ambig))
	for k := range t.ambig {
		amb = append(amb, k)
	}
	slices.Sort(amb)
	e.uint(uint64(len(amb)))
	for _, k := range amb {
		e.uint(k)
		e.uint(t.ambig[k].amb)
		v := uint64(t.ambig[k].top)
		if t.ambig[k].lower {
			v |= 1 << 8
		}
		e.uint(v)
	}
	e.perceptron(t.model)
	e.uint(uint64(math.Float32bits(t.altMargin)))
	lex := sortedLemmaKeys(l.lexicon)
	e.uint(uint64(len(lex)))
	for _, k := range lex {
		e.str(k.form)
		e.str(k.upos)
		e.str(l.lexicon[k])
	}
	rules := sortedLemmaKeys(l.rules)
	e.uint(uint64(len(rules)))
	for _, k := range rules {
		e.str(k.form)
		e.str(k.upos)
		e.uint(uint64(l.rules[k].Strip))
		e.str(l.rules[k].Add)
	}
	e.uint(uint64(len(p.labels)))
	for _, s := range p.labels {
		e.str(s)
	}
	e.perceptron(p.trans)
	e.perceptron(p.labeller)
	if err := e.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortedLemmaKeys[V any](m map[lemmaKey]V) []lemmaKey {
	keys := make([]lemmaKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lemmaKey) int {
		if c := strings.Compare(a.form, b.form); c != 0 {
			return c
		}
		return strings.Compare(a.upos, b.upos)
	})
	return keys
}

// openModel returns a decoder over the gzipped model file data, once its
// format string is magic; errors start with what ("model").
func openModel(data []byte, magic, what string) (*decoder, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	d := &decoder{r: bufio.NewReader(zr)}
	if m := d.str(); m != magic {
		return nil, fmt.Errorf("%s: want format %q, got %q", what, magic, m)
	}
	return d, nil
}

// readModel reads a model written by writeModel.
func readModel(data []byte) (*Pipeline, error) {
	d, err := openModel(data, modelMagic, "model")
	if err != nil {
		return nil, err
	}
	t := &tagger{dict: map[string]int{}}
	for n := d.count(1 << 12); n > 0 && d.err == nil; n-- {
		t.classes = append(t.classes, tagClass{UPOS: d.str(), XPOS: d.str()})
	}
	for n := d.count(1 << 24); n > 0 && d.err == nil; n-- {
		f := d.str()
		t.dict[f] = d.count(len(t.classes) - 1)
	}
	t.ambig = map[uint64]ambEntry{}
	for n := d.count(1 << 24); n > 0 && d.err == nil; n-- {
		k := d.uint()
		amb := d.uint()
		v := d.count(1<<9 - 1)
		if v&0xff >= len(t.classes) {
			d.fail("ambiguity entry %d: class %d of %d", k, v&0xff, len(t.classes))
		}
		t.ambig[k] = ambEntry{amb: amb, top: uint8(v), lower: v>>8 != 0}
	}
	t.model = d.perceptron()
	t.altMargin = math.Float32frombits(uint32(d.uint()))
	t.setup()
	l := &lemmatizer{lexicon: map[lemmaKey]string{}, rules: map[lemmaKey]lemmaRule{}}
	for n := d.count(1 << 24); n > 0 && d.err == nil; n-- {
		k := lemmaKey{d.str(), d.str()}
		l.lexicon[k] = d.str()
	}
	for n := d.count(1 << 24); n > 0 && d.err == nil; n-- {
		k := lemmaKey{d.str(), d.str()}
		l.rules[k] = lemmaRule{Strip: d.count(1 << 8), Add: d.str()}
	}
	l.index()
	p := &parser{rootLabel: -1}
	for n := d.count(1 << 10); n > 0 && d.err == nil; n-- {
		p.labels = append(p.labels, d.str())
		if p.labels[len(p.labels)-1] == "root" {
			p.rootLabel = len(p.labels) - 1
		}
	}
	p.punctLabel = p.labelIndex("punct")
	p.trans = d.perceptron()
	p.labeller = d.perceptron()
	if d.err != nil {
		return nil, fmt.Errorf("model: %w", d.err)
	}
	if p.rootLabel < 0 || t.model.nclass != len(t.classes) || p.labeller.nclass != len(p.labels) || p.trans.nclass != numActs {
		return nil, errors.New("model: inconsistent class counts")
	}
	return newPipeline(t, l, p), nil
}
