package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"parley"
	"parley/ingest"
)

// runCode codes its inputs into CAMEO + PLOVER events and prints one JSON
// object per document (or, with --format text, one line per event).
func (m *Main) runCode(ctx context.Context, args []string) error {
	fs := m.newFlagSet("code", "code [flags] [inputs...]\n\nCodes each document into events, actors and figures. Inputs are files, directories,\n- for standard input (the default) and http(s) URLs. Output: JSON Lines, one object\nper document in input order (see docs/output.md), or --format text.")
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	newReader := m.readerFlags(fs, "parley code")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	write, ok := codedWriters[*format]
	if !ok {
		fmt.Fprintf(m.Stderr, "parley code: --format %q: want jsonl or text\n", *format)
		return errUsage
	}
	p, err := m.newPipeline()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(m.Stdout)
	defer out.Flush()
	r := newReader(out)
	stats, err := processOrdered(ctx, r, inputsOrStdin(fs.Args()), *workers, p.Process,
		func(doc *parley.Document) error { return write(out, doc) })
	return endBatch(out, stats, err)
}

func inputsOrStdin(args []string) []string {
	if len(args) == 0 {
		return []string{"-"}
	}
	return args
}

// codedWriters are the output formats of 'parley code'.
var codedWriters = map[string]func(io.Writer, *parley.Document) error{
	"jsonl": writeCodedJSON,
	"text":  writeCodedText,
}

// processOrdered reads inputs with r, runs process on each document on up
// to workers goroutines, and calls emit with the documents in input order.
// A panic inside process is caught and kept as a diagnostic of that
// document: one bad article does not end the batch. emit's first error
// stops the reading and is returned.
func processOrdered(ctx context.Context, r *ingest.Reader, inputs []string, workers int,
	process func(*parley.Document), emit func(*parley.Document) error) (ingest.Stats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers = max(workers, 1)
	type job struct {
		doc  *parley.Document
		done chan *parley.Document
	}
	jobs := make(chan job)
	pending := make(chan chan *parley.Document, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				safeProcess(process, j.doc)
				j.done <- j.doc
			}
		})
	}
	var emitErr error
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		for done := range pending {
			doc := <-done
			if emitErr == nil {
				if emitErr = emit(doc); emitErr != nil {
					cancel()
				}
			}
		}
	}()
	stats, err := r.Read(ctx, inputs, func(doc *parley.Document) error {
		j := job{doc: doc, done: make(chan *parley.Document, 1)}
		select {
		case jobs <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case pending <- j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		return nil
	})
	close(jobs)
	close(pending)
	wg.Wait()
	<-emitted
	if emitErr != nil {
		return stats, emitErr
	}
	return stats, err
}

// safeProcess runs process on doc, turning a panic into a diagnostic.
func safeProcess(process func(*parley.Document), doc *parley.Document) {
	defer func() {
		if v := recover(); v != nil {
			doc.Diagnostics = append(doc.Diagnostics, parley.Diagnostic{Stage: "pipeline",
				Message: fmt.Sprintf("internal error, document left partly coded: %v", v)})
		}
	}()
	process(doc)
}

// codedJSON is the JSON Lines form of a coded document (docs/output.md).
type codedJSON struct {
	Doc         string              `json:"doc"`
	ID          string              `json:"id"`
	Title       *string             `json:"title"`
	Published   parley.Time         `json:"published"`
	URL         *string             `json:"url"`
	Source      *string             `json:"source"`
	Actors      []actorJSON         `json:"actors"`
	Events      []parley.Event      `json:"events"`
	Claims      []parley.Claim      `json:"claims"`
	Diagnostics []parley.Diagnostic `json:"diagnostics"`
}

// actorJSON is an actor with every field present and its mentions.
type actorJSON struct {
	Name     string              `json:"name"`
	Code     string              `json:"code"`
	Country  string              `json:"country"`
	Sector   string              `json:"sector"`
	Title    string              `json:"title"`
	Type     string              `json:"type"`
	Since    parley.Date         `json:"since"`
	Until    parley.Date         `json:"until"`
	How      string              `json:"how"`
	Mentions []parley.MentionRef `json:"mentions"`
}

