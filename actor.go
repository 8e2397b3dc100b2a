package parley

// Actor is a resolved participant of a document's events: a person resolved
// to their office on the document's date, a country, an international
// organisation, or a group or agent ("Israeli forces", "protesters").
//
// Codes follow the CAMEO style that GDELT and ICEWS users know: an ISO 3166
// alpha-3 country code followed by three-letter sector codes ("PAKGOV",
// "ISRMIL", "USAGOV"), "IGO" plus qualifiers for international bodies
// ("IGOUNO", "IGOMOSOIC"), region codes ("MEA"), or a group code ("PSEHMS").
type Actor struct {
	Code    string `json:"code"`
	Name    string `json:"name"`              // canonical name: "Imran Khan", "Pakistan"
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3, when the actor has one
	Sector  string `json:"sector,omitempty"`  // GOV, MIL, COP, REB, OPP, IGO, ...
	Title   string `json:"title,omitempty"`   // office on the document's date: "Prime Minister"
	// Type is the kind of actor: "person", "state", "igo", "group", "agent"
	// (an unnamed collective such as "police" or "protesters"), "region".
	Type string `json:"type,omitempty"`
	// Since and Until bound the office that gave the code, when known.
	Since Date `json:"since"`
	Until Date `json:"until"`
	// How says how the code was obtained: "dictionary", "dated-office",
	// "context" (from words around the name), "country", ...
	How string `json:"how,omitempty"`
	// Mentions lists where the document names the actor; filled for output
	// from Document.Mentions.
	Mentions []MentionRef `json:"mentions,omitempty"`
}

// MentionRef is the part of a Mention shown with its Actor.
type MentionRef struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	How   string `json:"how,omitempty"`
}

// Mention is a span of the document that refers to one or more actors: a
// name, a title ("the foreign minister"), a pronoun, or a group expression
// ("the two leaders" refers to two actors).
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"` // byte offsets into Document.Text
	End      int    `json:"end"`
	Sentence int    `json:"sentence"` // index into Document.Sentences
	// TokenStart and TokenEnd give the span as token indexes within the
	// sentence, end exclusive; Head is the index of the span's syntactic head.
	TokenStart int `json:"token_start"`
	TokenEnd   int `json:"token_end"`
	Head       int `json:"head"`
	// Actors holds indexes into Document.Actors.
	Actors []int `json:"actors"`
	// How says how the mention was resolved: "name", "alias", "surname",
	// "title", "pronoun", "plural", "demonym", "metonym", "list", ...
	How string `json:"how,omitempty"`
}
