package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"parley"
	"parley/nlp"
)

// runParse tokenizes, tags and parses its inputs into CoNLL-U or JSON, or
// analyses a gold-tokenized CoNLL-U file (--pretokenized, --eval).
func (m *Main) runParse(ctx context.Context, args []string) error {
	fs := m.newFlagSet("parse", "parse [flags] [inputs...]\n\nInputs are anything 'parley docs' reads (files, directories, - for standard input, URLs).")
	format := fs.String("format", "conllu", "output format: conllu or json")
	pretok := fs.String("pretokenized", "", "CoNLL-U `file` whose sentences and tokens are kept; writes predicted columns")
	evalFile := fs.String("eval", "", "gold CoNLL-U `file` to score: upos, xpos, lemma, uas, las, sent_f1")
	modelFile := fs.String("model", "", "model `file` written by 'parley train' (en_ewt.model) to use instead of the embedded one")
	newReader := m.readerFlags(fs, "parley parse")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "conllu" && *format != "json" {
		fmt.Fprintf(m.Stderr, "parley parse: --format %q: want conllu or json\n", *format)
		return errUsage
	}
	p, err := nlp.Default()
	if *modelFile != "" {
		var data []byte
		if data, err = os.ReadFile(*modelFile); err == nil {
			if p, err = nlp.Load(data); err != nil {
				err = fmt.Errorf("%s: %w", *modelFile, err)
			}
		}
	}
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	switch {
	case *evalFile != "":
		gold, err := readTreebank(*evalFile)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		printScores(m, "", p.Evaluate(gold))
		return nil
	case *pretok != "":
		sents, err := readTreebank(*pretok)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		for i := range sents {
			p.Analyze(sents[i].Words)
		}
		return nlp.WriteCoNLLU(m.Stdout, sents)
	}
	inputs := inputsOrStdin(fs.Args())
	out := bufio.NewWriter(m.Stdout)
	defer out.Flush()
	r := newReader(out)
	write := writeParseCoNLLU
	if *format == "json" {
		write = writeParseJSON
	}
	stats, err := r.Read(ctx, inputs, func(doc *parley.Document) error {
		p.Annotate(doc)
		return write(out, doc)
	})
	return endBatch(out, stats, err)
}

// writeParseCoNLLU writes doc's sentences as CoNLL-U (see
// nlp.DocumentSentences for the offsets it carries).
func writeParseCoNLLU(w io.Writer, doc *parley.Document) error {
	return nlp.WriteCoNLLU(w, nlp.DocumentSentences(doc))
}

// parseJSON is the JSON form of a parsed document, one per line.
type parseJSON struct {
	ID        string          `json:"id"`
	Doc       string          `json:"doc"`
	Sentences []parseSentJSON `json:"sentences"`
}

type parseSentJSON struct {
	Start  int            `json:"start"`
	End    int            `json:"end"`
	Text   string         `json:"text"`
	Tokens []parley.Token `json:"tokens"`
}

func writeParseJSON(w io.Writer, doc *parley.Document) error {
	v := parseJSON{ID: doc.ID, Doc: doc.Doc, Sentences: []parseSentJSON{}}
	for _, s := range doc.Sentences {
		v.Sentences = append(v.Sentences, parseSentJSON{Start: s.Start, End: s.End, Text: s.Text(doc), Tokens: s.Tokens})
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
