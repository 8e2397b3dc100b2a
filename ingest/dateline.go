package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"parley"
)

const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDateRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	mdyRE     = regexp.MustCompile(`(?i)` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b`)
	// datePrefixRE matches a leading metadata field such as "date 2023-12-20".
	datePrefixRE = regexp.MustCompile(`(?i)^(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*`)
)

// findDate returns the first full calendar date (with a year) in s and the
// byte span it covers. A date without a year is not a date here: it stays
// unknown rather than guessed.
func findDate(s string) (parley.Time, int, int, bool) {
	type hit struct {
		t          time.Time
		start, end int
	}
	if !hasYear(s) {
		return parley.Time{}, 0, 0, false
	}
	var best *hit
	try := func(t time.Time, ok bool, start, end int) {
		if ok && (best == nil || start < best.start) {
			best = &hit{t, start, end}
		}
	}
	// An ISO date holds a hyphen and the others a month name: the cheap
	// checks spare the regexps on most lines with a year.
	if strings.IndexByte(s, '-') >= 0 {
		if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
			y, mo, d := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
			t, ok := mkdate(y, time.Month(mo), d)
			try(t, ok, m[0], m[1])
		}
	}
	if mi := monthIndex(s); mi >= 0 {
		// An mdyRE match starts with its month, so none starts before mi.
		if m := findFrom(mdyRE, s, mi); m != nil {
			t, ok := mkdate(atoi(s[m[6]:m[7]]), month(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
			try(t, ok, m[0], m[1])
		}
		if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
			t, ok := mkdate(atoi(s[m[6]:m[7]]), month(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
			try(t, ok, m[0], m[1])
		}
	}
	if best == nil {
		return parley.Time{}, 0, 0, false
	}
	return parley.Time{Time: best.t, DateOnly: true}, best.start, best.end, true
}

// findFrom is re.FindStringSubmatchIndex(s) for a regexp that starts with
// no assertion about what precedes it (no ^ or \b) and is known to have
// no match starting before index from.
func findFrom(re *regexp.Regexp, s string, from int) []int {
	m := re.FindStringSubmatchIndex(s[from:])
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	return m
}

// hasYear reports whether s holds a run of exactly four digits, which
// every date findDate accepts must have; most text has none.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func month(s string) time.Month {
	s = strings.ToLower(s)
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:min(3, len(s))]) {
			return m
		}
	}
	return 0
}

// mkdate builds a UTC date, rejecting impossible days and implausible years.
func mkdate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// dateline is what the opening of an article's first body paragraph says
// about where, when and by whom it was filed.
type dateline struct {
	Place     string
	Source    string
	Published parley.Time
}

var (
	// datelineRE matches a dateline at the start of a paragraph: a place,
	// optional ", Region" and ", Date" parts, an optional "(Agency)" or
	// "(Agency - Date)" part, then a dash or colon, or the parenthesis alone.
	datelineRE = regexp.MustCompile(`^([\p{Lu}][\p{L}.'’-]*(?:[ /][\p{Lu}][\p{L}.'’-]*){0,3})` +
		`((?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}?)?)` +
		`((?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|,\s*\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?(?:,?\s+\d{4})?)?)` +
		`,?\s*(\(([^()]{1,100})\))?` +
		`\s*([-–—:]\s|\s(?:\p{Lu}|["“]))`)
)

// parseDateline reads a dateline such as "ISLAMABAD (Dunya News) – ",
// "Islamabad, Pakistan – ", "WASHINGTON, March 5, 2024 (Reuters) - " or
// "ISLAMABAD, (UrduPoint / Pakistan Point News - 20th Dec, 2023) " at the
// start of p. The paragraph itself is left as it is.
func parseDateline(p string) (dateline, bool) {
	if len(p) > 200 {
		p = p[:200]
	}
	if !mayBeDateline(p) {
		return dateline{}, false
	}
	return matchDateline(p)
}

// matchDateline is parseDateline without the cheap check first.
func matchDateline(p string) (dateline, bool) {
	m := datelineRE.FindStringSubmatch(p)
	if m == nil {
		return dateline{}, false
	}
	place, region, date, paren, inner, sep := m[1], m[2], m[3], m[4], m[5], strings.TrimSpace(m[6])
	allCaps := isAllCaps(place)
	dash := sep == "-" || sep == "–" || sep == "—"
	switch {
	case allCaps && (dash || sep == ":" || paren != "" || region != "" || date != ""):
	case !allCaps && dash && (paren != "" || region != "" || date != ""):
	default:
		return dateline{}, false
	}
	if !dash && sep != ":" && paren == "" {
		return dateline{}, false
	}
	d := dateline{Place: titleCase(place)}
	if t, _, _, ok := findDate(date); ok {
		d.Published = t
	}
	if paren != "" {
		src := inner
		if t, start, _, ok := findDate(inner); ok {
			if d.Published.IsZero() {
				d.Published = t
			}
			src = inner[:start]
		}
		src = strings.TrimRight(strings.TrimSpace(src), " -–—,")
		if words(src) <= 6 && src != "" && !strings.ContainsAny(src, "0123456789") {
			d.Source = src
		}
	}
	return d, true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleCase turns "NEW YORK" into "New York", "PORT-AU-PRINCE" into
// "Port-au-Prince" and "N'DJAMENA" into "N'Djamena"; mixed-case names are
// kept as they are.
func titleCase(s string) string {
	if !isAllCaps(s) {
		return s
	}
	var b strings.Builder
	for i, part := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '/' }) {
		if i > 0 {
			b.WriteByte(s[b.Len()]) // the separator, as it stands in s
		}
		for j, piece := range strings.Split(part, "-") {
			if j > 0 {
				b.WriteByte('-')
				if hyphenWords[piece] {
					b.WriteString(piece)
					continue
				}
			}
			b.WriteString(upperFirst(piece))
		}
	}
	if b.Len() != len(s) {
		return s // separators doubled or odd runes: keep the original
	}
	return b.String()
}

// hyphenWords stay lower-case inside hyphenated place names.
var hyphenWords = map[string]bool{"au": true, "aux": true, "en": true, "de": true, "la": true, "le": true,
	"les": true, "sur": true, "du": true, "des": true, "al": true, "el": true, "on": true, "upon": true}

// upperFirst upper-cases the first letter of w, and the letter after a
// one-letter elided prefix ("n'djamena" → "N'Djamena").
func upperFirst(w string) string {
	r := []rune(w)
	if len(r) == 0 {
		return w
	}
	r[0] = unicode.ToUpper(r[0])
	if len(r) > 2 && (r[1] == '\'' || r[1] == '’') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}
