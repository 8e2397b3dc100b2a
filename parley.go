// Package parley holds the domain of the parley event coder: documents and
// their sentences, the actors they mention, the political events and figures
// coded from them, and the Store that keeps them.
//
// Every stage package (ingest, nlp, actor, coder, the stores) imports this
// package; it imports only the standard library. A document flows through the
// pipeline as one *Document value that each stage fills in:
//
//	ingest  → ID, Doc, URL, Source, Title, Published, Dateline, Lang, Text
//	nlp     → Sentences (tokens, tags, lemmas, dependency parse)
//	actor   → Actors, Mentions
//	coder   → Events, Claims
//
// and any stage may append Diagnostics: a problem inside one document is data,
// not a failure.
package parley
