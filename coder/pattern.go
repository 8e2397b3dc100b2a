package coder

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Pattern is one entry of the pattern dictionary: a phrase of lemmas that
// triggers a CAMEO code, and where in the sentence's syntax the coder finds
// the event's source and target.
type Pattern struct {
	Code  string // CAMEO code: "042"
	Words []Word // the trigger phrase, in text order
	// Target lists the slots where the target is looked for, in order of
	// preference: "obj", "iobj", "poss", "subj", "between", or a preposition
	// ("with", "to", "against", ...) introducing an oblique or nominal
	// modifier. Empty means the event takes no target.
	Target []string
	// Source lists the slots for the source; the default is "subj".
	Source []string
	// Symmetric events (meetings, calls, joint agreements) go both ways.
	Symmetric bool
	// Mode is the PLOVER mode the phrase implies ("phone", "visit").
	Mode string
	// OptSource lets the event stand without a source (material events
	// whose perpetrator the text does not name); OptTarget likewise for the
	// target (appeals and statements addressed to no one in particular).
	OptSource, OptTarget bool
	// Anaphor marks event nouns ("the meeting") that take their
	// participants from the last consultation coded earlier in the document
	// when the sentence names no source.
	Anaphor bool
	// Say marks a speech verb whose clausal complement is reported speech.
	Say bool
	// None marks a phrase that is not an event ("seize the opportunity"):
	// it only keeps shorter patterns from firing inside it.
	None bool
	// Place requires a place name right after the phrase ("welcomed Putin
	// to Beijing" is hosting a visit; "welcomed China's steps to" is not).
	Place bool
	// Bare is the code to use when no infinitive follows the trigger:
	// "called on the Prime Minister" is a courtesy visit (042), "called on
	// Israel to halt" an appeal (020).
	Bare string
	// Rule is the pattern's position: "coder/data/patterns.txt:123".
	Rule string
}

// Word is one word of a trigger phrase: a lemma and an optional part of
// speech class ('V' verb, 'N' noun, 'A' adjective; 0 any).
type Word struct {
	Lemma string
	POS   byte
}

// slotNames are the slot words a pattern may name besides prepositions.
var slotNames = []string{"obj", "iobj", "poss", "subj", "between", "comp", "cond"}

// prepositions are the case markers a slot may name.
var prepositions = []string{
	"about", "after", "against", "among", "at", "behind", "between", "by", "for", "from",
	"in", "into", "near", "along", "around", "off", "of", "on", "over", "to", "toward", "towards", "upon", "with",
	"within",
}

