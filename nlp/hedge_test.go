package nlp

import "testing"

func TestAltHash(t *testing.T) {
	const th = 20
	for _, c := range []struct {
		alt    tagAlt
		bucket uint64 // 0 for hashNone
	}{
		{tagAlt{class: -1}, 0},
		{tagAlt{class: 4, margin: 25}, 0},
		{tagAlt{class: 4, margin: 20}, 0},
		{tagAlt{class: 4, margin: 19}, 1},
		{tagAlt{class: 4, margin: 9}, 2},
		{tagAlt{class: 4, margin: 1}, 3},
	} {
		got := altHash(c.alt, th)
		want := uint64(hashNone)
		if c.bucket > 0 {
			want = mix(uint64(c.alt.class)+1, c.bucket)
		}
		if got != want {
			t.Errorf("altHash(%+v, %d) = %x, want %x", c.alt, th, got, want)
		}
	}
}

func TestAltThreshold(t *testing.T) {
	for _, c := range []struct {
		margins []float32
		want    float32
	}{
		{nil, 0},
		{[]float32{7}, 7},
		{[]float32{1, 2, 3, 4, 5}, 4},
		{[]float32{50, 10, 30, 20, 40}, 40},
	} {
		if got := altThreshold(c.margins); got != c.want {
			t.Errorf("altThreshold(%v) = %v, want %v", c.margins, got, c.want)
		}
	}
}

// Mixing two perceptrons freezes the mean of their averaged weights.
func TestFreezeMixed(t *testing.T) {
	f1, f2, f3, f4 := hashString("f1"), hashString("f2"), hashString("f3"), hashString("f4")
	a, b := newPerceptron(3), newPerceptron(3)
	// One update each at the first of two instances: averaged weights are
	// half the raw ones.
	a.update([]uint64{f1, f2}, 0, 1)
	a.tick()
	b.update([]uint64{f2, f3}, 2, 1)
	b.tick()
	freezeMixed([]*perceptron{a, b}, 0.001)
	want := map[uint64][3]float32{
		f1: {0.25, -0.25, 0},
		f2: {0.25, -0.5, 0.25},
		f3: {0, -0.25, 0.25},
		f4: {},
	}
	for f, w := range want {
		var got [3]float32
		a.score([]uint64{f}, got[:])
		if got != w {
			t.Errorf("feature %x: weights %v, want %v", f, got, w)
		}
	}
}
