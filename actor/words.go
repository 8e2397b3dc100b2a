package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word or punctuation mark of a sentence as the dictionaries see
// it. Matching runs on these words, not on the nlp tokens, so that the
// dictionaries do not depend on how the tokenizer splits "Anwaar-ul-Haq" or
// "Pakistan’s"; mentions are mapped back to tokens by byte offsets.
type word struct {
	text       string // as written, hyphens and apostrophes dropped from the ends
	key        string // lower case, periods removed: the dictionary key
	start, end int    // byte offsets into the document text
	punct      bool
}

// scanWords splits text into words. base is the byte offset of text within
// the document. Letters, digits and marks form words; a hyphen or an
// apostrophe inside a word splits it without leaving a token, except that a
// possessive "'s" becomes the word "'s"; a period after a single letter
// stays with it ("J.", "U.S."); anything else that is not space is a
// punctuation word of its own.
func scanWords(text string, base int) []word {
	out := make([]word, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Abbreviations: a period between or after single letters.
				if r2 == '.' && lettersSince(text[i:j]) == 1 {
					j += n2
					continue
				}
				break
			}
			out = append(out, newWord(text[i:j], base+i, base+j))
			i = j
		case isApostrophe(r):
			// Possessive 's (or s') right after a word.
			if len(out) > 0 && out[len(out)-1].end == base+i && !out[len(out)-1].punct {
				rest := text[i+n:]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
					out = append(out, word{text: "'s", key: "'s", start: base + i, end: base + i + n + 1})
					i += n + 1
					continue
				}
			}
			i += n
		case isHyphen(r) && i > 0 && isWordRune(lastRune(text[:i])) && i+n < len(text) && isWordRune(firstRune(text[i+n:])):
			i += n // inside a word: "Anwaar-ul-Haq", "Israeli-Palestinian"
		default:
			out = append(out, word{text: string(r), key: string(r), start: base + i, end: base + i + n, punct: true})
			i += n
		}
	}
	return out
}

func newWord(s string, start, end int) word {
	key := strings.ToLower(s)
	if strings.Contains(key, ".") {
		key = strings.ReplaceAll(key, ".", "")
	}
	return word{text: s, key: key, start: start, end: end}
}

// lettersSince counts the letters after the last period in s.
func lettersSince(s string) int {
	if k := strings.LastIndexByte(s, '.'); k >= 0 {
		s = s[k+1:]
	}
	return utf8.RuneCountInString(s)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// wordKeys returns the dictionary keys of a phrase from a data file.
func wordKeys(phrase string) []word { return scanWords(phrase, 0) }

// casing classifies how a dictionary word must be written in the text.
type casing uint8

const (
	anyCase casing = iota // lower-case entry: "police", "prime minister"
	capCase               // capitalised entry: "Pakistan", "Chad"
	allCaps               // abbreviation: "UN", "US", "PM"
)

// casingOf returns the casing rule of a dictionary word.
func casingOf(s string) casing {
	upper, lower, letters := 0, 0, 0
	first := true
	firstUpper := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
		if first {
			firstUpper = unicode.IsUpper(r)
			first = false
		}
	}
	switch {
	case letters >= 2 && lower == 0:
		return allCaps
	case firstUpper:
		return capCase
	}
	return anyCase
}

// fits reports whether the text word w satisfies casing c.
func fits(c casing, w string) bool {
	switch c {
	case capCase:
		return startsUpper(w)
	case allCaps:
		return casingOf(w) == allCaps
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// shouting reports whether a run of words is written in capitals (a
// headline or dateline in all caps), where capitalisation says nothing.
func shouting(ws []word) bool {
	upper, lower := 0, 0
	for _, w := range ws {
		if w.punct {
			continue
		}
		for _, r := range w.text {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return upper > 8 && lower*5 < upper
}
