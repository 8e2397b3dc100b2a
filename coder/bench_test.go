package coder

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/actor"
	"parley/nlp"
)

// benchArticles builds ~600-word articles from the test corpus (several
// short items per article) and runs nlp and actor on them, so that the
// benchmarks time what they name.
func benchArticles(b *testing.B) []*parley.Document {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "articles", "*.txt"))
	if len(files) == 0 {
		b.Skip("testdata/corpus/articles absent")
	}
	sort.Strings(files)
	var texts []string
	var cur strings.Builder
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		cur.Write(data)
		cur.WriteString("\n\n")
		if words += len(strings.Fields(string(data))); words >= 600 {
			texts = append(texts, cur.String())
			cur.Reset()
			words = 0
		}
	}
	p, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	res, err := actor.Default()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*parley.Document
	for _, t := range texts {
		doc := &parley.Document{Text: t, Published: parley.Time{Time: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), DateOnly: true}}
		p.Annotate(doc)
		res.Resolve(doc)
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkCode times the coder alone on parsed, actor-resolved
// ~600-word articles.
func BenchmarkCode(b *testing.B) {
	docs := benchArticles(b)
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		c.Code(docs[n%len(docs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPipeline times nlp, actor and coder together on the same
// articles: the end-to-end cost of coding text.
func BenchmarkPipeline(b *testing.B) {
	docs := benchArticles(b)
	p, _ := nlp.Default()
	res, _ := actor.Default()
	c, _ := Default()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		src := docs[n%len(docs)]
		doc := &parley.Document{Text: src.Text, Published: src.Published}
		p.Annotate(doc)
		res.Resolve(doc)
		c.Code(doc)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
