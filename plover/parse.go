package plover

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley"
)

// Parse reads a types file in the format of data/plover.txt and a CAMEO
// mapping in the format of data/cameo2plover.txt. Every type and mode the
// mapping names must be defined in the types file. Errors name the line as
// name:line.
func Parse(types io.Reader, typesName string, cameo io.Reader, cameoName string) (*Codebook, error) {
	c := &Codebook{byName: map[string]int{}, cameo: map[string]parley.PLOVER{}, cues: map[string][]modeCues{}}
	if err := eachLine(types, typesName, c.parseTypeLine); err != nil {
		return nil, err
	}
	if len(c.types) == 0 {
		return nil, fmt.Errorf("%s: no types", typesName)
	}
	for _, t := range c.types {
		for _, m := range t.Modes {
			c.cues[t.Name] = append(c.cues[t.Name], compileCues(m))
		}
	}
	if err := eachLine(cameo, cameoName, c.parseCAMEOLine); err != nil {
		return nil, err
	}
	if len(c.cameo) == 0 {
		return nil, fmt.Errorf("%s: no codes", cameoName)
	}
	return c, nil
}

// eachLine calls fn on every line that is neither blank nor a comment,
// prefixing its error with name:line.
func eachLine(r io.Reader, name string, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(text); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

// parseTypeLine reads a type line (TYPE TAB QUAD TAB DEFINITION) or, when
// the line starts with a tab, a mode line of the last type.
func (c *Codebook) parseTypeLine(text string) error {
	if strings.HasPrefix(text, "\t") {
		return c.parseModeLine(text[1:])
	}
	f := strings.Split(text, "\t")
	if len(f) != 3 {
		return fmt.Errorf("type line: want TYPE<TAB>QUAD<TAB>DEFINITION, got %d fields", len(f))
	}
	name, def := strings.TrimSpace(f[0]), strings.TrimSpace(f[2])
	if name == "" || strings.ToUpper(name) != name || strings.ContainsAny(name, " ,") {
		return fmt.Errorf("type %q: want an upper-case name", name)
	}
	if _, dup := c.byName[name]; dup {
		return fmt.Errorf("type %s: duplicate", name)
	}
	q, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil || q < 1 || q > 4 {
		return fmt.Errorf("type %s: quad class %q: want 1 to 4", name, f[1])
	}
	if def == "" {
		return fmt.Errorf("type %s: empty definition", name)
	}
	c.byName[name] = len(c.types)
	c.types = append(c.types, Type{Name: name, QuadClass: q, Definition: def})
	return nil
}

// parseModeLine reads MODE TAB DEFINITION [TAB CUES] for the last type.
func (c *Codebook) parseModeLine(text string) error {
	if len(c.types) == 0 {
		return fmt.Errorf("mode line before any type")
	}
	t := &c.types[len(c.types)-1]
	f := strings.Split(text, "\t")
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("mode line: want <TAB>MODE<TAB>DEFINITION[<TAB>CUES], got %d fields", len(f))
	}
	name, def := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
	if name == "" || strings.ToLower(name) != name || strings.ContainsAny(name, " ,") {
		return fmt.Errorf("mode %q: want a lower-case name", name)
	}
	for _, m := range t.Modes {
		if m.Name == name {
			return fmt.Errorf("mode %s %s: duplicate", t.Name, name)
		}
	}
	if def == "" {
		return fmt.Errorf("mode %s %s: empty definition", t.Name, name)
	}
	m := Mode{Name: name, Definition: def}
	if len(f) == 3 {
		for _, cue := range strings.Split(f[2], ",") {
			cue = strings.Join(strings.Fields(cue), " ")
			if cue == "" {
				return fmt.Errorf("mode %s %s: empty cue", t.Name, name)
			}
			if cue != strings.ToLower(cue) || cue == "*" {
				return fmt.Errorf("mode %s %s: cue %q: want lower-case words", t.Name, name, cue)
			}
			m.Cues = append(m.Cues, cue)
		}
	}
	t.Modes = append(t.Modes, m)
	return nil
}

// parseCAMEOLine reads CODE TAB TYPE TAB MODE [# comment], with "-" for an
// empty type or mode.
func (c *Codebook) parseCAMEOLine(text string) error {
	text, _, _ = strings.Cut(text, "#")
	f := strings.Split(strings.TrimRight(text, " \t"), "\t")
	if len(f) != 3 {
		return fmt.Errorf("want CODE<TAB>TYPE<TAB>MODE, got %d fields", len(f))
	}
	code, typ, mode := strings.TrimSpace(f[0]), dash(f[1]), dash(f[2])
	if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return fmt.Errorf("CAMEO code %q: want two to four digits", code)
	}
	if _, dup := c.cameo[code]; dup {
		return fmt.Errorf("CAMEO code %s: duplicate", code)
	}
	if typ == "" && mode != "" {
		return fmt.Errorf("CAMEO code %s: mode %q without a type", code, mode)
	}
	if typ != "" {
		i, ok := c.byName[typ]
		if !ok {
			return fmt.Errorf("CAMEO code %s: unknown PLOVER type %q", code, typ)
		}
		if mode != "" && !hasMode(c.types[i], mode) {
			return fmt.Errorf("CAMEO code %s: type %s has no mode %q", code, typ, mode)
		}
	}
	c.cameo[code] = parley.PLOVER{Type: typ, Mode: mode}
	return nil
}

func dash(s string) string {
	s = strings.TrimSpace(s)
	if s == "-" {
		return ""
	}
	return s
}

func hasMode(t Type, mode string) bool {
	for _, m := range t.Modes {
		if m.Name == mode {
			return true
		}
	}
	return false
}
