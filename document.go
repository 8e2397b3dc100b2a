package parley

import "time"

// Document is one news article (or any text) on its way through the pipeline.
//
// All byte offsets anywhere in a Document (sentences, tokens, mentions, event
// and claim evidence) index into Text. Text is the full cleaned article text;
// when the article has a headline, Text starts with it as its own paragraph
// (TitleEnd marks where that paragraph ends), so that the coder can see the
// headline and the body and count an event reported in both only once.
type Document struct {
	// ID identifies the content: a hash of the normalised text, so the same
	// article read from a feed and from a file gets the same ID.
	ID string `json:"id"`
	// Doc names the input: a file's base name, the JSONL "id", or the URL.
	Doc string `json:"doc"`
	// URL is where the article came from, when known.
	URL string `json:"url,omitempty"`
	// Source is the outlet or publisher ("Dunya News"), when known.
	Source string `json:"source,omitempty"`
	// Title is the headline, when the input has one. Never invented.
	Title string `json:"title,omitempty"`
	// Published is the publication date (and time, when known); zero when
	// unknown.
	Published Time `json:"published"`
	// Dateline is the place named in the article's dateline ("Islamabad").
	Dateline string `json:"dateline,omitempty"`
	// Lang is the BCP 47 language code ("en"), when known.
	Lang string `json:"lang,omitempty"`
	// Text is the cleaned article text, headline first (see above).
	Text string `json:"text"`
	// TitleEnd is the byte offset in Text where the headline paragraph ends;
	// 0 when Text does not start with a headline.
	TitleEnd int `json:"-"`

	Sentences   []Sentence   `json:"-"`
	Actors      []Actor      `json:"actors,omitempty"`
	Mentions    []Mention    `json:"-"`
	Events      []Event      `json:"events,omitempty"`
	Claims      []Claim      `json:"claims,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Diagnostic is a positioned remark about one document: something a stage
// could not read or resolve, kept with the output instead of failing.
type Diagnostic struct {
	Stage   string `json:"stage"`           // "ingest", "nlp", "actor", "coder"
	Start   int    `json:"start,omitempty"` // byte offsets into Text, when positioned
	End     int    `json:"end,omitempty"`
	Message string `json:"message"`
}

// Time is a point in time that may be unknown (the zero value). It marshals to
// JSON as RFC 3339, or as a plain date when it carries no time of day, and as
// null when unknown.
type Time struct {
	time.Time
	// DateOnly is true when only the calendar date is known.
	DateOnly bool
}

// MarshalJSON writes null for an unknown time.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	if t.DateOnly {
		return []byte(`"` + t.Format(time.DateOnly) + `"`), nil
	}
	return []byte(`"` + t.Format(time.RFC3339) + `"`), nil
}

// UnmarshalJSON reads null, a date (2006-01-02) or an RFC 3339 time.
func (t *Time) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*t = Time{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return Errorf(EINVALID, "time %s: not a JSON string", s)
	}
	s = s[1 : len(s)-1]
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		*t = Time{Time: d, DateOnly: true}
		return nil
	}
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Errorf(EINVALID, "time %q: want YYYY-MM-DD or RFC 3339", s)
	}
	*t = Time{Time: v}
	return nil
}

// Date is a calendar day that may be unknown (the zero value); it marshals to
// JSON as "YYYY-MM-DD" or null.
type Date struct{ time.Time }

// NewDate returns the Date of year, month, day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// String returns YYYY-MM-DD, or "" for an unknown date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// MarshalJSON writes null for an unknown date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads null or "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*d = Date{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return Errorf(EINVALID, "date %s: not a JSON string", s)
	}
	v, err := time.Parse(time.DateOnly, s[1:len(s)-1])
	if err != nil {
		return Errorf(EINVALID, "date %s: want YYYY-MM-DD", s)
	}
	*d = Date{v}
	return nil
}
