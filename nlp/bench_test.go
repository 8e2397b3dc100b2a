package nlp

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"parley"
)

// benchText is English news-like prose written for the benchmark.
const benchText = `Foreign ministers of the two countries met in the capital on Monday and agreed to expand trade, restore direct flights and reopen their embassies. The talks, which lasted more than three hours, were the first at that level since the border dispute erupted last year.
Officials said the president would travel abroad next month to sign the agreement. "We have turned a page," the minister told reporters after the meeting, adding that both sides had released prisoners as a gesture of goodwill.`

// BenchmarkAnnotate measures tokenizing, tagging and parsing throughput.
func BenchmarkAnnotate(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	cpu0 := cpuTime()
	for b.Loop() {
		doc := &parley.Document{Text: benchText}
		p.Annotate(doc)
		for _, s := range doc.Sentences {
			tokens += len(s.Tokens)
		}
	}
	reportTokens(b, tokens, cpu0)
}

// BenchmarkAnalyze measures tagging and parsing on gold tokens of the EWT
// dev split (skipped when ../shared/ud/en_ewt is absent).
func BenchmarkAnalyze(b *testing.B) {
	sents := readEWT(b, "dev")
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := make([][]parley.Token, len(sents))
	for i, s := range sents {
		toks[i] = append([]parley.Token(nil), s.Words...)
	}
	tokens := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, t := range toks {
			p.Analyze(t)
			tokens += len(t)
		}
	}
	reportTokens(b, tokens, cpu0)
}

// BenchmarkTag measures the tagger alone on gold tokens of the EWT dev
// split (skipped when ../shared/ud/en_ewt is absent).
func BenchmarkTag(b *testing.B) {
	sents := readEWT(b, "dev")
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	forms := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			forms[i] = append(forms[i], w.Text)
		}
	}
	var ws []word
	var tags []int
	tokens := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, f := range forms {
			ws, tags = ws[:0], fill(tags, len(f), 0)
			for _, s := range f {
				ws = append(ws, newWord(s))
			}
			p.tagger.tag(f, ws, tags, nil)
			tokens += len(f)
		}
	}
	reportTokens(b, tokens, cpu0)
}

// readEWT reads a split of UD English EWT from ../shared, skipping the
// test or benchmark when it is absent.
func readEWT(tb testing.TB, split string) []TreebankSentence {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "ud", "en_ewt", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("UD English EWT not found (%v); put it in ../shared/ud/en_ewt to run this", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

// reportTokens reports throughput per wall-clock second and, where the
// CPU time is known, per CPU-second (the honest figure on a shared machine).
func reportTokens(b *testing.B, tokens int, cpu0 time.Duration) {
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
	}
}
