package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"parley"
	"parley/ingest"
	"parley/sample"
)

// runIngest codes documents and stores them. Workers code in parallel; one
// writer stores each document (with its events, claims and merges) in its
// own transaction, in input order, so a killed ingest resumes where it
// stopped and a second run of the same inputs changes nothing.
func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.newFlagSet("ingest", "ingest [flags] [inputs…]\n\nInputs are files, directories, URLs or - (standard input); with none, the bundled sample corpus.")
	db := fs.String("db", defaultDB, "store: a SQLite file or a postgres:// URL")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	newReader := m.readerFlags(fs, "parley ingest")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := m.newPipeline()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	in := &ingester{m: m, store: store, pipeline: p, workers: max(*workers, 1)}
	in.reader = newReader(nil)
	in.bar = m.progress()
	if fs.NArg() == 0 {
		fmt.Fprintln(m.Stderr, "parley: no inputs given: ingesting the bundled sample corpus")
	}
	stats, err := in.run(ctx, fs.Args())
	in.unreadable = stats.Failed
	in.bar.Finish()
	fmt.Fprintln(m.Stderr, in.summary())
	if err != nil {
		return err
	}
	if failed := in.unreadable + in.failed; failed > 0 {
		return &partialError{Failed: failed, Total: max(stats.Inputs, failed)}
	}
	return nil
}

// progress returns a progress bar on stderr when it is a terminal, and an
// invisible one otherwise.
func (m *Main) progress() *progressbar.ProgressBar {
	f, ok := m.Stderr.(*os.File)
	visible := ok && term.IsTerminal(int(f.Fd()))
	w := io.Discard
	if visible {
		w = m.Stderr
	}
	return progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetVisibility(visible),
		progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(), progressbar.OptionSetItsString("docs"),
		progressbar.OptionClearOnFinish())
}

// ingester is one ingest run.
type ingester struct {
	m        *Main
	store    parley.Store
	pipeline *pipeline
	reader   *ingest.Reader
	workers  int
	bar      *progressbar.ProgressBar

	// Counts, written by the writer only.
	docs, skipped, events, merged, claims, failed int
	// unreadable counts the inputs the reader could not read.
	unreadable int
}

// job is one document on its way from the reader to the writer.
type job struct {
	seq int
	doc *parley.Document
}

func (in *ingester) run(ctx context.Context, inputs []string) (ingest.Stats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs, coded := make(chan job, in.workers*2), make(chan job, in.workers*2)
	var stats ingest.Stats
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		fn := func(doc *parley.Document) error {
			if ok, err := in.store.HasDocument(ctx, doc.ID); err == nil && ok {
				jobs <- job{seq: seq, doc: nil} // already stored: the writer counts it
			} else {
				jobs <- job{seq: seq, doc: doc}
			}
			seq++
			return ctx.Err()
		}
		if len(inputs) == 0 {
			stats, readErr = in.reader.ReadFS(ctx, sample.FS, fn)
		} else {
			stats, readErr = in.reader.Read(ctx, inputs, fn)
		}
	}()
	var wg sync.WaitGroup
	for range in.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.doc != nil {
					in.pipeline.Process(j.doc)
				}
				coded <- j
			}
		}()
	}
	go func() { wg.Wait(); close(coded) }()
	err := in.write(ctx, coded)
	if err != nil {
		cancel()
		for range coded { // let the workers and the reader finish
		}
		return stats, err
	}
	// The reader reports bad inputs through OnError; what it returns ends
	// the run (the context ended).
	return stats, readErr
}

// write stores coded documents in input order.
func (in *ingester) write(ctx context.Context, coded <-chan job) error {
	pending := map[int]*parley.Document{}
	next := 0
	for j := range coded {
		pending[j.seq] = j.doc
		for {
			doc, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			in.docs++
			in.bar.Add(1)
			if doc == nil {
				in.skipped++
				continue
			}
			if err := in.save(ctx, doc); err != nil {
				return err
			}
		}
	}
	return nil
}

// save stores one document. An invalid document is reported and counted;
// any other store error ends the run.
func (in *ingester) save(ctx context.Context, doc *parley.Document) error {
	saved, err := in.store.SaveDocument(ctx, doc)
	switch {
	case parley.ErrorCode(err) == parley.EINVALID:
		fmt.Fprintf(in.m.Stderr, "parley: ingest %s: %v\n", doc.Doc, err)
		in.failed++
		return nil
	case err != nil:
		if errors.Is(err, context.Canceled) {
			return err
		}
		return fmt.Errorf("ingest %s: %w", doc.Doc, err)
	case !saved.New:
		in.skipped++
	}
	in.events += saved.Events
	in.merged += saved.Merged
	in.claims += saved.Claims
	return nil
}

func (in *ingester) summary() string {
	return fmt.Sprintf("ingest: %d documents (%d new, %d already stored), %d new events, %d merged into stored events, %d claims, %d failed",
		in.docs, in.docs-in.skipped-in.failed, in.skipped, in.events, in.merged, in.claims, in.failed+in.unreadable)
}
