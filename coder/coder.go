// Package coder turns parsed sentences with resolved actors into political
// events (CAMEO code, Goldstein score, quad class, PLOVER type and mode) and
// reported figures (people killed, injured, displaced, detained), each with
// its date, place and the evidence that supports it: the sentence, byte
// offsets, the trigger words and the pattern (file:line) that fired.
//
// The linguistic knowledge lives in embedded, human-readable data files:
// data/patterns.txt (trigger phrases and the syntactic slots of their
// source and target), data/figures.txt (casualty figure triggers) and
// data/places.txt (a gazetteer). The Go code is the machinery: phrase
// matching, argument finding over the dependency parse, modality, dates,
// places and de-duplication.
package coder

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"parley"
	"parley/cameo"
	"parley/plover"
)

//go:embed data/patterns.txt
var patternData []byte

//go:embed data/figures.txt
var figureData []byte

//go:embed data/places.txt
var placeData []byte

// Coder codes events and claims. It is immutable once built and safe for
// concurrent use; all per-document state lives in the document and in
// locals.
type Coder struct {
	patterns []Pattern
	first    map[string][]int // first phrase lemma → pattern indexes
	figures  []Figure
	places   *Gazetteer
	book     *cameo.Codebook
	plover   *plover.Codebook
	// Country maps a country name, alias, demonym or capital to its ISO
	// 3166 alpha-3 code; nil uses the gazetteer alone. The pipeline sets it
	// to the actor resolver's Country.
	Country func(name string) (iso3 string, ok bool)
}

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
	defaultErr   error
)

// Default returns the coder built from the embedded data files, loaded
// once.
func Default() (*Coder, error) {
	defaultOnce.Do(func() {
		defaultCoder, defaultErr = load()
	})
	return defaultCoder, defaultErr
}

// load parses the embedded files.
func load() (*Coder, error) {
	pats, err := ParsePatterns(bytes.NewReader(patternData), "coder/data/patterns.txt")
	if err != nil {
		return nil, err
	}
	figs, err := ParseFigures(bytes.NewReader(figureData), "coder/data/figures.txt")
	if err != nil {
		return nil, err
	}
	places, err := ParseGazetteer(bytes.NewReader(placeData), "coder/data/places.txt")
	if err != nil {
		return nil, err
	}
	return New(pats, figs, places)
}

// New builds a coder from parsed data, checking every pattern's code
// against the CAMEO codebook.
func New(patterns []Pattern, figures []Figure, places *Gazetteer) (*Coder, error) {
	c := &Coder{
		patterns: patterns,
		first:    map[string][]int{},
		figures:  figures,
		places:   places,
		book:     cameo.Default(),
		plover:   plover.Default(),
	}
	for i, p := range patterns {
		for _, code := range []string{p.Code, p.Bare} {
			if _, ok := c.book.Lookup(code); code != "" && !ok {
				return nil, fmt.Errorf("%s: code %s is not in the CAMEO codebook", p.Rule, code)
			}
		}
		c.first[p.Words[0].Lemma] = append(c.first[p.Words[0].Lemma], i)
	}
	return c, nil
}

// Patterns returns the coder's patterns; the slice is shared, not to be
// modified.
func (c *Coder) Patterns() []Pattern { return c.patterns }

// Code fills doc.Events and doc.Claims from doc.Sentences, doc.Actors and
// doc.Mentions, resolving dates against doc.Published. It replaces any
// events and claims doc already holds. Problems inside the document become
// diagnostics; Code never fails.
func (c *Coder) Code(doc *parley.Document) {
	d := newDocState(c, doc)
	var events []parley.Event
	var claims []parley.Claim
	for si := range doc.Sentences {
		s := d.sentence(si)
		events = append(events, c.codeSentence(d, s)...)
		claims = append(claims, c.claimSentence(d, s)...)
		d.notePlaces(s)
		d.acts, d.sentActs = append(d.acts, d.sentActs...), nil
	}
	doc.Events = dedupe(events, d.titleEnd)
	doc.Claims = dedupeClaims(claims)
}
