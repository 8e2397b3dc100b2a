package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestIsNormalized(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"Talks end in Doha\n\nThe envoys met on Monday.", true},
		{"Kakar’s “view” – café, São Paulo\n", true},
		{"\n\nleading blank lines", true},
		{" leading space", false},
		{"trailing space ", false},
		{"two  spaces", false},
		{"space before \nnewline", false},
		{"space after\n newline", false},
		{"tab\there", false},
		{"crlf\r\nline", false},
		{"no\u00a0break", false},
		{"soft\u00adhyphen", false},
		{"zero\u200bwidth", false},
		{"line\u2028separator", false},
		{"cafe\u0301", false},
		{"bad \xff byte", false},
		{"a \u200b\nb", false},
	}
	for _, tt := range tests {
		if got := isNormalized(tt.in); got != tt.want {
			t.Errorf("isNormalized(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if tt.want && renormalize(tt.in) != tt.in {
			t.Errorf("renormalize(%q) = %q, but isNormalized vouched for it", tt.in, renormalize(tt.in))
		}
	}
}

// TestIsNormalizedRandom checks, on random mixes of the characters
// normalize treats specially, that text isNormalized vouches for is text
// normalize would leave as it is.
func TestIsNormalizedRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "B", ".", " ", " ", "\n", "\r", "\t", "\x00", "\x7f", "\xff", "’", "é", "e\u0301",
		"\u0085", "\u00a0", "\u00ad", "\u2000", "\u2009", "\u200b", "\u2028", "\u202f", "\u205f", "\u2060",
		"\u3000", "\ufeff", "\u212b", "\ufffd"}
	vouched := 0
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if isNormalized(s) {
			vouched++
			if got := renormalize(s); got != s {
				t.Fatalf("isNormalized(%q) = true, but renormalize gives %q", s, got)
			}
		}
	}
	if vouched < 1000 {
		t.Errorf("isNormalized vouched for only %d random strings", vouched)
	}
}
