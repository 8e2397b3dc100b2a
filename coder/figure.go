package coder

import (
	"fmt"
	"io"
	"strings"
)

// Figure is one figure trigger of data/figures.txt: a word or phrase that
// reports people killed, injured, displaced, detained or missing, and
// where its count stands.
type Figure struct {
	What  string // "killed", "injured", "displaced", "detained", "missing"
	Words []Word // the trigger phrase, in text order
	Frame string // "of", "after", "before", "passive", "toll", "inside"
	Rule  string // "coder/data/figures.txt:12"
}

var (
	figureWhats  = []string{"killed", "injured", "displaced", "detained", "missing"}
	figureFrames = []string{"of", "after", "before", "passive", "toll", "inside"}
)

// ParseFigures reads figure triggers in the format of data/figures.txt:
// WHAT | TRIGGER | FRAME per line, TRIGGER one or more lemmas. Errors name
// the input and line as name:line.
func ParseFigures(r io.Reader, name string) ([]Figure, error) {
	var out []Figure
	seen := map[string]int{}
	err := readDataLines(r, name, func(line int, text string) error {
		f := strings.Split(text, "|")
		if len(f) != 3 {
			return fmt.Errorf("want WHAT | TRIGGER | FRAME, got %d fields", len(f))
		}
		what, trig, frame := strings.TrimSpace(f[0]), strings.Join(strings.Fields(f[1]), " "), strings.TrimSpace(f[2])
		if !contains(figureWhats, what) {
			return fmt.Errorf("what %q: want one of %s", what, strings.Join(figureWhats, ", "))
		}
		if !contains(figureFrames, frame) {
			return fmt.Errorf("frame %q: want one of %s", frame, strings.Join(figureFrames, ", "))
		}
		if trig == "" {
			return fmt.Errorf("empty trigger")
		}
		var words []Word
		for _, tw := range strings.Fields(trig) {
			w, err := parseWord(tw)
			if err != nil {
				return err
			}
			words = append(words, w)
		}
		key := what + "|" + trig + "|" + frame
		if prev, dup := seen[key]; dup {
			return fmt.Errorf("duplicate of line %d", prev)
		}
		seen[key] = line
		out = append(out, Figure{What: what, Words: words, Frame: frame, Rule: fmt.Sprintf("%s:%d", name, line)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no figure triggers", name)
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
