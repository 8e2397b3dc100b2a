package main

import (
	"fmt"

	"parley"
	"parley/actor"
	"parley/coder"
	"parley/nlp"
)

// pipeline composes the stages that turn an ingested document into coded
// events: nlp (sentences, tags, parse) → actor (mentions) → coder (events,
// claims). One pipeline serves many goroutines; per-document state lives in
// the document.
type pipeline struct {
	stages []stage
}

// stage is one named step of the pipeline; the names show in parley bench.
type stage struct {
	name string
	run  func(*parley.Document)
}

// newPipeline loads the embedded models and dictionaries.
func (m *Main) newPipeline() (*pipeline, error) {
	parser, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("load nlp models: %w", err)
	}
	resolver, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("load actor dictionaries: %w", err)
	}
	base, err := coder.Default()
	if err != nil {
		return nil, fmt.Errorf("load coder patterns: %w", err)
	}
	c := *base
	c.Country = resolver.Country
	return &pipeline{stages: []stage{
		{"nlp", parser.Annotate},
		{"actor", resolver.Resolve},
		{"coder", c.Code},
	}}, nil
}

// Process runs every stage on doc.
func (p *pipeline) Process(doc *parley.Document) {
	for _, s := range p.stages {
		s.run(doc)
	}
}
