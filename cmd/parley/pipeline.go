package main

import (
	"errors"

	"parley"
)

// pipeline composes the stages that turn an ingested document into coded
// events: nlp (sentences, tags, parse) → actor (mentions) → coder (events,
// claims). One pipeline serves many goroutines; per-document state lives in
// the document.
type pipeline struct {
	stages []func(*parley.Document)
}

// newPipeline loads the embedded models and dictionaries.
func (m *Main) newPipeline() (*pipeline, error) {
	return nil, errors.New("pipeline: the nlp, actor and coder stages are not wired yet")
}

// Process runs every stage on doc.
func (p *pipeline) Process(doc *parley.Document) {
	for _, stage := range p.stages {
		stage(doc)
	}
}