func codedDoc(doc *parley.Document) codedJSON {
	c := codedJSON{Doc: doc.Doc, ID: doc.ID, Title: nullIfEmpty(doc.Title), Published: doc.Published,
		URL: nullIfEmpty(doc.URL), Source: nullIfEmpty(doc.Source),
		Actors: make([]actorJSON, len(doc.Actors)), Events: doc.Events, Claims: doc.Claims, Diagnostics: doc.Diagnostics}
	for i, a := range doc.Actors {
		c.Actors[i] = actorJSON{Name: a.Name, Code: a.Code, Country: a.Country, Sector: a.Sector, Title: a.Title,
			Type: a.Type, Since: a.Since, Until: a.Until, How: a.How, Mentions: a.Mentions}
	}
	if len(doc.Mentions) > 0 {
		for i := range c.Actors {
			c.Actors[i].Mentions = nil
		}
		for _, mn := range doc.Mentions {
			for _, ai := range mn.Actors {
				if ai >= 0 && ai < len(c.Actors) {
					c.Actors[ai].Mentions = append(c.Actors[ai].Mentions,
						parley.MentionRef{Text: mn.Text, Start: mn.Start, End: mn.End, How: mn.How})
				}
			}
		}
	}
	for i := range c.Actors {
		if c.Actors[i].Mentions == nil {
			c.Actors[i].Mentions = []parley.MentionRef{}
		}
	}
	if c.Events == nil {
		c.Events = []parley.Event{}
	}
	if c.Claims == nil {
		c.Claims = []parley.Claim{}
	}
	if c.Diagnostics == nil {
		c.Diagnostics = []parley.Diagnostic{}
	}
	return c
}

func nullIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func writeCodedJSON(w io.Writer, doc *parley.Document) error {
	b, err := json.Marshal(codedDoc(doc))
	if err != nil {
		return fmt.Errorf("%s: %w", doc.Doc, err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeCodedText writes a heading per document, then one line per event:
// date, SOURCE —code name→ TARGET, PLOVER, trigger and rule; then one line
// per claim and per diagnostic.
func writeCodedText(w io.Writer, doc *parley.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "=== %s", doc.Doc)
	if doc.Title != "" {
		fmt.Fprintf(&b, "  %q", doc.Title)
	}
	if !doc.Published.IsZero() {
		fmt.Fprintf(&b, "  %s", doc.Published.Format("2006-01-02"))
	}
	fmt.Fprintf(&b, "  (%d events, %d claims)\n", len(doc.Events), len(doc.Claims))
	for _, e := range doc.Events {
		date := e.Date.String()
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(&b, "%s  %s —%s %s→ %s", date, textActor(e.Source), e.CAMEO, e.CAMEOName, textActor(e.Target))
		if e.PLOVER.Type != "" {
			fmt.Fprintf(&b, "  [%s", e.PLOVER.Type)
			if e.PLOVER.Mode != "" {
				fmt.Fprintf(&b, "/%s", e.PLOVER.Mode)
			}
			b.WriteString("]")
		}
		if e.Modality != "" {
			fmt.Fprintf(&b, "  (%s)", e.Modality)
		}
		if e.Place != nil && e.Place.Name != "" {
			fmt.Fprintf(&b, "  in %s", e.Place.Name)
		}
		fmt.Fprintf(&b, "  %q  %s\n", e.Trigger, e.Rule)
	}
	for _, c := range doc.Claims {
		fmt.Fprintf(&b, "claim: %s %s", c.What, strings.TrimSpace(c.Qualifier+" "+fmt.Sprint(c.Count)))
		if c.Victims != "" {
			fmt.Fprintf(&b, " %s", c.Victims)
		}
		if s := c.Since.String(); s != "" {
			fmt.Fprintf(&b, " since %s", s)
		}
		if c.Place != nil && c.Place.Name != "" {
			fmt.Fprintf(&b, " in %s", c.Place.Name)
		}
		if c.Actor != nil {
			fmt.Fprintf(&b, " by %s", textActor(c.Actor))
		}
		fmt.Fprintf(&b, "  %q  %s\n", c.Trigger, c.Rule)
	}
	for _, d := range doc.Diagnostics {
		fmt.Fprintf(&b, "note (%s): %s\n", d.Stage, d.Message)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func textActor(a *parley.EventActor) string {
	switch {
	case a == nil:
		return "-"
	case a.Name == "":
		return a.Code
	}
	return a.Code + " (" + a.Name + ")"
}
