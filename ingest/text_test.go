package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{" ", 0},
		{"one", 1},
		{"one two three", 3},
		{" one two ", 2},
		{"one  two   three", 3},
		{"one\ttwo", 1},
		{"a b  ", 2},
		{"abcdefg  hijklmnop q", 3},
		{"        x", 1},
		{"abcdefgh ijklmnop", 2},
		{"Kakar’s  élan, São Paulo  ", 4},
		{strings.Repeat("ab ", 20), 20},
		{strings.Repeat(" ", 17), 0},
	}
	for _, tt := range tests {
		if got := words(tt.in); got != tt.want {
			t.Errorf("words(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Pakistan's  FM, in Doha!", "pakistans fm in doha"},
		{"  -- Leading and trailing --  ", "leading and trailing"},
		{"Kakar’s ÉLAN, São Paulo", "kakars élan são paulo"},
		{"a\u00a0b\tc\n\nd", "a b c d"},
		{"3.5% rise", "3 5 rise"},
		{"\xff bad byte", "bad byte"},
	}
	for _, tt := range tests {
		if got := string(appendFold(nil, tt.in)); got != tt.want {
			t.Errorf("appendFold(nil, %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := string(appendFold([]byte("x"), " y")); got != "x y" {
		t.Errorf("appendFold after text = %q, want %q", got, "x y")
	}
}

func TestSameText(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Talks end in Doha", "TALKS END IN DOHA.", true},
		{"Talks end in Doha", "Talks end in Cairo", false},
		{"Pakistan's view", "Pakistan’s view", true},
		{"Short", "Short but a great deal longer than it", false},
	}
	for _, tt := range tests {
		if got := sameText(tt.a, tt.b); got != tt.want {
			t.Errorf("sameText(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestIsEnglish(t *testing.T) {
	sentence := "The minister said that the talks with the envoys of the two states were held in the capital on Monday. "
	tests := []struct {
		name, in string
		want     bool
	}{
		{"OKOneSentence", sentence, true},
		{"OKLongText", strings.Repeat(sentence, 30), true},
		{"OKPunctuation", `"The" (minister) said, that: the talks, of the envoys, were held in the capital -- with them.`, true},
		{"ErrTooFewWords", "The talks ended.", false},
		{"ErrGerman", strings.Repeat("Der Minister sagte, dass die Gespräche mit den Gesandten am Montag stattfanden. ", 10), false},
		{"ErrEnglishAfter200Words", strings.Repeat("Gespräche ", 200) + strings.Repeat(sentence, 10), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isEnglish(tt.in); got != tt.want {
				t.Errorf("isEnglish = %v, want %v", got, tt.want)
			}
		})
	}
}

// foldRef is the folded form spelled out one rune at a time: the
// specification foldAppend's faster paths must meet.
func foldRef(s string, started bool) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && started {
				b.WriteByte(' ')
			}
			space, started = false, true
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "the two leaders met in doha", "The Two, leaders  met", "a b c d e f g h i j",
		"abcdefgh ", "abcdefg  h", "x9 y8 z7 w6 v5", "Pakistan's  FM", "café au lait façade", "\xff\xfe", "ok.ok.ok.ok"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, started bool) {
		if got, want := string(foldAppend(nil, s, started)), foldRef(s, started); got != want {
			t.Errorf("foldAppend(%q, %v) = %q, want %q", s, started, got, want)
		}
	})
}

func TestFoldRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "z", "B", "Z", "0", "9", " ", " ", " ", ".", "'", "’", "é", "Ⱥ", "@", "`", "[", "{", "\xff", "\x00", "\x7f"}
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		for _, started := range []bool{false, true} {
			if got, want := string(foldAppend(nil, s, started)), foldRef(s, started); got != want {
				t.Fatalf("foldAppend(%q, %v) = %q, want %q", s, started, got, want)
			}
		}
	}
}
