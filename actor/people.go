package actor

import (
	"errors"
	"strings"
	"time"

	"parley"
)

// person is one block of people.txt: a canonical name, aliases and dated
// offices.
type person struct {
	Name    string
	Aliases []string
	Offices []office
	line    int
	// names holds the word keys of the name and each alias, set by build.
	names [][]string
}

// office is one dated office line of a person: the actor code it gives and
// the days it was held. Until is the last day held; zero means still held.
type office struct {
	Code, Title string
	Since       parley.Date
	Until       parley.Date
	line        int
}

// holds reports whether the office was held on day d.
func (o office) holds(d time.Time) bool {
	if d.Before(o.Since.Time) {
		return false
	}
	return o.Until.IsZero() || !d.After(o.Until.Time)
}

// parsePeople reads people.txt: person lines, then indented "alias: a; b"
// and "CODE FROM TO Title" lines. See docs/actors.md.
func parsePeople(file string, data []byte) ([]*person, error) {
	var out []*person
	var errs []error
	var cur *person
	dataLines(data, func(n int, line string) {
		indented := line[0] == ' ' || line[0] == '\t'
		line = strings.TrimSpace(line)
		if !indented {
			cur = &person{Name: line, line: n}
			out = append(out, cur)
			return
		}
		if cur == nil {
			errs = append(errs, lineError(file, n, "indented line before any person name"))
			return
		}
		if rest, ok := strings.CutPrefix(line, "alias:"); ok {
			as := list(rest)
			if len(as) == 0 {
				errs = append(errs, lineError(file, n, "empty alias list"))
			}
			cur.Aliases = append(cur.Aliases, as...)
			return
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			errs = append(errs, lineError(file, n, "office line %q: want CODE FROM TO Title, or alias: a; b", line))
			return
		}
		o := office{Code: f[0], Title: strings.Join(f[3:], " "), line: n}
		if !isCode(o.Code, 3, 12) {
			errs = append(errs, lineError(file, n, "code %q: want capital letters", o.Code))
			return
		}
		var err error
		if o.Since, err = parseDay(f[1], false); err != nil || o.Since.IsZero() {
			errs = append(errs, lineError(file, n, "from date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f[1]))
			return
		}
		if o.Until, err = parseDay(f[2], true); err != nil {
			errs = append(errs, lineError(file, n, "to date %q: want YYYY-MM-DD, YYYY-MM, YYYY or -", f[2]))
			return
		}
		if !o.Until.IsZero() && o.Until.Before(o.Since.Time) {
			errs = append(errs, lineError(file, n, "office ends (%s) before it starts (%s)", f[2], f[1]))
			return
		}
		cur.Offices = append(cur.Offices, o)
	})
	for _, p := range out {
		if len(p.Offices) == 0 {
			errs = append(errs, lineError(file, p.line, "%s has no office line", p.Name))
		}
	}
	return out, errors.Join(errs...)
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY; "-" is the zero Date. A
// partial date is the first day of its period, or the last when end is set.
func parseDay(s string, end bool) (parley.Date, error) {
	if s == "-" {
		return parley.Date{}, nil
	}
	for _, layout := range []struct {
		f    string
		next func(time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(s) != len(layout.f) {
			continue
		}
		t, err := time.Parse(layout.f, s)
		if err != nil {
			return parley.Date{}, err
		}
		if end {
			t = layout.next(t)
		}
		return parley.Date{Time: t}, nil
	}
	return parley.Date{}, errors.New("bad date")
}

// officeOn returns the office the person held on day d: of several, the one
// that started last. ok is false when none was held that day.
func (p *person) officeOn(d time.Time) (office, bool) {
	var best office
	ok := false
	for _, o := range p.Offices {
		if o.holds(d) && (!ok || o.Since.After(best.Since.Time)) {
			best, ok = o, true
		}
	}
	return best, ok
}

// latest returns the office that started last.
func (p *person) latest() office {
	best := p.Offices[0]
	for _, o := range p.Offices[1:] {
		if o.Since.After(best.Since.Time) {
			best = o
		}
	}
	return best
}