// ParsePatterns reads a pattern dictionary in the format of
// data/patterns.txt. Each non-comment line is
//
//	CODE PHRASE | TARGET SLOTS | FLAGS
//
// where PHRASE is a sequence of lemmas, each optionally suffixed with :V, :N
// or :A; TARGET SLOTS is "-" or a space-separated list of slots; FLAGS is
// optional. Errors name the input and the line as name:line.
func ParsePatterns(r io.Reader, name string) ([]Pattern, error) {
	var out []Pattern
	seen := map[string]int{}
	err := readDataLines(r, name, func(line int, text string) error {
		p, err := parsePatternLine(text)
		if err != nil {
			return err
		}
		key := p.key()
		if prev, dup := seen[key]; dup {
			return fmt.Errorf("duplicate of the pattern on line %d", prev)
		}
		seen[key] = line
		p.Rule = fmt.Sprintf("%s:%d", name, line)
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no patterns", name)
	}
	return out, nil
}

// key identifies a pattern's trigger for the duplicate check: two lines
// with the same phrase and target slots would fire together.
func (p Pattern) key() string {
	var b strings.Builder
	for _, w := range p.Words {
		b.WriteString(w.Lemma)
		if w.POS != 0 {
			b.WriteByte(':')
			b.WriteByte(w.POS)
		}
		b.WriteByte(' ')
	}
	b.WriteString("| ")
	b.WriteString(strings.Join(p.Target, " "))
	b.WriteString(" | ")
	b.WriteString(strings.Join(p.Source, " "))
	return b.String()
}

// parsePatternLine reads one CODE PHRASE | TARGETS | FLAGS line.
func parsePatternLine(text string) (Pattern, error) {
	parts := strings.Split(text, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return Pattern{}, fmt.Errorf("want CODE PHRASE | TARGETS | FLAGS, got %d '|'-separated fields", len(parts))
	}
	head := strings.Fields(parts[0])
	if len(head) < 2 {
		return Pattern{}, fmt.Errorf("want a CAMEO code and a phrase before the first '|'")
	}
	var p Pattern
	p.Code = head[0]
	if len(p.Code) < 2 || len(p.Code) > 4 || strings.Trim(p.Code, "0123456789") != "" {
		return Pattern{}, fmt.Errorf("code %q: want two to four digits", p.Code)
	}
	for _, f := range head[1:] {
		w, err := parseWord(f)
		if err != nil {
			return Pattern{}, err
		}
		p.Words = append(p.Words, w)
	}
	targets := strings.Fields(parts[1])
	switch {
	case len(targets) == 0:
		return Pattern{}, fmt.Errorf("empty target slots: write - for an event without a target")
	case len(targets) == 1 && targets[0] == "-":
	default:
		for _, s := range targets {
			if !validSlot(s) {
				return Pattern{}, fmt.Errorf("target slot %q: want one of %s or a preposition", s, strings.Join(slotNames, ", "))
			}
		}
		p.Target = targets
	}
	if len(parts) == 3 {
		if err := p.parseFlags(strings.Fields(parts[2])); err != nil {
			return Pattern{}, err
		}
	}
	if len(p.Source) == 0 {
		p.Source = []string{"subj"}
	}
	return p, nil
}

// parseWord reads one phrase word: a lowercase lemma with an optional :V,
// :N or :A part-of-speech class.
func parseWord(f string) (Word, error) {
	w := Word{Lemma: f}
	if i := strings.LastIndexByte(f, ':'); i >= 0 {
		pos := f[i+1:]
		if pos != "V" && pos != "N" && pos != "A" {
			return Word{}, fmt.Errorf("word %q: part of speech must be :V, :N or :A", f)
		}
		w.Lemma, w.POS = f[:i], pos[0]
	}
	if w.Lemma == "" {
		return Word{}, fmt.Errorf("word %q: empty lemma", f)
	}
	if w.Lemma != strings.ToLower(w.Lemma) {
		return Word{}, fmt.Errorf("word %q: lemmas are lowercase", f)
	}
	return w, nil
}

// parseFlags reads the optional third field.
func (p *Pattern) parseFlags(flags []string) error {
	for _, f := range flags {
		k, v, hasValue := strings.Cut(f, "=")
		switch {
		case f == "sym":
			p.Symmetric = true
		case f == "optsrc":
			p.OptSource = true
		case f == "opttgt":
			p.OptTarget = true
		case f == "anaphor":
			p.Anaphor = true
		case f == "say":
			p.Say = true
		case f == "none":
			p.None = true
		case f == "place":
			p.Place = true
		case k == "mode" && hasValue && v != "":
			p.Mode = v
		case k == "bare" && hasValue && len(v) >= 2 && len(v) <= 4 && strings.Trim(v, "0123456789") == "":
			p.Bare = v
		case k == "src" && hasValue && v != "":
			for _, s := range strings.Split(v, ",") {
				if !validSlot(s) {
					return fmt.Errorf("source slot %q: want one of %s or a preposition", s, strings.Join(slotNames, ", "))
				}
				p.Source = append(p.Source, s)
			}
		default:
			return fmt.Errorf("flag %q: want sym, optsrc, opttgt, anaphor, say, none, place, mode=MODE, bare=CODE or src=SLOT[,SLOT]", f)
		}
	}
	return nil
}

// validSlot reports whether s names a slot.
func validSlot(s string) bool {
	return slices.Contains(slotNames, s) || slices.Contains(prepositions, s)
}
