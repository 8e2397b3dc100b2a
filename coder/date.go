package coder

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"parley"
)

// dateExpr is a date expression found in a sentence.
type dateExpr struct {
	start, end int // byte offsets into the document text
	head       int // token index of the expression's syntactic head, or -1
	date       time.Time
	ok         bool // date is resolved
}

const monthRe = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	reMonthDay = regexp.MustCompile(`(?i)\b` + monthRe + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	reDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\b\.?(?:,?\s+(\d{4})\b)?`)
	reISODate  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// rePeriod finds a month or a year that dates an act without giving
	// its day: "in June", "in March 2021", "in 2021", "last year".
	// reOffset finds a time counted from another event or from now:
	// "ten days later", "two weeks earlier", "three days ago" (not "a day
	// after he was jailed", which news writes of an act of the
	// publication day).
	reOffset = regexp.MustCompile(`(?i)\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|days|week|weeks|month|months|year|years)\s+(later|earlier|ago)\b`)
	rePeriod = regexp.MustCompile(`(?i)\b(?:in|during)\s+(?:(?:early|mid|late)[- ])?` + monthRe + `\b\.?(?:,?\s+(\d{4})\b)?|\b(?:in|during)\s+(\d{4})\b|\blast\s+(year|month)\b`)
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// monthOf reads a month name or abbreviation.
func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s) && len(s) >= 3 {
			return m
		}
	}
	return 0
}

// findDates returns the date expressions of text (which starts at byte
// offset off of the document), resolved against ref. future resolves bare
// weekdays forward ("will visit on Friday").
func findDates(text string, off int, ref time.Time, future bool) []dateExpr {
	var out []dateExpr
	overlaps := func(a, b int) bool {
		return slices.ContainsFunc(out, func(e dateExpr) bool { return a < e.end-off && b > e.start-off })
	}
	add := func(a, b int, t time.Time, ok bool) {
		if !overlaps(a, b) {
			out = append(out, dateExpr{start: off + a, end: off + b, head: -1, date: t, ok: ok})
		}
	}
	lower := strings.ToLower(text)
	if strings.ContainsAny(text, "0123456789") {
		if strings.Contains(text, "-") {
			for _, m := range reISODate.FindAllStringSubmatchIndex(text, -1) {
				y, _ := strconv.Atoi(text[m[2]:m[3]])
				mo, _ := strconv.Atoi(text[m[4]:m[5]])
				d, _ := strconv.Atoi(text[m[6]:m[7]])
				t, ok := makeDate(y, time.Month(mo), d)
				add(m[0], m[1], t, ok)
			}
		}
		if hasMonth(lower) {
			for _, m := range reMonthDay.FindAllStringSubmatchIndex(text, -1) {
				if text[m[2]:m[3]] == "may" || text[m[2]:m[3]] == "MAY" {
					continue // the modal verb, not the month
				}
				d, _ := strconv.Atoi(text[m[4]:m[5]])
				t, ok := dayMonth(d, monthOf(text[m[2]:m[3]]), group(text, m, 3), ref)
				add(m[0], m[1], t, ok)
			}
			for _, m := range reDayMonth.FindAllStringSubmatchIndex(text, -1) {
				if text[m[4]:m[5]] == "may" {
					continue
				}
				d, _ := strconv.Atoi(text[m[2]:m[3]])
				t, ok := dayMonth(d, monthOf(text[m[4]:m[5]]), group(text, m, 3), ref)
				add(m[0], m[1], t, ok)
			}
		}
	}
	if strings.Contains(lower, "later") || strings.Contains(lower, "earlier") || strings.Contains(lower, " ago") {
		for _, m := range reOffset.FindAllStringSubmatchIndex(text, -1) {
			// Only "N days ago" counts from the publication date; the
			// others count from an event the sentence does not date.
			n := numberWord(strings.ToLower(text[m[2]:m[3]]))
			unit := strings.ToLower(text[m[4]:m[5]])
			if strings.EqualFold(text[m[6]:m[7]], "ago") && strings.HasPrefix(unit, "day") && n > 0 && !ref.IsZero() {
				add(m[0], m[1], ref.AddDate(0, 0, -n), true)
				continue
			}
			add(m[0], m[1], time.Time{}, false)
		}
	}
	if !ref.IsZero() && (strings.Contains(lower, "in ") || strings.Contains(lower, "during ") || strings.Contains(lower, "last ")) {
		for _, m := range rePeriod.FindAllStringSubmatchIndex(text, -1) {
			if !excludesRef(text, m, ref) {
				continue
			}
			add(m[0], m[1], time.Time{}, false)
		}
	}
	if !strings.Contains(lower, "day") && !strings.Contains(lower, "tonight") {
		return out
	}
	var prev string // the word before, for "last Monday"
	prevStart := 0
	forEachWord(text, func(w string, a, b int) {
		lw := strings.ToLower(w)
		switch wd, isDay := weekdays[lw]; {
		case isDay && w[0] >= 'A' && w[0] <= 'Z':
			p := strings.ToLower(prev)
			start := a
			if p == "last" || p == "this" || p == "next" {
				start = prevStart
			}
			t, ok := weekday(wd, ref, p == "last", future || p == "next")
			add(start, b, t, ok)
		case lw == "yesterday" || lw == "today" || lw == "tonight":
			if ref.IsZero() {
				add(a, b, time.Time{}, false)
				break
			}
			t := ref
			if lw == "yesterday" {
				t = ref.AddDate(0, 0, -1)
			}
			add(a, b, t, true)
		}
		prev, prevStart = w, a
	})
	return out
}

// numberWord reads a small count written in digits or words ("a" is one).
func numberWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if w == "a" {
		return 1
	}
	return slices.Index([]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}, w)
}

// excludesRef reports whether the period rePeriod matched (m) in text
// lies wholly before or after the reference date ref, so that ref cannot
// stand for its day: "in 2021" or "in March" in an article of June 2024,
// "last year". A period that holds ref ("in June" in that article) may.
func excludesRef(text string, m []int, ref time.Time) bool {
	switch {
	case m[8] >= 0: // last year, last month
		return true
	case m[6] >= 0: // a year
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		return y != ref.Year()
	}
	mo := monthOf(text[m[2]:m[3]])
	if mo == 0 || text[m[2]:m[3]] == "may" || text[m[2]:m[3]] == "May" && m[4] < 0 {
		return false // "in may" is the verb; a bare "in May" is too ambiguous to read
	}
	y := ref.Year()
	if m[4] >= 0 {
		y, _ = strconv.Atoi(text[m[4]:m[5]])
	} else if mo > ref.Month()+1 {
		y-- // "in December" in an article of January: the December before
	}
	return y != ref.Year() || mo != ref.Month()
}

// forEachWord calls fn with each run of ASCII letters in text and its
// byte offsets.
func forEachWord(text string, fn func(w string, a, b int)) {
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z')
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			fn(text[start:i], start, i)
			start = -1
		}
	}
}

// hasMonth reports whether lower may name a month, to spare the month
// regular expressions most sentences.
func hasMonth(lower string) bool {
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// group returns submatch i of m in text, or "".
func group(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// makeDate builds a valid calendar date.
func makeDate(y int, mo time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// dayMonth resolves a day and month with an optional year; without one
// the year is the reference date's, or the one before when that would put
// the date more than a month after the reference ("December 15" in an
// article of January 3).
func dayMonth(d int, mo time.Month, year string, ref time.Time) (time.Time, bool) {
	if mo == 0 {
		return time.Time{}, false
	}
	if year != "" {
		y, _ := strconv.Atoi(year)
		return makeDate(y, mo, d)
	}
	if ref.IsZero() {
		return time.Time{}, false
	}
	t, ok := makeDate(ref.Year(), mo, d)
	if ok && t.After(ref.AddDate(0, 1, 0)) {
		t, ok = makeDate(ref.Year()-1, mo, d)
	}
	return t, ok
}

// weekday resolves a weekday name: the most recent such day on or before
// ref ("on Wednesday" in a Wednesday article is that day), strictly before
// it after "last", and the next one on or after it for future events.
func weekday(wd time.Weekday, ref time.Time, last, future bool) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	if future {
		return ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+7)%7), true
	}
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	if last && back == 0 {
		back = 7
	}
	return ref.AddDate(0, 0, -back), true
}

// sinceDate resolves "since October 7": the most recent such day on or
// before ref.
func sinceDate(mo time.Month, d int, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	t, ok := makeDate(ref.Year(), mo, d)
	if ok && t.After(ref) {
		t, ok = makeDate(ref.Year()-1, mo, d)
	}
	return t, ok
}

// referenceDate is the date relative expressions resolve against: the
// publication date, or else the first full date in the article's opening
// lines (a byline date such as "December 28, 2023"); zero when neither.
func referenceDate(doc *parley.Document) time.Time {
	if !doc.Published.IsZero() {
		t := doc.Published.Time
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	head := doc.Text
	if len(head) > 600 {
		head = head[:600]
	}
	var best dateExpr
	for _, e := range findDates(head, 0, time.Time{}, false) {
		if e.ok && (best.end == 0 || e.start < best.start) {
			best = e
		}
	}
	if best.end > 0 {
		doc.Diagnostics = append(doc.Diagnostics, parley.Diagnostic{
			Stage: "coder", Start: best.start, End: best.end,
			Message: "no publication date: relative dates resolved against " + best.date.Format(time.DateOnly) + ", found in the opening lines",
		})
		return best.date
	}
	return time.Time{}
}
