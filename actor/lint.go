package actor

import (
	"fmt"
	"sort"
	"strings"
)

// Lint checks the dictionaries for mistakes a loader cannot see: the same
// phrase naming two different things, a person holding the same office
// twice at once, and codes that name no known country, sector or
// organisation. Each problem is reported as file:line: message.
func (r *Resolver) Lint() []string {
	d := r.d
	var out []string
	add := func(file string, line int, format string, args ...any) {
		out = append(out, fmt.Sprintf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
	}
	// Duplicate phrases.
	keys := make([]string, 0, len(d.phrases))
	for k := range d.phrases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		es := d.phrases[k]
		for i := 1; i < len(es); i++ {
			if !sameTarget(es[0], es[i]) {
				f, l := es[i].source()
				f0, l0 := es[0].source()
				add(f, l, "%q also names %s (%s:%d)", es[i].phrase, es[0].describe(), f0, l0)
			}
		}
	}
	// Region, country and sector codes.
	for _, c := range d.countries {
		if o := d.orgs[c.Region]; c.Region != "" && (o == nil || o.Type != "region") {
			add("countries.txt", c.line, "%s: unknown region %q", c.Code, c.Region)
		}
	}
	for _, o := range d.orgList {
		if o.Country != "" && d.countries[o.Country] == nil {
			add("orgs.txt", o.line, "%s: unknown country %q", o.Code, o.Country)
		}
		if o.Sector != "" && d.sectors[o.Sector] == "" {
			add("orgs.txt", o.line, "%s: unknown sector %q", o.Code, o.Sector)
		}
		if o.Country != "" && !strings.HasPrefix(o.Code, o.Country) {
			add("orgs.txt", o.line, "%s: code does not start with its country %s", o.Code, o.Country)
		}
	}
	for _, a := range d.agents {
		if a.Sector != "" && d.sectors[a.Sector] == "" {
			add("agents.txt", a.line, "unknown sector %q", a.Sector)
		}
	}
	// People: codes and overlapping offices.
	for _, p := range d.people {
		for i, o := range p.Offices {
			if msg := d.checkCode(o.Code); msg != "" {
				add("people.txt", o.line, "%s: %s", p.Name, msg)
			}
			for _, q := range p.Offices[:i] {
				if q.Code == o.Code && strings.EqualFold(q.Title, o.Title) && overlap(q, o) {
					add("people.txt", o.line, "%s: %s %q overlaps the same office on line %d", p.Name, o.Code, o.Title, q.line)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// checkCode explains what is wrong with an office code, or returns "".
func (d *dict) checkCode(code string) string {
	if d.orgs[code] != nil {
		return ""
	}
	if strings.HasPrefix(code, "IGO") {
		return fmt.Sprintf("unknown organisation code %q (add it to orgs.txt)", code)
	}
	if len(code) < 6 || len(code)%3 != 0 {
		return fmt.Sprintf("code %q: want COUNTRY+SECTOR (PAKGOV) or an orgs.txt code", code)
	}
	if d.countries[code[:3]] == nil {
		return fmt.Sprintf("code %q: unknown country %q", code, code[:3])
	}
	if d.sectors[code[3:6]] == "" {
		return fmt.Sprintf("code %q: unknown sector %q", code, code[3:6])
	}
	return ""
}

// overlap reports whether two offices were held on a common day other than
// a handover day.
func overlap(a, b office) bool {
	aEnd, bEnd := a.Until.Time, b.Until.Time
	return (a.Until.IsZero() || aEnd.After(b.Since.Time)) && (b.Until.IsZero() || bEnd.After(a.Since.Time))
}

// sameTarget reports whether two entries name the same thing.
func sameTarget(a, b *entry) bool {
	switch {
	case a.country != nil && b.country != nil:
		return a.country == b.country && a.kind == b.kind
	case a.org != nil && b.org != nil:
		return a.org == b.org
	case a.agent != nil && b.agent != nil:
		return a.agent == b.agent
	case a.person != nil && b.person != nil:
		return a.person == b.person
	}
	return false
}

// source returns the data file and line an entry comes from.
func (e *entry) source() (string, int) {
	switch {
	case e.country != nil:
		return "countries.txt", e.country.line
	case e.org != nil:
		return "orgs.txt", e.org.line
	case e.agent != nil:
		return "agents.txt", e.agent.line
	case e.person != nil:
		return "people.txt", e.person.line
	}
	return "?", 0
}

// describe names what an entry stands for.
func (e *entry) describe() string {
	switch {
	case e.country != nil:
		return e.country.Code
	case e.org != nil:
		return e.org.Code
	case e.agent != nil:
		return e.agent.Kind + " " + e.agent.Canonical
	case e.person != nil:
		return e.person.Name
	}
	return "?"
}
