package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
)

// benchInput returns the golden input of a case, repeated to about n bytes
// for plain text (paragraphs of prose stay paragraphs of prose).
func benchInput(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkText measures plain-text ingest (decoding, cleaning, metadata,
// ID, language) in MB/s on a 64 KiB wire story.
func BenchmarkText(b *testing.B) {
	story := string(benchInput(b, "wire-wrapped/input.txt"))
	head, body, _ := strings.Cut(story, "\n\n")
	var sb strings.Builder
	sb.WriteString(head + "\n\n")
	for sb.Len() < 64<<10 {
		sb.WriteString(body + "\n\n")
	}
	data := []byte(sb.String())
	benchRead(b, "story.txt", data)
}

// BenchmarkHTML measures HTML ingest (parsing, go-trafilatura extraction,
// go-htmldate, cleaning) in MB/s on a news page.
func BenchmarkHTML(b *testing.B) {
	benchRead(b, "page.html", benchInput(b, "news-page/input.html"))
}

// BenchmarkSeeds measures plain-text ingest on the seed articles, when
// they are present.
func BenchmarkSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		b.Skip("seed articles not found")
	}
	var all [][]byte
	var n int64
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data)
		n += int64(len(data))
	}
	bt := &batch{r: &Reader{}, ctx: b.Context(), fn: func(*parley.Document) error { return nil }}
	b.SetBytes(n)
	start := cpuTime()
	for b.Loop() {
		for _, data := range all {
			if err := bt.readBytes("seed.txt", "seed.txt", data, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, n, start)
}

func benchRead(b *testing.B, name string, data []byte) {
	bt := &batch{r: &Reader{HTTPClient: offline}, ctx: b.Context(), fn: func(*parley.Document) error { return nil }}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if err := bt.readBytes(name, name, data, ""); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, int64(len(data)), start)
}

// reportCPU adds the throughput per CPU-second (all of the process's
// threads, garbage collection included) as the metric "cpuMB/s".
func reportCPU(b *testing.B, bytesPerOp int64, start time.Duration) {
	if cpu := cpuTime() - start; cpu > 0 && start > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}
