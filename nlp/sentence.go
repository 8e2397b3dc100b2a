package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are abbreviations that precede a name, so a sentence never ends
// after them.
var titles = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt",
	"sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "pres", "rev", "hon", "st", "mt", "fr",
	"sr", "jr", "messrs", "brig", "supt", "insp", "amb", "no", "nos", "vs", "v", "ft", "pp", "p",
	"fig", "art", "sec", "vol", "ch", "approx", "ca", "cf", "al", "op", "ed", "eds",
	"rs") // rupees, before an amount: "Rs. 5 billion"

// abbrevs are other abbreviations written with a final period, which may
// also end a sentence.
var abbrevs = setOf("inc", "ltd", "co", "corp", "bros", "plc", "llc", "dept", "univ", "assn",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"etc", "est", "ave", "blvd", "rd", "hwy", "mins", "hrs", "min", "govt", "intl", "natl")

// starters are words that usually begin a new sentence after an
// abbreviation such as "U.S." or "Inc.".
var starters = setOf("the", "he", "she", "it", "they", "we", "i", "this", "that", "these",
	"those", "but", "in", "a", "an", "and", "however", "there", "his", "her", "their", "its",
	"on", "at", "for", "if", "as", "when", "after", "meanwhile", "earlier", "later", "also",
	"you", "our", "my", "what", "why", "how", "who", "some", "many", "both", "according")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isAbbrev reports whether w (without its final period) is an abbreviation
// that keeps the period: a known abbreviation, an initial ("J"), or a word
// with inner periods ("U.S", "e.g").
func isAbbrev(w string) bool {
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	if titles[lw] || abbrevs[lw] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsLetter(r) {
		return true
	}
	if strings.Contains(w, ".") {
		for _, r := range w {
			if r != '.' && !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	return false
}

// splitSentences groups the token spans of one paragraph into sentences.
func splitSentences(text string, spans []span) [][]span {
	var out [][]span
	start := 0
	for i := 0; i < len(spans); i++ {
		if i == start {
			// A dateline opening a sentence is a sentence of its own.
			if k := datelineEnd(text, spans[start:]); k > 0 {
				out = append(out, spans[start:start+k])
				start += k
				i = start - 1
				continue
			}
		}
		j, ok := sentenceEnd(text, spans, i)
		if !ok {
			continue
		}
		out = append(out, spans[start:j])
		start = j
		i = j - 1
	}
	if start < len(spans) {
		out = append(out, spans[start:])
	}
	return out
}

// sentenceEnd reports whether a sentence ends at token i and, if so, the
// index of the first token of the next sentence.
func sentenceEnd(text string, spans []span, i int) (int, bool) {
	w := text[spans[i].start:spans[i].end]
	if w == ":" {
		// "… his choice of words: On the same day …": a colon ends a
		// sentence before a capitalised word followed by a lowercase one.
		if i+2 < len(spans) && startsUpper(text[spans[i+1].start:spans[i+1].end]) &&
			startsLowerWord(text[spans[i+2].start:spans[i+2].end]) || datelineEnd(text, spans[i+1:]) > 0 {
			return i + 1, true
		}
		return 0, false
	}
	if !endsSentence(text, spans, i) {
		return 0, false
	}
	// Closing quotes and brackets, and more stops, stay with the sentence
	// they close ("(until gone?).", "??)").
	j := i + 1
	// shouts counts the exclamation and question marks of the stop.
	closed, shouts := false, strings.Count(w, "!")+strings.Count(w, "?")
	for j < len(spans) {
		t := text[spans[j].start:spans[j].end]
		if isCloser(t) && spans[j].start == spans[j-1].end {
			closed = true
			j++
			continue
		}
		if strings.Trim(t, ".?!;,") == "" {
			shouts += strings.Count(t, "!") + strings.Count(t, "?")
			j++
			continue
		}
		break
	}
	// A lowercase word goes on the sentence after a bare full stop or
	// question mark, or a run of marks ("ASAP!!! esp"), but not after a
	// quoted question ("“Why?” he asked") or a single exclamation that may
	// be part of a name ("Yahoo! and").
	if j < len(spans) && !startsSentence(text, spans, j) &&
		(closed || shouts < 2 && (j > i+1 || w != "." && w != "?")) {
		return 0, false
	}
	return j, true
}

// startsLowerWord reports whether w begins with a lowercase letter.
func startsLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// datelineEnd returns the number of tokens of a dateline opening the
// paragraph ("ISLAMABAD (Dunya News) –", "GAZA, Nov 5 (Reuters) -"): an
// upper-case place, at most eight more tokens and a dash. It returns 0 when
// the paragraph has none.
func datelineEnd(text string, spans []span) int {
	if len(spans) < 3 {
		return 0
	}
	first := text[spans[0].start:spans[0].end]
	if len(first) < 2 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return 0
	}
	for k := 1; k < len(spans)-1 && k <= 9; k++ {
		w := text[spans[k].start:spans[k].end]
		switch {
		case w == "-" || w == "--" || strings.ContainsAny(w, dashes) && utf8.RuneCountInString(w) == 1:
			return k + 1
		case w == "." || w == "!" || w == "?":
			return 0
		}
	}
	return 0
}

// endsSentence reports whether token i may end a sentence.
func endsSentence(text string, spans []span, i int) bool {
	w := text[spans[i].start:spans[i].end]
	switch {
	case w == "." || w == "!" || w == "?" || w == "…" || strings.HasPrefix(w, ".."):
		return true
	case strings.Trim(w, "!?") == "":
		return true
	case len(w) > 1 && w[len(w)-1] == '.':
		// An abbreviation keeping its period ends a sentence only before a
		// typical sentence opener; titles and initials never do.
		core := strings.ToLower(w[:len(w)-1])
		if titles[core] || utf8.RuneCountInString(core) == 1 || i+1 >= len(spans) {
			return i+1 >= len(spans)
		}
		next := text[spans[i+1].start:spans[i+1].end]
		return starters[strings.ToLower(next)] && startsUpper(next)
	}
	return false
}

// startsSentence reports whether token j can open a sentence.
func startsSentence(text string, spans []span, j int) bool {
	w := text[spans[j].start:spans[j].end]
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLower(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "}", "»", "›":
		return true
	}
	return false
}
