package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"parley"
	"parley/ingest"
	"parley/sample"
	"parley/sqlite"
)

// runBench measures parley's end-to-end throughput on one core: every
// pipeline stage on the given inputs (or the bundled sample corpus), then
// the SQLite write path.
func (m *Main) runBench(ctx context.Context, args []string) error {
	flags := m.newFlagSet("bench", "bench [flags] [inputs…]")
	duration := flags.Duration("duration", 3*time.Second, "minimum time to spend coding (the corpus is repeated until then)")
	store := flags.Bool("store", true, "also measure storing coded documents into a temporary SQLite database")
	if err := m.parseFlags(flags, args); err != nil {
		return err
	}
	docs, err := m.benchCorpus(ctx, flags.Args())
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("bench: no documents in the inputs")
	}
	p, err := m.newPipeline()
	if err != nil {
		return err
	}
	r := benchPipeline(p, docs, *duration)
	r.print(m)
	if *store {
		if err := m.benchStore(ctx, p, docs); err != nil {
			return err
		}
	}
	return nil
}

// benchCorpus reads the documents to measure.
func (m *Main) benchCorpus(ctx context.Context, inputs []string) ([]*parley.Document, error) {
	var docs []*parley.Document
	r := &ingest.Reader{Stdin: m.Stdin, OnError: func(input string, err error) {
		fmt.Fprintln(m.Stderr, "parley bench:", err) // the reader's errors name the input
	}}
	keep := func(d *parley.Document) error { docs = append(docs, d); return nil }
	var err error
	if len(inputs) == 0 {
		fmt.Fprintln(m.Stderr, "parley bench: no inputs given; measuring the bundled sample corpus")
		sub, _ := fs.Sub(sample.FS, "corpus")
		_, err = r.ReadFS(ctx, sub, keep)
	} else {
		_, err = r.Read(ctx, inputs, keep)
	}
	return docs, err
}

// benchResult is what one benchmark run measured.
type benchResult struct {
	docs, words, tokens int
	elapsed             time.Duration
	stages              []string
	perStage            map[string]time.Duration
	events, claims      int
}

// benchPipeline codes fresh copies of docs in a loop on one goroutine until
// at least d has passed, timing each stage.
func benchPipeline(p *pipeline, docs []*parley.Document, d time.Duration) benchResult {
	r := benchResult{perStage: map[string]time.Duration{}}
	for _, s := range p.stages {
		r.stages = append(r.stages, s.name)
	}
	start := time.Now()
	for time.Since(start) < d || r.docs < len(docs) {
		for _, src := range docs {
			doc := fresh(src)
			for _, s := range p.stages {
				t := time.Now()
				s.run(doc)
				r.perStage[s.name] += time.Since(t)
			}
			r.docs++
			r.words += len(strings.Fields(doc.Text))
			for _, s := range doc.Sentences {
				r.tokens += len(s.Tokens)
			}
			r.events += len(doc.Events)
			r.claims += len(doc.Claims)
		}
	}
	r.elapsed = time.Since(start)
	return r
}

// fresh returns a copy of an ingested document without any stage's output.
func fresh(d *parley.Document) *parley.Document {
	return &parley.Document{ID: d.ID, Doc: d.Doc, URL: d.URL, Source: d.Source, Title: d.Title,
		Published: d.Published, Dateline: d.Dateline, Lang: d.Lang, Text: d.Text, TitleEnd: d.TitleEnd}
}

func (r benchResult) print(m *Main) {
	var total time.Duration
	for _, s := range r.stages {
		total += r.perStage[s]
	}
	secs := total.Seconds()
	fmt.Fprintf(m.Stdout, "corpus: %d documents coded (%d words, %d tokens; %.0f words per document) in %s on one goroutine\n",
		r.docs, r.words, r.tokens, float64(r.words)/float64(r.docs), r.elapsed.Round(time.Millisecond))
	tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\ttime\tshare\tdocs/s\ttokens/s\t")
	for _, s := range r.stages {
		t := r.perStage[s].Seconds()
		fmt.Fprintf(tw, "%s\t%.3fs\t%.1f%%\t%.0f\t%.0f\t\n", s, t, 100*t/secs, float64(r.docs)/t, float64(r.tokens)/t)
	}
	fmt.Fprintf(tw, "total\t%.3fs\t100%%\t%.0f\t%.0f\t\n", secs, float64(r.docs)/secs, float64(r.tokens)/secs)
	tw.Flush()
	perArticle := secs / float64(r.docs)
	per600 := perArticle * 600 / (float64(r.words) / float64(r.docs))
	fmt.Fprintf(m.Stdout, "code end to end: %.0f articles/s per core (%.0f articles/s scaled to 600-word articles); %.0f events, %.0f claims per article\n",
		1/perArticle, 1/per600, float64(r.events)/float64(r.docs), float64(r.claims)/float64(r.docs))
}

// benchStore codes the corpus once and stores it repeatedly, under fresh
// document IDs, into a temporary SQLite database.
func (m *Main) benchStore(ctx context.Context, p *pipeline, docs []*parley.Document) error {
	dir, err := os.MkdirTemp("", "parley-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	coded := make([]*parley.Document, len(docs))
	for i, src := range docs {
		coded[i] = fresh(src)
		p.Process(coded[i])
	}
	n := 0
	start := time.Now()
	for round := 0; time.Since(start) < 2*time.Second || round == 0; round++ {
		for _, d := range coded {
			c := *d
			c.ID = fmt.Sprintf("%s-%d", d.ID, round)
			if _, err := st.SaveDocument(ctx, &c); err != nil {
				return fmt.Errorf("bench store: %w", err)
			}
			n++
		}
	}
	el := time.Since(start)
	fmt.Fprintf(m.Stdout, "store (SQLite, one transaction per document): %d documents in %s: %.0f articles/s\n",
		n, el.Round(time.Millisecond), float64(n)/el.Seconds())
	return nil
}
