package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley"
)

// benchDocs returns annotated documents to resolve: the seed articles when
// ../shared/seeds is there, else the texts of the resolution table tests.
func benchDocs(b *testing.B) []*parley.Document {
	var texts []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	for _, f := range files {
		if t, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(t))
		}
	}
	if len(texts) == 0 {
		var sb strings.Builder
		for _, tc := range resolveCases {
			sb.WriteString(tc.text + "\n\n")
		}
		texts = []string{sb.String()}
	}
	var docs []*parley.Document
	for _, t := range texts {
		doc := &parley.Document{Text: t}
		annotate(b, doc)
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkResolve measures the actor stage alone on annotated documents
// and reports documents and mentions resolved per second.
func BenchmarkResolve(b *testing.B) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b)
	bytes, mentions := 0, 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Resolve(d)
			mentions += len(d.Mentions)
		}
	}
	cpu := (cpuTime() - cpu0).Seconds()
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(docs))/s, "docs/s")
	b.ReportMetric(float64(mentions)/s, "mentions/s")
	if cpu > 0 {
		// Per CPU-second: what one core does when the machine is shared.
		b.ReportMetric(float64(b.N*len(docs))/cpu, "docs/cpu-s")
		b.ReportMetric(float64(mentions)/cpu, "mentions/cpu-s")
	}
}
