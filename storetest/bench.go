package storetest

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley"
)

var countries = []string{"PAK", "IRN", "IND", "CHN", "USA", "RUS", "UKR", "ISR", "TUR", "EGY", "KEN", "ETH"}

// codedDoc returns a realistic coded document: about 3 KB of text, 8
// actors, 24 mentions, 6 events (some reporting what earlier documents
// reported, so that de-duplication merges) and a claim.
func codedDoc(i int) *parley.Document {
	pub := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC).AddDate(0, 0, i/40)
	doc := &parley.Document{ID: fmt.Sprintf("bench%08d", i), Doc: fmt.Sprintf("b%d.txt", i),
		Source: fmt.Sprintf("Outlet %d", i%37), Published: parley.Time{Time: pub}, Lang: "en"}
	var b strings.Builder
	for range 24 {
		b.WriteString("The minister said on Tuesday that talks on trade, energy and the border would continue next week. ")
	}
	doc.Text = b.String()
	for a := range 8 {
		c := countries[(i+a*5)%len(countries)]
		doc.Actors = append(doc.Actors, parley.Actor{Code: c + "GOV", Name: c + " government", Country: c, Sector: "GOV", Type: "state", How: "dictionary"})
		for m := range 3 {
			at := (a*3 + m) * 100
			doc.Mentions = append(doc.Mentions, parley.Mention{Text: "minister", Start: at + 4, End: at + 12, Sentence: a*3 + m, Actors: []int{a}, How: "title"})
		}
	}
	codes := []string{"040", "042", "112", "057", "190", "036"}
	for e := range 6 {
		src, tgt := doc.Actors[e%8], doc.Actors[(e+1+i%3)%8]
		at := e * 400
		doc.Events = append(doc.Events, parley.Event{
			Source: &parley.EventActor{Code: src.Code, Name: src.Name, Country: src.Country, Sector: "GOV", Text: "minister", Start: at + 4, End: at + 12},
			Target: &parley.EventActor{Code: tgt.Code, Name: tgt.Name, Country: tgt.Country, Sector: "GOV", Text: "minister", Start: at + 50, End: at + 58},
			CAMEO:  codes[e], CAMEOName: "bench", QuadClass: 1 + e%4, Goldstein: float64(e) - 2, PLOVER: parley.PLOVER{Type: "CONSULT"},
			Date: parley.Date{Time: pub.AddDate(0, 0, -(e % 2))}, DateSource: "text",
			Sentence: doc.Text[at : at+99], Start: at, End: at + 99, Trigger: "said", TriggerStart: at + 13, TriggerEnd: at + 17,
			Rule: "bench:1", Symmetric: e < 2,
		})
	}
	doc.Claims = []parley.Claim{{What: "killed", Count: 12, Sentence: doc.Text[:99], End: 99, Trigger: "killed", Rule: "bench:2"}}
	return doc
}

// BenchSave measures a store's write path with realistic coded documents:
// one transaction per document, de-duplication included. It reports
// docs/cpu-s, the rate per core (on a busy machine wall time also counts
// the time other processes held the CPU), and docs/s.
func BenchSave(b *testing.B, s parley.Store) {
	docs := make([]*parley.Document, b.N)
	for i := range docs {
		docs[i] = codedDoc(i)
	}
	ctx := context.Background()
	merged := 0
	cpu := cpuTime()
	b.ResetTimer()
	for i := range b.N {
		saved, err := s.SaveDocument(ctx, docs[i])
		if err != nil {
			b.Fatal(err)
		}
		merged += saved.Merged
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu).Seconds(), "docs/cpu-s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(merged)/float64(b.N), "merged/doc")
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchQuery times the queries behind parley events and parley dyads on a
// store filled by the back end's Generate.
func BenchQuery(b *testing.B, s parley.Store) {
	since := parley.NewDate(2023, 1, 1)
	events := []struct {
		name string
		f    parley.EventFilter
	}{
		{"Events/Latest", parley.EventFilter{Limit: 100}},
		{"Events/CountrySinceRoot", parley.EventFilter{Country: "PAK", Since: since, CAMEO: "04", Limit: 100}},
		{"Events/Dyad", parley.EventFilter{Source: "PAKGOV", Target: "IRNGOV", Limit: 100}},
		{"Events/Actor", parley.EventFilter{Actor: "IRNMIL", Limit: 100}},
		{"Events/RareActor", parley.EventFilter{Actor: "ARE", Limit: 100}},
		{"Events/Text", parley.EventFilter{Query: "ceasefire envoy", Limit: 100}},
		{"Events/Quad4Since", parley.EventFilter{QuadClass: 4, Since: since, Limit: 100}},
	}
	for _, q := range events {
		b.Run(q.name, func(b *testing.B) {
			cpu := cpuTime()
			for range b.N {
				if _, err := s.Events(context.Background(), q.f); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
	dyads := []struct {
		name string
		f    parley.EventFilter
	}{
		{"Dyads/PairSince", parley.EventFilter{Source: "PAK", Target: "IRN", Since: since, Modality: parley.ModalityAsserted}},
		{"Dyads/CountrySince", parley.EventFilter{Country: "IRN", Since: since, Modality: parley.ModalityAsserted}},
		{"Dyads/CountryMonth", parley.EventFilter{Country: "USA", Since: parley.NewDate(2024, 6, 1), Until: parley.NewDate(2024, 6, 30), Modality: parley.ModalityAsserted}},
		{"Dyads/RootMonth", parley.EventFilter{CAMEO: "19", Since: parley.NewDate(2024, 6, 1), Until: parley.NewDate(2024, 6, 30), Modality: parley.ModalityAsserted}},
		{"Dyads/First1000", parley.EventFilter{Limit: 1000, Modality: parley.ModalityAsserted}},
		{"Dyads/ScanActor", parley.EventFilter{Actor: "PAKGOV", Since: since, Modality: parley.ModalityAsserted}},
	}
	for _, q := range dyads {
		b.Run(q.name, func(b *testing.B) {
			cpu := cpuTime()
			for range b.N {
				if _, err := s.Dyads(context.Background(), parley.DyadFilter{EventFilter: q.f}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// reportCPU reports the CPU time per query since cpu, in milliseconds: on
// a busy machine it varies far less than the wall time.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
