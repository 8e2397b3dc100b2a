// Package plover is the PLOVER event ontology: its 16 event types and their
// modes, and the mapping from CAMEO codes to a PLOVER type and default mode.
//
// Both are embedded, human-readable files reviewed like code:
// data/plover.txt (types, modes, definitions and the cue words that mark a
// mode in text) and data/cameo2plover.txt (one line per CAMEO code). Parse
// reads them and reports malformed lines as file:line.
//
// CAMEO's statements (root 01) have no PLOVER type: PLOVER does not code
// plain comments. ForCAMEO returns an empty type for them, except for
// empathetic comments (018) and expressions of accord (019), which are
// verbal support (SUPPORT). Appeals (root 02) become REQUEST with the mode
// of the matching demand (10x). Where the PLOVER project's own conversion
// table names a mode that PLOVER's codebook does not define, or a clearly
// closer mode exists (aerial weapons, bombings), data/cameo2plover.txt
// says which mode it uses instead.
package plover

import (
	"bytes"
	_ "embed"
	"slices"
	"sync"

	"parley"
)

// Type is one PLOVER event type.
type Type struct {
	Name       string // "CONSULT"
	QuadClass  int    // 1 verbal cooperation ... 4 material conflict
	Definition string
	Modes      []Mode
}

// Mode is one mode of a PLOVER type ("phone" for CONSULT).
type Mode struct {
	Name       string
	Definition string
	// Cues are the lower-case words and phrases that mark the mode in a
	// sentence; see Refine.
	Cues []string
}

// Codebook holds PLOVER's types and modes and the CAMEO mapping. A Codebook
// is immutable once built and safe for concurrent use.
type Codebook struct {
	types  []Type
	byName map[string]int
	cameo  map[string]parley.PLOVER
	cues   map[string][]modeCues // by type: compiled cues in mode order
}

var (
	//go:embed data/plover.txt
	typesData []byte
	//go:embed data/cameo2plover.txt
	cameoData []byte

	defaultOnce sync.Once
	defaultBook *Codebook
)

// Default returns the embedded PLOVER codebook, parsed once. The embedded
// files are checked by the package tests, so a parse failure here is a
// broken build, reported by panic.
func Default() *Codebook {
	defaultOnce.Do(func() {
		b, err := Parse(bytes.NewReader(typesData), "plover/data/plover.txt",
			bytes.NewReader(cameoData), "plover/data/cameo2plover.txt")
		if err != nil {
			panic(err)
		}
		defaultBook = b
	})
	return defaultBook
}

// ForCAMEO returns the PLOVER type and default mode of a CAMEO code from the
// embedded codebook; see Codebook.ForCAMEO.
func ForCAMEO(code string) parley.PLOVER { return Default().ForCAMEO(code) }

// Types returns PLOVER's 16 event types from the embedded codebook.
func Types() []Type { return Default().Types() }

// Modes returns the modes of the named type from the embedded codebook.
func Modes(typ string) []Mode { return Default().Modes(typ) }

// Refine picks a mode for p from the words of text using the embedded
// codebook; see Codebook.Refine.
func Refine(p parley.PLOVER, text string) parley.PLOVER { return Default().Refine(p, text) }

// ForCAMEO returns the PLOVER type and default mode of a CAMEO code. A code
// missing from the table takes its parent's mapping ("0215" → "021"); an
// unknown code, or a statement without a PLOVER home, gives the zero PLOVER
// (empty type).
func (c *Codebook) ForCAMEO(code string) parley.PLOVER {
	for ; len(code) >= 2; code = code[:len(code)-1] {
		if p, ok := c.cameo[code]; ok {
			return p
		}
	}
	return parley.PLOVER{}
}

// Types returns every type in PLOVER's order (verbal cooperation first,
// material conflict last). The slice is the caller's to keep.
func (c *Codebook) Types() []Type {
	out := slices.Clone(c.types)
	for i := range out {
		out[i].Modes = cloneModes(out[i].Modes)
	}
	return out
}

// Modes returns the modes of the named type, or nil for a type without
// modes or an unknown type.
func (c *Codebook) Modes(typ string) []Mode {
	i, ok := c.byName[typ]
	if !ok {
		return nil
	}
	return cloneModes(c.types[i].Modes)
}

// Type returns the named type; ok is false for an unknown name.
func (c *Codebook) Type(name string) (Type, bool) {
	i, ok := c.byName[name]
	if !ok {
		return Type{}, false
	}
	t := c.types[i]
	t.Modes = cloneModes(t.Modes)
	return t, true
}

func cloneModes(ms []Mode) []Mode {
	out := slices.Clone(ms)
	for i := range out {
		out[i].Cues = slices.Clone(out[i].Cues)
	}
	return out
}
