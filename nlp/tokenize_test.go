package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenTexts returns the sentences of text as token texts joined by "|".
func tokenTexts(text string) []string {
	var out []string
	for _, s := range Tokenize(text) {
		var w []string
		for _, t := range s.Tokens {
			w = append(w, t.Text)
		}
		out = append(out, strings.Join(w, "|"))
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Titles", "President Dr Arif Alvi met Gen. Munir and Mr. Lee.",
			[]string{"President|Dr|Arif|Alvi|met|Gen.|Munir|and|Mr.|Lee|."}},
		{"Initials", "Antony J Blinken and John F. Kerry spoke.",
			[]string{"Antony|J|Blinken|and|John|F.|Kerry|spoke|."}},
		{"Hyphens", "Anwaar-ul-Haq visited Al-Quds-Al-Sharif for a 45-minute talk.",
			[]string{"Anwaar-ul-Haq|visited|Al-Quds-Al-Sharif|for|a|45-minute|talk|."}},
		{"Numbers", "About 11,000 people, or 3.5%, fled.",
			[]string{"About|11,000|people|,|or|3.5|%|,|fled|."}},
		{"CurlyPossessive", "Pakistan’s envoy met Iran's minister.",
			[]string{"Pakistan|’s|envoy|met|Iran|'s|minister|."}},
		{"Negation", "They don't agree and can't wait.",
			[]string{"They|do|n't|agree|and|ca|n't|wait|."}},
		{"Dateline", "ISLAMABAD (Dunya News) – The talks ended.",
			[]string{"ISLAMABAD|(|Dunya|News|)|–", "The|talks|ended|."}},
		{"Quotes", "He said: “We will win.” She agreed.",
			[]string{"He|said|:|“|We|will|win|.|”", "She|agreed|."}},
		{"USEnd", "He lives in the U.S. The talks ended.",
			[]string{"He|lives|in|the|U.S.", "The|talks|ended|."}},
		{"USMid", "The U.S. Army left.", []string{"The|U.S.|Army|left|."}},
		{"Headline", "Leaders Meet in Doha\n\nThe leaders met on Monday.",
			[]string{"Leaders|Meet|in|Doha", "The|leaders|met|on|Monday|."}},
		{"LowercaseAfterStop", "Is it? yes it is. “Why?” he asked.",
			[]string{"Is|it|?", "yes|it|is|.", "“|Why|?|”|he|asked|."}},
		{"Dashes", "a record—the best--ever", []string{"a|record|—|the|best|--|ever"}},
		{"ColonSentence", "He chose his words: On the same day talks resumed.",
			[]string{"He|chose|his|words|:", "On|the|same|day|talks|resumed|."}},
		{"ColonList", "The agenda: Trade, security and water.",
			[]string{"The|agenda|:|Trade|,|security|and|water|."}},
		{"StackedStops", "Was it over (until now?). Yes!!",
			[]string{"Was|it|over|(|until|now|?|)|.", "Yes|!|!"}},
		{"DatelineAfterColon", "He said this: CAIRO (Wire) - Egypt reopened the crossing.",
			[]string{"He|said|this|:", "CAIRO|(|Wire|)|-", "Egypt|reopened|the|crossing|."}},
		{"ExclaimedName", "Yahoo! and AOL met.", []string{"Yahoo|!|and|AOL|met|."}},
		{"Ellipsis", "Wait... Then go!", []string{"Wait|...", "Then|go|!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenTexts(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkOffsets fails when a token's offsets do not match its text or run
// backwards.
func checkOffsets(t *testing.T, text string) {
	t.Helper()
	last := 0
	for _, s := range Tokenize(text) {
		if s.Start > s.End || len(s.Tokens) == 0 {
			t.Fatalf("bad sentence %+v", s)
		}
		for _, tok := range s.Tokens {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v in %q", tok, text)
			}
			if strings.TrimSpace(tok.Text) == "" {
				t.Fatalf("blank token %+v in %q", tok, text)
			}
			last = tok.End
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	checkOffsets(t, "  Mr. X\t(said) “no”...\n\n\n– Y’s  n't ' '' -- - 5-6 €5 \u00a0end")
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Dr. A met B.", "U.S.’s \"x\" -- y", "a\n\nb", "...", "'s", "n't", "--5", "(((", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkOffsets(t, text)
	})
}
