package coder

import (
	"slices"
	"testing"
)

// TestVerbLemmas checks the lemma candidates of verb forms the tagger may
// mislabel.
func TestVerbLemmas(t *testing.T) {
	tests := []struct{ form, want string }{
		{"condemned", "condemn"}, {"praised", "praise"}, {"denied", "deny"},
		{"slammed", "slam"}, {"hosting", "host"}, {"making", "make"},
		{"urges", "urge"}, {"spoke", "speak"}, {"Met", "meet"}, {"pushes", "push"},
	}
	for _, tt := range tests {
		if got := verbLemmas(tt.form); !slices.Contains(got, tt.want) {
			t.Errorf("verbLemmas(%q) = %q, want it to contain %q", tt.form, got, tt.want)
		}
	}
	if got := verbLemmas("press"); slices.Contains(got, "pres") {
		t.Errorf("verbLemmas(press) = %q: a double s is not a plural", got)
	}
}

// TestMistagged checks that a verb the tagger took for a noun still codes
// its event, with the subject right before it.
func TestMistagged(t *testing.T) {
	c := testCoder(t)
	doc := build(t, "2024-01-21",
		"Erdogan/PROPN/2/compound spoke/NOUN:spoke/9/nsubj by/ADP/4/case phone/NOUN/2/nmod with/ADP/6/case Abbas/PROPN/4/nmod ,/PUNCT/9/punct officials/NOUN:official/9/nsubj said/VERB:say/0/root",
		mention{0, 1, "TURGOV", "Recep Tayyip Erdogan"}, mention{5, 6, "PSEGOV", "Mahmoud Abbas"})
	c.Code(doc)
	want := []string{"041 TURGOV>PSEGOV", "041 PSEGOV>TURGOV"}
	if got := eventLines(doc.Events); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
