package nlp

import (
	"testing"
	"unicode/utf8"
)

func TestLemmaRules(t *testing.T) {
	l := &lemmatizer{
		lexicon: map[lemmaKey]string{{"'m", "AUX"}: "be", {"studies", "NOUN"}: "study"},
		rules: map[lemmaKey]lemmaRule{
			{"m", "AUX"}:     {Strip: 2, Add: "be"},
			{"ies", "NOUN"}:  {Strip: 3, Add: "y"},
			{"ed", "VERB"}:   {Strip: 2},
			{"\xb4s", "AUX"}: {Strip: 1},
		},
	}
	l.index()
	tests := []struct {
		form, upos, want string
	}{
		{"'m", "AUX", "be"},
		{"armies", "NOUN", "army"},
		{"wiped", "VERB", "wipe"},
		// A rule must not cut a character in two: "´" is two bytes.
		{"´m", "AUX", "´m"},
		{"´s", "AUX", "´s"},
		{"Cafés", "PROPN", "Cafés"},
		// Irregular pasts the lexicon lacks: no suffix rule undoes them.
		{"shook", "VERB", "shake"},
		{"fled", "VERB", "flee"},
		{"Overthrew", "VERB", "overthrow"},
		{"shook", "NOUN", "shook"},
	}
	for _, tt := range tests {
		got := l.lemma(tt.form, tt.upos, "")
		if got != tt.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tt.form, tt.upos, got, tt.want)
		}
	}
}

// TestLemmaValidUTF8 runs the trained lemmatizer over words with
// non-ASCII characters at their ends: every lemma must be valid UTF-8.
func TestLemmaValidUTF8(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"I´m", "´m", "´s", "naïve", "cafés", "résumés", "Zürich’s", "düsseldorfers", "señores", "Ωmega", "walkedé", "é"}
	for _, w := range words {
		for _, upos := range []string{"NOUN", "VERB", "AUX", "ADJ", "ADV", "PRON"} {
			if got := p.lemma.lemma(w, upos, ""); !utf8.ValidString(got) {
				t.Errorf("lemma(%q, %s) = %q: not valid UTF-8", w, upos, got)
			}
		}
	}
}
