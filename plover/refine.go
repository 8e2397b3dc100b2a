package plover

import (
	"strings"
	"unicode"

	"parley"
)

// modeCues is a mode's cues split into words, ready to match.
type modeCues struct {
	mode string
	cues [][]string
}

func compileCues(m Mode) modeCues {
	mc := modeCues{mode: m.Name}
	for _, cue := range m.Cues {
		if w := words(cue, true); len(w) > 0 {
			mc.cues = append(mc.cues, w)
		}
	}
	return mc
}

// Refine picks a mode for p from the words of text, typically the event's
// sentence: it tries p.Type's modes in codebook order and returns p with the
// first mode one of whose cues occurs in text ("telephonic conversation"
// makes a CONSULT phone, "air strikes" an ASSAULT aerial). When no cue
// occurs, p keeps its mode (the CAMEO default). Types without modes and
// unknown types are returned unchanged.
//
// A cue is a sequence of words matched case-insensitively on word
// boundaries; a word ending in '*' matches any word it begins, and a lone
// '*' matches any one word.
func (c *Codebook) Refine(p parley.PLOVER, text string) parley.PLOVER {
	ms := c.cues[p.Type]
	if len(ms) == 0 || text == "" {
		return p
	}
	w := words(text, false)
	for _, m := range ms {
		for _, cue := range m.cues {
			if containsCue(w, cue) {
				p.Mode = m.mode
				return p
			}
		}
	}
	return p
}

// words splits s into lower-case words of letters and digits; with star,
// '*' counts as a word character (for cues).
func words(s string, star bool) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || star && r == '*')
	})
}

func containsCue(text, cue []string) bool {
	for i := 0; i+len(cue) <= len(text); i++ {
		ok := true
		for j, cw := range cue {
			if !wordMatch(text[i+j], cw) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func wordMatch(w, cue string) bool {
	switch {
	case cue == "*":
		return true
	case strings.HasSuffix(cue, "*"):
		return strings.HasPrefix(w, cue[:len(cue)-1])
	}
	return w == cue
}
