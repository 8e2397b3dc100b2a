package parley

import (
	"context"
	"time"
)

// Store keeps coded documents and the events they report. Events are
// de-duplicated across reports: a mention that describes an event already
// stored (same actors, compatible CAMEO code, dates within a day) joins that
// event instead of creating a new one, and the event counts its mentions,
// sources and articles the way GDELT does.
//
// Implementations: package sqlite (the embedded default) and package
// postgres. Both pass the conformance suite in package storetest.
type Store interface {
	// SaveDocument stores doc with its actors, mentions, events and claims
	// in one transaction, merging each event into a stored event that
	// reports the same thing. A document whose ID is already stored is
	// skipped and nothing changes (Saved.New is false), so re-ingesting is
	// harmless. It returns EINVALID when doc has no ID.
	SaveDocument(ctx context.Context, doc *Document) (Saved, error)
	// HasDocument reports whether a document with the given ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// Events returns the de-duplicated events that match f, latest first.
	Events(ctx context.Context, f EventFilter) ([]*StoredEvent, error)
	// Event returns one event with all its mentions, or ENOTFOUND.
	Event(ctx context.Context, id int64) (*StoredEvent, error)
	// Dyads summarises the events that match f per source, target and month.
	Dyads(ctx context.Context, f DyadFilter) ([]*Dyad, error)
	// Actors lists the stored actors that match f, most frequent first.
	Actors(ctx context.Context, f ActorFilter) ([]*ActorCount, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (StoreStats, error)
	// Close releases the database.
	Close() error
}

// Saved reports what SaveDocument did with one document.
type Saved struct {
	// New is false when the document was already stored and was skipped.
	New bool
	// Events counts the document's event mentions that created new events;
	// Merged counts those that joined an event already stored.
	Events int
	Merged int
	Claims int
}

// Modality filter values besides a literal Event.Modality.
const (
	// ModalityAny selects events of every modality.
	ModalityAny = ""
	// ModalityAsserted selects events the text asserts took place.
	ModalityAsserted = "asserted"
)

// EventFilter selects stored events. Zero fields do not filter.
type EventFilter struct {
	// Actor matches either side by code prefix when it is written in
	// capitals and digits ("PAK", "PAKGOV"), else by name,
	// case-insensitively ("Imran Khan", "nato").
	Actor string
	// Country matches either side's ISO 3166 alpha-3 country.
	Country string
	// Source and Target match one side by code prefix.
	Source string
	Target string
	// CAMEO matches the event code by prefix: a root ("04") or a code
	// ("042").
	CAMEO string
	// PLOVER matches the PLOVER event type ("CONSULT").
	PLOVER string
	// QuadClass is 1 to 4.
	QuadClass int
	// Since and Until bound the event date, inclusive. Events with no date
	// are left out when either bound is set.
	Since Date
	Until Date
	// Query is full-text search over the evidence sentences of every
	// mention: words must all occur; a trailing * matches a prefix.
	Query string
	// Doc matches events with a mention in the document with this ID or
	// this input name (Document.Doc).
	Doc string
	// Modality is ModalityAny, ModalityAsserted or one Event.Modality
	// value ("negated", "hypothetical", "future", "reported").
	Modality string
	// Limit caps the number of results; 0 means no limit.
	Limit int
	// Mentions asks for each event's mentions to be loaded too.
	Mentions bool
}

// DyadFilter selects the events that Dyads summarises; Limit caps the
// number of dyad-month rows.
type DyadFilter struct {
	EventFilter
}

// ActorFilter selects stored actors. Zero fields do not filter.
type ActorFilter struct {
	// Actor matches by code prefix (in capitals, as in EventFilter) or
	// by part of the name, case-insensitively.
	Actor   string
	Country string
	Limit   int
}

// StoredEvent is a de-duplicated event: the coding and evidence of its
// first mention (with the most specific compatible CAMEO code seen since),
// the GDELT-style counts, and optionally all its mentions.
type StoredEvent struct {
	ID int64 `json:"id"`
	Event
	// Root is the CAMEO root code ("04").
	Root string `json:"cameo_root"`
	// IsRoot is true when the first report gives the event in its headline
	// or first paragraph (GDELT's IsRootEvent).
	IsRoot bool `json:"is_root"`
	// NumMentions counts every mention, NumSources the distinct outlets and
	// NumArticles the distinct documents that report the event.
	NumMentions int `json:"num_mentions"`
	NumSources  int `json:"num_sources"`
	NumArticles int `json:"num_articles"`
	// DocID, Doc, URL, Outlet and Published describe the first document
	// that reported the event.
	DocID     string `json:"doc_id"`
	Doc       string `json:"doc"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published Time   `json:"published"`
	// Added is when the event was first stored.
	Added time.Time `json:"added"`
	// Mentions holds every mention when asked for, oldest first.
	Mentions []EventMention `json:"mentions,omitempty"`
}

// EventMention is one report of a stored event with its own coding and
// evidence (sentence, offsets, trigger, rule) in its own document.
type EventMention struct {
	EventID   int64  `json:"event_id"`
	DocID     string `json:"doc_id"`
	Doc       string `json:"doc"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published Time   `json:"published"`
	Event
}

// Dyad summarises the events from one actor to another in one month.
type Dyad struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Month is "YYYY-MM", or "" for undated events.
	Month    string `json:"month"`
	Events   int    `json:"events"`
	Mentions int    `json:"mentions"`
	// Quad counts events by quad class: Quad[0] verbal cooperation,
	// Quad[1] material cooperation, Quad[2] verbal conflict, Quad[3]
	// material conflict.
	Quad      [4]int  `json:"quad"`
	Goldstein float64 `json:"goldstein"` // mean over events
}

// ActorCount is one stored actor (code and name) with how often it appears.
type ActorCount struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Type    string `json:"type,omitempty"`
	// Documents counts the documents that name the actor, Mentions the
	// times they name it, Events the event mentions it takes part in.
	Documents int `json:"documents"`
	Mentions  int `json:"mentions"`
	Events    int `json:"events"`
}

// StoreStats counts what a Store holds.
type StoreStats struct {
	Documents     int `json:"documents"`
	Events        int `json:"events"`
	EventMentions int `json:"event_mentions"`
	Actors        int `json:"actors"`
	Mentions      int `json:"mentions"`
	Claims        int `json:"claims"`
}
