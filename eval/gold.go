// Package eval scores coded documents against hand-coded gold: event recall
// and precision (overall and per CAMEO root), actor recall and claim recall,
// with the misses and false positives that explain them.
//
// The gold format and the scoring rules are those of the seeds' gold file
// (shared/gold/README.md); docs/output.md spells out every detail.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// Gold is a gold file: the events, actors and figures a careful human coder
// found in a set of documents.
type Gold struct {
	Name   string // the file it was read from
	Events []GoldEvent
	Actors []GoldActor
	Claims []GoldClaim
	// Docs lists every document the gold file names, in order of first
	// appearance.
	Docs []string
}

// GoldEvent is one hand-coded event. Source and Target are acceptable
// actor-code prefixes; nil means any actor or none.
type GoldEvent struct {
	Doc       string
	ID        string
	Must      bool // counts toward recall; otherwise an acceptable reading
	Symmetric bool // either direction matches
	Source    []string
	Target    []string
	CAMEO     []string // acceptable code prefixes
	Date      string   // exact date, YYYY-MM-DD, or ""
	DateRange [2]string
	Evidence  string
	Line      int // line in the gold file
}

// GoldActor is a person or body the document names.
type GoldActor struct {
	Doc     string
	Name    string
	Code    []string // acceptable code prefixes
	Aliases []string
	Line    int
}

// GoldClaim is a reported figure.
type GoldClaim struct {
	Doc       string
	ID        string
	What      string
	Count     int
	Qualifier string
	Since     string // YYYY-MM-DD or ""
	Place     string // ISO 3166 alpha-3 country or place name, or ""
	Evidence  string
	Line      int
}

// goldLine is one JSON line of a gold file, all kinds together.
type goldLine struct {
	Kind      string       `json:"kind"`
	Doc       string       `json:"doc"`
	ID        string       `json:"id"`
	Must      *bool        `json:"must"`
	Symmetric bool         `json:"symmetric"`
	Source    codeList     `json:"source"`
	Target    codeList     `json:"target"`
	CAMEO     codeList     `json:"cameo"`
	Date      string       `json:"date"`
	DateRange []string     `json:"date_range"`
	Evidence  string       `json:"evidence"`
	Name      string       `json:"name"`
	Code      codeList     `json:"code"`
	Aliases   []string     `json:"aliases"`
	What      string       `json:"what"`
	Count     *json.Number `json:"count"`
	Qualifier string       `json:"qualifier"`
	Since     string       `json:"since"`
	Place     string       `json:"place"`
}

// codeList is a list of code prefixes written as a JSON array, a single
// string, or null (set is false).
type codeList struct {
	codes []string
	set   bool
}

func (c *codeList) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = codeList{}
		return nil
	}
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*c = codeList{codes: []string{one}, set: true}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want a code, a list of codes or null")
	}
	*c = codeList{codes: many, set: true}
	return nil
}

// ReadGold reads a gold file in JSON Lines; blank lines and lines starting
// with '#' or "//" are skipped. Errors name the line as name:line.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	g := &Gold{Name: name}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' || bytes.HasPrefix(b, []byte("//")) {
			continue
		}
		d, err := g.add(b, line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if !seen[d] {
			seen[d] = true
			g.Docs = append(g.Docs, d)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return g, nil
}

// add reads one JSON line and returns the document it is about.
func (g *Gold) add(b []byte, line int) (string, error) {
	var l goldLine
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&l); err != nil {
		return "", fmt.Errorf("invalid JSON: %v", err)
	}
	if dec.More() {
		return "", fmt.Errorf("more than one JSON value on the line")
	}
	if strings.TrimSpace(l.Doc) == "" {
		return "", fmt.Errorf("%s: missing doc", kindName(l.Kind))
	}
	var err error
	switch l.Kind {
	case "event":
		err = g.addEvent(l, line)
	case "actor":
		err = g.addActor(l, line)
	case "claim":
		err = g.addClaim(l, line)
	default:
		return "", fmt.Errorf("kind %q: want event, actor or claim", l.Kind)
	}
	return l.Doc, err
}

func kindName(k string) string {
	if k == "" {
		return "entry"
	}
	return k
}

func (g *Gold) addEvent(l goldLine, line int) error {
	e := GoldEvent{Doc: l.Doc, ID: l.ID, Symmetric: l.Symmetric, Evidence: l.Evidence, Line: line, Date: l.Date}
	if l.Must == nil {
		return fmt.Errorf("event %s: missing must (true or false)", l.ID)
	}
	e.Must = *l.Must
	for _, f := range []struct {
		name string
		list codeList
		dst  *[]string
	}{{"source", l.Source, &e.Source}, {"target", l.Target, &e.Target}, {"cameo", l.CAMEO, &e.CAMEO}} {
		if f.list.set && len(f.list.codes) == 0 {
			return fmt.Errorf("event %s: %s is an empty list (use null for any)", l.ID, f.name)
		}
		for _, c := range f.list.codes {
			if strings.TrimSpace(c) == "" {
				return fmt.Errorf("event %s: empty %s code", l.ID, f.name)
			}
		}
		*f.dst = f.list.codes
	}
	if len(e.CAMEO) == 0 {
		return fmt.Errorf("event %s: missing cameo", l.ID)
	}
	for _, c := range e.CAMEO {
		if strings.Trim(c, "0123456789") != "" || len(c) < 2 || len(c) > 4 {
			return fmt.Errorf("event %s: cameo %q: want a code prefix of two to four digits", l.ID, c)
		}
	}
	if e.Date != "" && !isDate(e.Date) {
		return fmt.Errorf("event %s: date %q: want YYYY-MM-DD", l.ID, e.Date)
	}
	if l.DateRange != nil {
		if len(l.DateRange) != 2 || !isDate(l.DateRange[0]) || !isDate(l.DateRange[1]) || l.DateRange[0] > l.DateRange[1] {
			return fmt.Errorf("event %s: date_range %q: want [first, last] as YYYY-MM-DD", l.ID, l.DateRange)
		}
		e.DateRange = [2]string{l.DateRange[0], l.DateRange[1]}
	}
	g.Events = append(g.Events, e)
	return nil
}

func (g *Gold) addActor(l goldLine, line int) error {
	if strings.TrimSpace(l.Name) == "" {
		return fmt.Errorf("actor: missing name")
	}
	if len(l.Code.codes) == 0 {
		return fmt.Errorf("actor %s: missing code", l.Name)
	}
	g.Actors = append(g.Actors, GoldActor{Doc: l.Doc, Name: l.Name, Code: l.Code.codes, Aliases: l.Aliases, Line: line})
	return nil
}

func (g *Gold) addClaim(l goldLine, line int) error {
	if strings.TrimSpace(l.What) == "" {
		return fmt.Errorf("claim %s: missing what", l.ID)
	}
	if l.Count == nil {
		return fmt.Errorf("claim %s: missing count", l.ID)
	}
	n, err := l.Count.Int64()
	if err != nil || n < 0 || n > 1<<40 {
		return fmt.Errorf("claim %s: count %s: want a whole number", l.ID, *l.Count)
	}
	if l.Since != "" && !isDate(l.Since) {
		return fmt.Errorf("claim %s: since %q: want YYYY-MM-DD", l.ID, l.Since)
	}
	g.Claims = append(g.Claims, GoldClaim{Doc: l.Doc, ID: l.ID, What: l.What, Count: int(n),
		Qualifier: l.Qualifier, Since: l.Since, Place: l.Place, Evidence: l.Evidence, Line: line})
	return nil
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
