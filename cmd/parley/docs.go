package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"parley"
)

// runDocs prints the cleaned documents read from its inputs: JSON Lines by
// default, or a readable text form.
func (m *Main) runDocs(ctx context.Context, args []string) error {
	fs := m.newFlagSet("docs", "docs [flags] [inputs...]\n\nInputs are files, directories, - for standard input (the default) and http(s) URLs;\nHTML pages, RSS/Atom/JSON feeds, JSON Lines and plain text are recognised by content.")
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	newReader := m.readerFlags(fs, "parley docs")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(m.Stderr, "parley docs: --format %q: want jsonl or text\n", *format)
		return errUsage
	}
	inputs := inputsOrStdin(fs.Args())
	out := bufio.NewWriter(m.Stdout)
	defer out.Flush()
	r := newReader(out)
	write := writeDocJSON
	if *format == "text" {
		write = writeDocText
	}
	stats, err := r.Read(ctx, inputs, func(doc *parley.Document) error { return write(out, doc) })
	return endBatch(out, stats, err)
}

// docJSON is the JSON Lines form of a document: every field present, null
// when unknown.
type docJSON struct {
	ID        string      `json:"id"`
	Doc       string      `json:"doc"`
	URL       *string     `json:"url"`
	Source    *string     `json:"source"`
	Title     *string     `json:"title"`
	Published parley.Time `json:"published"`
	Dateline  *string     `json:"dateline"`
	Lang      *string     `json:"lang"`
	Text      string      `json:"text"`
}

func writeDocJSON(w io.Writer, doc *parley.Document) error {
	b, err := json.Marshal(docJSON{
		ID: doc.ID, Doc: doc.Doc, URL: nullIfEmpty(doc.URL), Source: nullIfEmpty(doc.Source),
		Title: nullIfEmpty(doc.Title), Published: doc.Published, Dateline: nullIfEmpty(doc.Dateline),
		Lang: nullIfEmpty(doc.Lang), Text: doc.Text,
	})
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func writeDocText(w io.Writer, doc *parley.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "=== %s  (id %s)\n", doc.Doc, doc.ID)
	field := func(name, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-10s %s\n", name+":", v)
		}
	}
	field("title", doc.Title)
	field("source", doc.Source)
	if !doc.Published.IsZero() {
		layout := time.RFC3339
		if doc.Published.DateOnly {
			layout = time.DateOnly
		}
		field("published", doc.Published.Format(layout))
	}
	field("dateline", doc.Dateline)
	field("lang", doc.Lang)
	field("url", doc.URL)
	b.WriteString("\n")
	b.WriteString(strings.TrimLeft(doc.Text[doc.TitleEnd:], "\n"))
	b.WriteString("\n\n")
	_, err := io.WriteString(w, strings.TrimLeft(b.String(), "\n"))
	return err
}
