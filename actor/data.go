package actor

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// country is one line of countries.txt.
type country struct {
	Code, Region, Name string
	Names              []string // canonical name first
	Adjectives         []string
	Plurals            []string
	Capitals           []string
	line               int
}

// org is one line of orgs.txt: an IGO, a region, a group or a state body.
type org struct {
	Code, Type, Country, Sector, Name string
	Names                             []string
	line                              int
}

// agent is one line of agents.txt.
type agent struct {
	Kind, Sector, Canonical string
	Aliases                 []string
	Domestic                bool
	line                    int
}

// lineError is a problem on one line of a data file.
func lineError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// dataLines calls fn for each non-blank, non-comment line of data with its
// 1-based line number. Indentation is kept.
func dataLines(data []byte, fn func(n int, line string)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fn(n, line)
	}
}

// fields splits a "|"-separated line into exactly n trimmed fields.
func fields(line string, n int) ([]string, bool) {
	f := strings.Split(line, "|")
	if len(f) != n {
		return nil, false
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f, true
}

// list splits a ";"-separated list; "-" and "" give none.
func list(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// parseCountries reads countries.txt.
func parseCountries(file string, data []byte) ([]*country, error) {
	var out []*country
	var errs []error
	dataLines(data, func(n int, line string) {
		f, ok := fields(line, 6)
		if !ok {
			errs = append(errs, lineError(file, n, "want 6 |-separated fields (CODE | REGION | names | adjectives | plurals | capitals), got %d", strings.Count(line, "|")+1))
			return
		}
		c := &country{Code: f[0], Region: f[1], Names: list(f[2]), Adjectives: list(f[3]), Plurals: list(f[4]), Capitals: list(f[5]), line: n}
		switch {
		case !isCode(c.Code, 3, 3):
			errs = append(errs, lineError(file, n, "country code %q: want three capital letters", c.Code))
			return
		case len(c.Names) == 0:
			errs = append(errs, lineError(file, n, "country %s has no name", c.Code))
			return
		}
		if c.Region == "-" {
			c.Region = ""
		}
		c.Name = c.Names[0]
		out = append(out, c)
	})
	return out, errors.Join(errs...)
}

// orgTypes are the TYPE values orgs.txt accepts.
var orgTypes = map[string]bool{"igo": true, "region": true, "group": true, "body": true}

// parseOrgs reads orgs.txt.
func parseOrgs(file string, data []byte) ([]*org, error) {
	var out []*org
	var errs []error
	dataLines(data, func(n int, line string) {
		f, ok := fields(line, 5)
		if !ok {
			errs = append(errs, lineError(file, n, "want 5 |-separated fields (CODE | TYPE | COUNTRY | SECTOR | names), got %d", strings.Count(line, "|")+1))
			return
		}
		o := &org{Code: f[0], Type: f[1], Country: dash(f[2]), Sector: dash(f[3]), Names: list(f[4]), line: n}
		switch {
		case !isCode(o.Code, 3, 12):
			errs = append(errs, lineError(file, n, "code %q: want 3 to 12 capital letters or digits", o.Code))
			return
		case !orgTypes[o.Type]:
			errs = append(errs, lineError(file, n, "type %q: want igo, region, group or body", o.Type))
			return
		case len(o.Names) == 0:
			errs = append(errs, lineError(file, n, "%s has no name", o.Code))
			return
		}
		o.Name = o.Names[0]
		out = append(out, o)
	})
	return out, errors.Join(errs...)
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// agentKinds are the KIND values agents.txt accepts.
var agentKinds = map[string]kind{
	"title": kTitle, "agent": kAgent, "agentcue": kAgentCue, "peer": kPeer,
	"honorific": kHonorific, "modifier": kModifier, "former": kFormer, "ignore": kIgnore,
}

// parseAgents reads agents.txt.
func parseAgents(file string, data []byte) ([]*agent, error) {
	var out []*agent
	var errs []error
	dataLines(data, func(n int, line string) {
		f, ok := fields(line, 5)
		if !ok {
			errs = append(errs, lineError(file, n, "want 5 |-separated fields (KIND | SECTOR | canonical | aliases | flags), got %d", strings.Count(line, "|")+1))
			return
		}
		a := &agent{Kind: f[0], Sector: dash(f[1]), Canonical: dash(f[2]), Aliases: list(f[3]), line: n}
		if _, ok := agentKinds[a.Kind]; !ok {
			errs = append(errs, lineError(file, n, "kind %q: want title, agent, agentcue, peer, honorific, modifier, former or ignore", a.Kind))
			return
		}
		for _, flag := range strings.Fields(f[4]) {
			switch flag {
			case "domestic":
				a.Domestic = true
			default:
				errs = append(errs, lineError(file, n, "unknown flag %q", flag))
				return
			}
		}
		if len(a.Aliases) == 0 {
			errs = append(errs, lineError(file, n, "no aliases"))
			return
		}
		out = append(out, a)
	})
	return out, errors.Join(errs...)
}

// parseSectors reads sectors.txt: "CODE description" per line.
func parseSectors(file string, data []byte) (map[string]string, error) {
	out := map[string]string{}
	var errs []error
	dataLines(data, func(n int, line string) {
		code, desc, _ := strings.Cut(strings.TrimSpace(line), " ")
		if !isCode(code, 3, 3) {
			errs = append(errs, lineError(file, n, "sector code %q: want three capital letters", code))
			return
		}
		if _, dup := out[code]; dup {
			errs = append(errs, lineError(file, n, "sector %s listed twice", code))
			return
		}
		out[code] = strings.TrimSpace(desc)
	})
	return out, errors.Join(errs...)
}
