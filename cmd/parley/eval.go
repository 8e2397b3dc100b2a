package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"parley"
	"parley/eval"
	"parley/ingest"
)

// runEval scores coded documents against a gold file: it codes its inputs
// with the pipeline, or reads what 'parley code' wrote (--coded), and
// prints recall, precision, F1, actor and claim recall. The --min-* flags
// make it a CI gate: it fails when a score is below its minimum.
func (m *Main) runEval(ctx context.Context, args []string) error {
	fs := m.newFlagSet("eval", "eval --gold FILE [flags] inputs...\n       parley eval --gold FILE --coded FILE.jsonl\n\nScores events, actors and claims against a gold file (see docs/output.md).\nDocuments match gold entries by file base name.")
	goldPath := fs.String("gold", "", "gold file in JSON Lines (required)")
	codedPath := fs.String("coded", "", "score this output of 'parley code' (- for standard input) instead of coding inputs")
	verbose := fs.Bool("v", false, "list missed events, actors and claims and false positives")
	minRecall := fs.Float64("min-recall", 0, "fail when event recall is below this")
	minPrecision := fs.Float64("min-precision", 0, "fail when event precision is below this")
	minActors := fs.Float64("min-actors", 0, "fail when actor recall is below this")
	minClaims := fs.Float64("min-claims", 0, "fail when claim recall is below this")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	newReader := m.readerFlags(fs, "parley eval")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *goldPath == "":
		fmt.Fprintln(m.Stderr, "parley eval: --gold is required")
		return errUsage
	case *codedPath != "" && fs.NArg() > 0:
		fmt.Fprintln(m.Stderr, "parley eval: give inputs to code or --coded, not both")
		return errUsage
	case *codedPath == "" && fs.NArg() == 0:
		fmt.Fprintln(m.Stderr, "parley eval: no inputs: give files to code or --coded FILE.jsonl")
		return errUsage
	}
	for name, v := range map[string]float64{"min-recall": *minRecall, "min-precision": *minPrecision, "min-actors": *minActors, "min-claims": *minClaims} {
		if v < 0 || v > 1 {
			fmt.Fprintf(m.Stderr, "parley eval: --%s %v: want a number from 0 to 1\n", name, v)
			return errUsage
		}
	}
	gold, err := readGold(*goldPath)
	if err != nil {
		return err
	}
	var docs []*parley.Document
	var partial error
	if *codedPath != "" {
		docs, err = m.readCoded(*codedPath)
	} else {
		docs, partial, err = m.codeForEval(ctx, newReader(nil), fs.Args(), *workers)
	}
	if err != nil {
		return err
	}
	report := eval.Score(gold, docs)
	if err := report.Write(m.Stdout, *verbose); err != nil {
		return err
	}
	var below []string
	check := func(what string, got, want float64, flag string) {
		if got < want {
			below = append(below, fmt.Sprintf("%s %.3f is below --%s %.3f", what, got, flag, want))
		}
	}
	check("event recall", report.Recall.Value(), *minRecall, "min-recall")
	check("event precision", report.Precision.Value(), *minPrecision, "min-precision")
	check("actor recall", report.Actors.Value(), *minActors, "min-actors")
	check("claim recall", report.Claims.Value(), *minClaims, "min-claims")
	if len(below) > 0 {
		return fmt.Errorf("eval: %s", strings.Join(below, "; "))
	}
	return partial
}

func readGold(path string) (*eval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	return eval.ReadGold(f, path)
}

func (m *Main) readCoded(path string) ([]*parley.Document, error) {
	var r io.Reader = m.Stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("coded: %w", err)
		}
		defer f.Close()
		r, name = f, path
	}
	return eval.ReadCoded(r, name)
}

// codeForEval runs the pipeline on inputs and keeps what scoring needs. A
// partial failure (some inputs unreadable) is returned apart, so that the
// rest is still scored.
func (m *Main) codeForEval(ctx context.Context, r *ingest.Reader, inputs []string, workers int) (docs []*parley.Document, partial, err error) {
	p, err := m.newPipeline()
	if err != nil {
		return nil, nil, err
	}
	stats, err := processOrdered(ctx, r, inputs, workers, p.Process, func(doc *parley.Document) error {
		doc.Sentences, doc.Text = nil, "" // scoring needs events, actors and claims only
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if stats.Failed > 0 {
		partial = &partialError{Failed: stats.Failed, Total: stats.Inputs}
	}
	return docs, partial, nil
}
