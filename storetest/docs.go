// Package storetest is the conformance suite every parley.Store passes:
// package sqlite runs it always, package postgres when PARLEY_TEST_POSTGRES
// names a server. Its documents are constructed here, never real articles.
package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"parley"
)

// codes gives the test events' names, Goldstein scores, quad classes and
// PLOVER types (a few CAMEO codes, enough for the suite).
var codes = map[string]struct {
	name      string
	goldstein float64
	quad      int
	plover    string
}{
	"04":  {"Consult", 1.0, 1, "CONSULT"},
	"040": {"Consult, not specified below", 1.0, 1, "CONSULT"},
	"042": {"Make a visit", 1.9, 1, "CONSULT"},
	"043": {"Host a visit", 2.8, 1, "CONSULT"},
	"112": {"Accuse", -2.0, 3, "ACCUSE"},
	"190": {"Use conventional military force", -10.0, 4, "ASSAULT"},
	"057": {"Sign formal agreement", 8.0, 2, "AGREE"},
}

// Actors used by the suite: code, name, country.
var (
	pakGov = parley.Actor{Code: "PAKGOV", Name: "Asif Rana", Country: "PAK", Sector: "GOV", Type: "person", How: "dictionary"}
	irnGov = parley.Actor{Code: "IRNGOV", Name: "Dara Kian", Country: "IRN", Sector: "GOV", Type: "person", How: "dictionary"}
	indGov = parley.Actor{Code: "INDGOV", Name: "India", Country: "IND", Sector: "GOV", Type: "state", How: "country"}
	pakMil = parley.Actor{Code: "PAKMIL", Name: "Pakistani forces", Country: "PAK", Sector: "MIL", Type: "agent", How: "context"}
)

// report builds a document from sentences. Each sentence may carry one
// event; the document's actors are those its events name.
type report struct {
	doc       string
	outlet    string
	url       string
	published parley.Time
	sentences []sentence
	claims    int
}

// sentence is one sentence of a report and the event coded from it, if any.
type sentence struct {
	text      string
	src, tgt  *parley.Actor
	code      string
	date      parley.Date
	symmetric bool
	modality  string
	both      bool // the coder emitted both directions (symmetric events)
}

// day returns a Date; day(0, 0, 0) is the unknown date.
func day(y int, m time.Month, d int) parley.Date {
	if y == 0 {
		return parley.Date{}
	}
	return parley.NewDate(y, m, d)
}

// published returns a publication date and time.
func published(y int, m time.Month, d int) parley.Time {
	return parley.Time{Time: time.Date(y, m, d, 9, 30, 0, 0, time.UTC)}
}

// build assembles the document: text, ID (a hash of the text), actors,
// mentions, events and claims with offsets into the text.
func (r report) build() *parley.Document {
	doc := &parley.Document{Doc: r.doc, Source: r.outlet, URL: r.url, Published: r.published, Lang: "en"}
	var b strings.Builder
	actorIdx := map[string]int{}
	addActor := func(a *parley.Actor, start, end int) *parley.EventActor {
		if a == nil {
			return nil
		}
		i, ok := actorIdx[a.Code+a.Name]
		if !ok {
			i = len(doc.Actors)
			actorIdx[a.Code+a.Name] = i
			doc.Actors = append(doc.Actors, *a)
		}
		doc.Mentions = append(doc.Mentions, parley.Mention{Text: a.Name, Start: start, End: end, Actors: []int{i}, How: "name"})
		return &parley.EventActor{Code: a.Code, Name: a.Name, Country: a.Country, Sector: a.Sector, Text: a.Name, Start: start, End: end}
	}
	for si, s := range r.sentences {
		start := b.Len()
		b.WriteString(s.text)
		end := b.Len()
		b.WriteString("\n\n")
		if s.code == "" {
			continue
		}
		c := codes[s.code]
		e := parley.Event{
			Source: addActor(s.src, start, start+1), Target: addActor(s.tgt, end-1, end),
			CAMEO: s.code, CAMEOName: c.name, QuadClass: c.quad, Goldstein: c.goldstein,
			PLOVER: parley.PLOVER{Type: c.plover}, Date: s.date, DateSource: "text",
			Sentence: s.text, Start: start, End: end, Trigger: "met", TriggerStart: start, TriggerEnd: start + 1,
			Rule: "storetest:" + string(rune('a'+si)), Symmetric: s.symmetric, Modality: s.modality,
		}
		if s.date.IsZero() {
			e.DateSource = "none"
		}
		doc.Events = append(doc.Events, e)
		if s.both {
			rev := e
			rev.Source, rev.Target = e.Target, e.Source
			doc.Events = append(doc.Events, rev)
		}
	}
	doc.Text = b.String()
	for i := 0; i < r.claims; i++ {
		doc.Claims = append(doc.Claims, parley.Claim{What: "killed", Count: 10 + i, Qualifier: "at least",
			Sentence: r.sentences[0].text, Start: 0, End: len(r.sentences[0].text), Trigger: "killed", Rule: "storetest:claim",
			Place: &parley.Place{Name: "Quetta", Country: "PAK"}})
	}
	sum := sha256.Sum256([]byte(doc.Text))
	doc.ID = hex.EncodeToString(sum[:16])
	return doc
}
