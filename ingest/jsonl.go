package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"parley"
)

// record is one JSON Lines input line.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Dateline  string `json:"dateline"`
	Lang      string `json:"lang"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// readJSONL emits one document per line of a JSON Lines input. A bad line
// is reported as input:line and the other lines carry on.
func (b *batch) readJSONL(input, data string) error {
	if strings.HasPrefix(strings.TrimSpace(data), "[") {
		return b.readJSONArray(input, data)
	}
	line := 0
	for len(data) > 0 {
		line++
		var l string
		l, data, _ = strings.Cut(data, "\n")
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		doc, err := fromRecord([]byte(l))
		if err != nil {
			b.report(fmt.Sprintf("%s:%d", input, line), err)
			continue
		}
		if doc.Doc == "" {
			doc.Doc = fmt.Sprintf("%s:%d", baseName(input), line)
		}
		if err := b.emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// readJSONArray emits one document per object of a JSON array of records,
// reporting a bad element as input[i] and carrying on with the rest.
func (b *batch) readJSONArray(input, data string) error {
	dec := json.NewDecoder(strings.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return parley.Errorf(parley.EINVALID, "invalid JSON: %s", jsonMessage(err))
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return parley.Errorf(parley.EINVALID, "invalid JSON in element %d: %s", i, jsonMessage(err))
		}
		name := fmt.Sprintf("%s[%d]", input, i)
		doc, err := fromRecord(raw)
		if err != nil {
			b.report(name, err)
			continue
		}
		if doc.Doc == "" {
			doc.Doc = fmt.Sprintf("%s[%d]", baseName(input), i)
		}
		if err := b.emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// fromRecord builds a document from one JSON object.
func fromRecord(line []byte) (*parley.Document, error) {
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return nil, parley.Errorf(parley.EINVALID, "invalid JSON: %s", jsonMessage(err))
	}
	if dec.More() {
		return nil, parley.Errorf(parley.EINVALID, "invalid JSON: more than one value on the line")
	}
	m := meta{Title: rec.Title, Source: rec.Source, Dateline: rec.Dateline}
	if rec.Published != "" {
		t, ok := parseTimestamp(rec.Published)
		if !ok {
			return nil, parley.Errorf(parley.EINVALID, "published %q: want YYYY-MM-DD or RFC 3339", rec.Published)
		}
		m.Published = t
	}
	name := rec.ID
	if name == "" {
		name = rec.URL
	}
	switch {
	case rec.Text != "":
		doc, err := build(name, rec.URL, clean(rec.Text, &m, rec.Title == ""), m, rec.Lang)
		return doc, err
	case rec.HTML != "":
		return fromHTML(rec.HTML, name, rec.URL, m, rec.Lang)
	}
	return nil, parley.Errorf(parley.EINVALID, `no "text" or "html" field`)
}

// parseTimestamp reads a date or date-time in the forms feeds and JSON
// exports use.
func parseTimestamp(s string) (parley.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return parley.Time{Time: t, DateOnly: true}, true
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return parley.Time{Time: t}, true
		}
	}
	if t, start, end, ok := findDate(s); ok && start == 0 && end == len(s) {
		return t, true
	}
	return parley.Time{}, false
}

// jsonMessage shortens encoding/json's errors to one line without Go type
// names.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be a string, not %s", te.Field, te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func baseName(input string) string {
	if i := strings.LastIndexAny(input, `/\`); i >= 0 && !isURL(input) {
		return input[i+1:]
	}
	return input
}
