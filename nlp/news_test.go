package nlp

import (
	"slices"
	"testing"
)

// TestLowerConjToSpeaker pins when a verb conjoined inside a reported
// clause moves to the reporting verb.
func TestLowerConjToSpeaker(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	q := p.parser
	type arc struct {
		head  int
		label string
	}
	tests := []struct {
		name  string
		forms []string
		xpos  []string
		arcs  []arc
		want  []int // heads after the rule
	}{{
		name:  "MovesToSpeaker",
		forms: []string{"He", "said", "it", "was", "illegal", "and", "called", "for", "talks"},
		xpos:  []string{"PRP", "VBD", "PRP", "VBD", "JJ", "CC", "VBD", "IN", "NNS"},
		arcs:  []arc{{1, "nsubj"}, {-1, "root"}, {4, "nsubj"}, {4, "cop"}, {1, "ccomp"}, {6, "cc"}, {4, "conj"}, {8, "case"}, {6, "obl"}},
		want:  []int{1, -1, 4, 4, 1, 6, 1, 8, 6},
	}, {
		name:  "OwnSubjectStays",
		forms: []string{"He", "said", "it", "was", "quiet", "and", "shops", "reopened"},
		xpos:  []string{"PRP", "VBD", "PRP", "VBD", "JJ", "CC", "NNS", "VBD"},
		arcs:  []arc{{1, "nsubj"}, {-1, "root"}, {4, "nsubj"}, {4, "cop"}, {1, "ccomp"}, {7, "cc"}, {7, "nsubj"}, {4, "conj"}},
		want:  []int{1, -1, 4, 4, 1, 7, 7, 4},
	}, {
		name:  "OtherTenseStays",
		forms: []string{"He", "said", "it", "is", "illegal", "and", "calls", "for", "talks"},
		xpos:  []string{"PRP", "VBD", "PRP", "VBZ", "JJ", "CC", "VBZ", "IN", "NNS"},
		arcs:  []arc{{1, "nsubj"}, {-1, "root"}, {4, "nsubj"}, {4, "cop"}, {1, "ccomp"}, {6, "cc"}, {4, "conj"}, {8, "case"}, {6, "obl"}},
		want:  []int{1, -1, 4, 4, 1, 6, 4, 8, 6},
	}, {
		name:  "NotSpeechStays",
		forms: []string{"He", "felt", "it", "was", "illegal", "and", "called", "for", "talks"},
		xpos:  []string{"PRP", "VBD", "PRP", "VBD", "JJ", "CC", "VBD", "IN", "NNS"},
		arcs:  []arc{{1, "nsubj"}, {-1, "root"}, {4, "nsubj"}, {4, "cop"}, {1, "ccomp"}, {6, "cc"}, {4, "conj"}, {8, "case"}, {6, "obl"}},
		want:  []int{1, -1, 4, 4, 1, 6, 4, 8, 6},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			heads, labels := make([]int, len(tt.arcs)), make([]int, len(tt.arcs))
			for i, a := range tt.arcs {
				heads[i], labels[i] = a.head, q.labelIndex(a.label)
			}
			q.lowerConjToSpeaker(tt.forms, tt.xpos, heads, labels)
			if !slices.Equal(heads, tt.want) {
				t.Errorf("heads %v, want %v", heads, tt.want)
			}
		})
	}
}
