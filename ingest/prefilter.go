package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The functions here are cheap necessary conditions checked before a
// regexp runs: when one says no, the regexp could not have matched, so
// the outcome is the same and only the regexp's cost is saved. Fuzz tests
// check each against its regexp.

// hasFoldRune reports whether s holds ſ (long s) or K (Kelvin sign), the
// only non-ASCII letters that a case-insensitive regexp matches to an
// ASCII letter (s and k). The ASCII checks below cannot see them, so text
// holding one is left to the regexp.
func hasFoldRune(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// containsFold reports whether s contains sub, which must be lower-case
// ASCII, ignoring the case of ASCII letters.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && equalFoldASCII(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s equals sub, which must be lower-case
// ASCII, ignoring the case of ASCII letters in s.
func equalFoldASCII(s, sub string) bool {
	for i := 0; i < len(sub); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[i] {
			return false
		}
	}
	return true
}

// navFirstWords are the first words of the lines navRE matches.
var navFirstWords = map[string]bool{
	"back": true, "share": true, "tweet": true, "print": true, "email": true, "follow": true,
	"subscribe": true, "sign": true, "advertisement": true, "sponsored": true, "click": true,
	"skip": true, "main": true, "menu": true, "search": true, "home": true, "loading": true,
	"comment": true, "comments": true, "leave": true, "related": true, "more": true, "most": true,
	"trending": true, "you": true, "recommended": true, "tag": true, "tags": true, "filed": true,
	"posted": true, "previous": true, "next": true, "continue": true, "whatsapp": true, "join": true,
}

// isNavLine reports whether navRE matches p. Every line navRE matches
// starts with a digit or with one of navFirstWords, whole: the next byte
// is not an ASCII letter.
func isNavLine(p string) bool {
	if p == "" || p[0] >= utf8.RuneSelf || '0' <= p[0] && p[0] <= '9' || hasFoldRune(p) {
		return navRE.MatchString(p)
	}
	var buf [len("advertisement")]byte // the longest first word
	j := 0
	for j < len(p) && isASCIILetter(p[j]) {
		if j == len(buf) {
			return false
		}
		buf[j] = p[j] | 0x20
		j++
	}
	return navFirstWords[string(buf[:j])] && navRE.MatchString(p)
}

// logoWords are the pieces of text that every match of logoRE holds.
var logoWords = []string{"logo", "icon", "thumbnail", "featured image", ".png", ".jp", ".gif", ".svg", ".webp"}

// isLogoLine reports whether logoRE matches p.
func isLogoLine(p string) bool {
	if !hasFoldRune(p) {
		found := false
		for _, w := range logoWords {
			if containsFold(p, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return logoRE.MatchString(p)
}

// months holds the first three letters of each month name, the part of
// monthRE that every match holds.
var months = map[[3]byte]bool{
	{'j', 'a', 'n'}: true, {'f', 'e', 'b'}: true, {'m', 'a', 'r'}: true, {'a', 'p', 'r'}: true,
	{'m', 'a', 'y'}: true, {'j', 'u', 'n'}: true, {'j', 'u', 'l'}: true, {'a', 'u', 'g'}: true,
	{'s', 'e', 'p'}: true, {'o', 'c', 't'}: true, {'n', 'o', 'v'}: true, {'d', 'e', 'c'}: true,
}

// monthIndex returns the first index in s at which a month name that
// mdyRE or dmyRE would match may start, or -1 when there is none: every
// such name starts with a month's first three letters.
func monthIndex(s string) int {
	if hasFoldRune(s) {
		return 0
	}
	for i := 0; i+3 <= len(s); i++ {
		if isASCIILetter(s[i]) && months[[3]byte{s[i] | 0x20, s[i+1] | 0x20, s[i+2] | 0x20}] {
			return i
		}
	}
	return -1
}

// mayStartWithDateField reports whether datePrefixRE may match p: its
// field names start with d, p or u.
func mayStartWithDateField(p string) bool {
	return p != "" && strings.IndexByte("dDpPuU", p[0]) >= 0
}

// mayBeDateline reports whether parseDateline may accept p. It accepts only
// a match of datelineRE whose separator is a dash or colon or that holds a
// parenthesis, so one of -–—:( must come after an opening that datelineRE
// allows: up to the first comma, the place (capitalised words of letters
// and .'’/); from the comma on, a region and a date (letters, digits,
// .'’, spaces and commas, well under 64 runes besides spaces).
func mayBeDateline(p string) bool {
	if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
		return false
	}
	comma, space := false, false
	words, afterComma := 1, 0
	for _, r := range p {
		switch {
		case r == '-' || r == '–' || r == '—' || r == ':' || r == '(':
			return true
		case r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r':
			space = true
			continue
		case unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’':
		case r == ',':
			comma = true
		case '0' <= r && r <= '9':
			if !comma {
				return false // a place has no digits
			}
		case r == '/':
			if comma {
				return false // nor do a region and a date
			}
		default:
			return false
		}
		if comma {
			if afterComma++; afterComma > 64 {
				return false
			}
		} else if space {
			// A place word starts with a capital; there are at most four.
			if words++; words > 4 || !unicode.IsUpper(r) {
				return false
			}
		}
		space = false
	}
	return false
}

// hasCurlyQuote reports whether s holds “ or ”. Searching for each is
// much faster than strings.ContainsAny with non-ASCII runes in its set,
// which decodes every rune of s.
func hasCurlyQuote(s string) bool {
	return strings.Contains(s, "“") || strings.Contains(s, "”")
}
