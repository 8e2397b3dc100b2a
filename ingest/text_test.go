package ingest

import (
	"strings"
	"testing"
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
