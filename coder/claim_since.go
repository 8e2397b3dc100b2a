package coder

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"parley"
)

//go:embed data/figure_epochs.txt
var epochData []byte

// Epoch is a day that names the start of a war or crisis ("since October
// 7"), recognised by words the document uses.
type Epoch struct {
	Date    time.Time
	Context []string // lowercase words, matched whole and case aside
	Rule    string
}

// epochs parses the embedded epoch table once.
var epochs = sync.OnceValues(func() ([]Epoch, error) {
	return ParseEpochs(bytes.NewReader(epochData), "coder/data/figure_epochs.txt")
})

// ParseEpochs reads an epoch table in the format of
// data/figure_epochs.txt: DATE | CONTEXT WORDS per line. Errors name the
// input and line as name:line.
func ParseEpochs(r io.Reader, name string) ([]Epoch, error) {
	var out []Epoch
	err := readDataLines(r, name, func(line int, text string) error {
		date, words, ok := strings.Cut(text, "|")
		if !ok {
			return fmt.Errorf("want DATE | CONTEXT WORDS")
		}
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(date))
		if err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", strings.TrimSpace(date))
		}
		e := Epoch{Date: t, Rule: fmt.Sprintf("%s:%d", name, line)}
		for _, w := range splitList(words) {
			if !utf8.ValidString(w) {
				return fmt.Errorf("context word %q: not valid text", w)
			}
			e.Context = append(e.Context, strings.ToLower(w))
		}
		if len(e.Context) == 0 {
			return fmt.Errorf("no context words")
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// reSince matches an as-of date: "since October 7", "since Oct. 7, 2023",
// "since 7 October", "since the October 7 attack", "since the Hamas-led
// October 7 attacks".
var reSince = regexp.MustCompile(`(?i)\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:` +
	monthRe + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\b\.?)(?:,?\s+(\d{4})\b)?`)

// since resolves the as-of date of a figure in sentence s: the year as
// written, else the epoch the document's words point to, else the most
// recent such day on or before the reference date; zero when unknown.
func (d *docState) since(s *sent) parley.Date {
	if !slices.Contains(s.lemmas, "since") {
		return parley.Date{}
	}
	m := reSince.FindStringSubmatch(s.s.Text(d.doc))
	if m == nil {
		return parley.Date{}
	}
	mo, day := monthOf(m[1]), m[2]
	if m[1] == "" {
		mo, day = monthOf(m[4]), m[3]
	}
	dn, _ := strconv.Atoi(day)
	if m[5] != "" {
		y, _ := strconv.Atoi(m[5])
		if t, ok := makeDate(y, mo, dn); ok {
			return parley.Date{Time: t}
		}
		return parley.Date{}
	}
	if t, ok := d.epoch(mo, dn); ok {
		return parley.Date{Time: t}
	}
	if t, ok := sinceDate(mo, dn, d.ref); ok {
		return parley.Date{Time: t}
	}
	return parley.Date{}
}

// epoch returns the epoch on month mo, day dn that the document's words
// point to, when the document is not older than it.
func (d *docState) epoch(mo time.Month, dn int) (time.Time, bool) {
	eps, err := epochs()
	if err != nil {
		return time.Time{}, false
	}
	text := ""
	for _, e := range eps {
		if e.Date.Month() != mo || e.Date.Day() != dn || !d.ref.IsZero() && d.ref.Before(e.Date) {
			continue
		}
		if text == "" {
			text = strings.ToLower(d.doc.Text)
		}
		for _, w := range e.Context {
			if containsWord(text, w) {
				return e.Date, true
			}
		}
	}
	return time.Time{}, false
}

// containsWord reports whether text holds w as a whole word.
func containsWord(text, w string) bool {
	for i := 0; w != "" && i <= len(text)-len(w); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !isWordByte(text[a-1])) && (b == len(text) || !isWordByte(text[b])) {
			return true
		}
		i = a + 1
	}
	return false
}

// isWordByte reports whether c continues a word (ASCII letters, digits;
// any byte of a multi-byte letter).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
