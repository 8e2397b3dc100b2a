// Package ingest reads news in the shapes people have it — files,
// directories, standard input, web pages, RSS/Atom/JSON feeds, JSON Lines —
// and turns each article into a clean, dated, attributed parley.Document.
//
// Format is sniffed from content (the file extension only breaks ties);
// text is decoded to valid UTF-8 whatever its charset; page furniture
// (navigation, share buttons, taglines, copyright lines, "Read more:"
// pointers) is dropped from HTML and plain text alike; the headline,
// publication date, outlet and dateline place are taken from metadata when
// the input has it and from the text's own header lines when it does not.
// Nothing is invented: what cannot be found stays empty.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"time"

	"parley"
)

// DefaultMaxBytes is the size limit on one input when Reader.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// DefaultTimeout is the time limit on one URL fetch when Reader.Timeout is 0.
const DefaultTimeout = 30 * time.Second

// Reader reads inputs into documents. Its fields are configuration; the
// zero value is ready to use. One Reader may serve many goroutines.
type Reader struct {
	// AllowPrivate permits fetching URLs that resolve to loopback, private
	// or link-local addresses (tests use it with httptest servers).
	AllowPrivate bool
	// MaxBytes limits the size of one input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout limits one URL fetch; 0 means DefaultTimeout.
	Timeout time.Duration
	// Stdin is read for the input "-".
	Stdin io.Reader
	// HTTPClient fetches URLs. When nil, a client is built that enforces
	// Timeout, at most five redirects and the private-address rule.
	HTTPClient *http.Client
	// OnError is told about each input (or part of one, such as a JSONL
	// line) that could not be read; the batch carries on. When nil, the
	// errors are joined and returned by Read.
	OnError func(input string, err error)
}

// Stats counts what a Read did. Inputs counts files, URLs and standard
// input (directories count by their files); Failed counts the inputs that
// reported at least one error.
type Stats struct {
	Inputs, Documents, Failed int
}

// batch is the state of one Read call.
type batch struct {
	r      *Reader
	ctx    context.Context
	fn     func(*parley.Document) error
	stats  Stats
	errs   []error
	failed bool   // the current input has reported an error
	url    string // the URL being read, when the input was fetched

	httpClient *http.Client
}

// errStop carries an error returned by the caller's fn, which ends the batch.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// Read reads each input — a file, a directory (recursively, in name order,
// skipping hidden entries), "-" for Stdin, or an http(s) URL — and calls fn
// with every document found. A bad input is reported through OnError and
// the batch carries on. Read returns early with fn's error when fn fails,
// or with ctx's error when ctx ends.
func (r *Reader) Read(ctx context.Context, inputs []string, fn func(*parley.Document) error) (Stats, error) {
	b := &batch{r: r, ctx: ctx, fn: fn}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return b.stats, err
		}
		var err error
		switch {
		case in == "-":
			err = b.input("-", func() error { return b.readStdin() })
		case isURL(in):
			err = b.input(in, func() error { return b.readURL(in, "") })
		default:
			err = b.readPath(in)
		}
		if err != nil {
			return b.stats, err
		}
	}
	return b.stats, errors.Join(b.errs...)
}

// ReadFS reads every regular file under fsys (recursively, in name order,
// skipping hidden entries) as Read does for a directory.
func (r *Reader) ReadFS(ctx context.Context, fsys fs.FS, fn func(*parley.Document) error) (Stats, error) {
	b := &batch{r: r, ctx: ctx, fn: fn}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return b.input(name, func() error { return err })
		}
		if skipEntry(name, d) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		return b.input(name, func() error {
			data, err := readAll(fsys, name, r.maxBytes())
			if err != nil {
				return err
			}
			return b.readBytes(name, path.Base(name), data, "")
		})
	})
	if err != nil {
		return b.stats, err
	}
	return b.stats, errors.Join(b.errs...)
}

// input runs read for one input, counting it and reporting its error. It
// returns only the errors that end the batch.
func (b *batch) input(name string, read func() error) error {
	if err := b.ctx.Err(); err != nil {
		return err
	}
	b.stats.Inputs++
	b.failed = false
	err := read()
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	if err != nil {
		if ctxErr := b.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		b.report(name, err)
	}
	return nil
}

// report tells OnError (or the returned error list) about a problem with
// input name, and marks the current input failed.
func (b *batch) report(name string, err error) {
	if !b.failed {
		b.failed = true
		b.stats.Failed++
	}
	err = fmt.Errorf("%s: %w", name, err)
	if b.r.OnError != nil {
		b.r.OnError(name, err)
		return
	}
	b.errs = append(b.errs, err)
}

// emit hands a finished document to the caller.
func (b *batch) emit(doc *parley.Document) error {
	b.stats.Documents++
	if err := b.fn(doc); err != nil {
		return errStop{err}
	}
	return nil
}
