package coder

import (
	"slices"
	"testing"
)

// TestTimeGap pins that a short time phrase may stand inside a phrase
// pattern ("agreed on Thursday to resume") while other prepositional
// phrases still break it.
func TestTimeGap(t *testing.T) {
	c := testCoder(t)
	yoon := mention{2, 3, "KORGOV", "Yoon Suk Yeol"}
	kishida := mention{0, 1, "JPNGOV", "Fumio Kishida"}
	tests := []struct {
		name string
		spec string
		want []string
	}{
		{"OK",
			"Kishida/PROPN/4/nsubj and/CCONJ/3/cc Yoon/PROPN/1/conj agreed/VERB:agree/0/root on/ADP/6/case Thursday/PROPN/4/obl to/PART/8/mark resume/VERB/4/xcomp talks/NOUN/8/obj ./PUNCT/4/punct",
			[]string{"030 JPNGOV>KORGOV", "030 KORGOV>JPNGOV"}},
		{"Month",
			"Kishida/PROPN/4/nsubj and/CCONJ/3/cc Yoon/PROPN/1/conj agreed/VERB:agree/0/root in/ADP/6/case March/PROPN/4/obl to/PART/8/mark resume/VERB/4/xcomp talks/NOUN/8/obj ./PUNCT/4/punct",
			[]string{"030 JPNGOV>KORGOV", "030 KORGOV>JPNGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, "2023-03-16", tt.spec, kishida, yoon)
			c.Code(doc)
			got := eventLines(doc.Events)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGapWords pins the words that may stand inside a phrase although
// they are no modifiers: a short time phrase ("agreed on Thursday to") and
// the "in" after a sum of money ("pledged 500 million euros in military
// aid"); other such words may not.
func TestGapWords(t *testing.T) {
	timeAdverbial := (*sent).timeAdverbial
	amountIn := (*sent).amountIn
	tests := []struct {
		spec string
		is   func(*sent, int) bool
		at   int
		want bool
	}{
		{"agreed/VERB on/ADP Thursday/PROPN to/PART", timeAdverbial, 1, true},
		{"agreed/VERB in/ADP March/PROPN to/PART", timeAdverbial, 1, true},
		{"agreed/VERB in/ADP may/AUX be/AUX", timeAdverbial, 1, false}, // "may" the verb is no month here
		{"agreed/VERB in/ADP Geneva/PROPN to/PART", timeAdverbial, 1, false},
		{"agreed/VERB with/ADP Thursday/PROPN", timeAdverbial, 1, false},
		{"agreed/VERB on/ADP", timeAdverbial, 1, false},
		{"pledged/VERB 500/NUM million/NUM euros/NOUN:euro in/ADP military/ADJ aid/NOUN", amountIn, 4, true},
		{"announced/VERB $/SYM 2/NUM billion/NUM in/ADP aid/NOUN", amountIn, 4, true},
		{"pledged/VERB 300/NUM billion/NUM yen/NOUN in/ADP aid/NOUN", amountIn, 4, true},
		{"pledged/VERB 500/NUM troops/NOUN in/ADP Mali/PROPN", amountIn, 3, false},
		{"met/VERB 2/NUM in/ADP Geneva/PROPN", amountIn, 2, false},
		{"pledged/VERB euros/NOUN:euro in/ADP aid/NOUN", amountIn, 2, false}, // no amount
		{"in/ADP aid/NOUN", amountIn, 0, false},
	}
	c := testCoder(t)
	for _, tt := range tests {
		doc := build(t, "", tt.spec)
		s := newDocState(c, doc).sentence(0)
		if got := tt.is(s, tt.at); got != tt.want {
			t.Errorf("%q at %d: got %v, want %v", tt.spec, tt.at, got, tt.want)
		}
	}
}
